/**
 * Titles of the pilot actions by thematic area, and the good practices and study visits that
 * inspired them. `{place}` is the lead authority's name (region or municipality); titles put it
 * first ("Torino: ...") so that no language needs a preposition that depends on the place.
 */
import type { Texts } from '../../../../../lib/locale.js';
import type { ThematicArea } from '../../__generated__/resolvers-types.js';

export const TITLES: Readonly<Record<ThematicArea, readonly Texts[]>> = {
  LANGUAGE_AND_EDUCATION: [
    { it: '{place}: italiano per il lavoro e la cittadinanza', en: '{place}: Italian for work and citizenship', fr: '{place} : l’italien pour le travail et la citoyenneté', es: '{place}: italiano para el trabajo y la ciudadanía' },
    { it: '{place}: corsi di lingua con servizio di custodia dei bambini per madri straniere', en: '{place}: language courses with childcare for migrant mothers', fr: '{place} : cours de langue avec garde d’enfants pour les mères migrantes' },
    { it: '{place}: rete dei CPIA per l’alfabetizzazione degli adulti', en: '{place}: adult-education school network for literacy', ar: '{place}: شبكة مراكز تعليم الكبار لمحو الأمية' },
  ],
  WORK_AND_SKILLS: [
    { it: '{place}: riconoscimento delle competenze e dei titoli esteri', en: '{place}: recognition of skills and foreign qualifications', fr: '{place} : reconnaissance des compétences et des diplômes étrangers', es: '{place}: reconocimiento de competencias y títulos extranjeros' },
    { it: '{place}: tirocini e inserimento lavorativo nelle filiere locali', en: '{place}: traineeships and job placement in local supply chains', zh: '{place}：在地方产业链中的实习与就业安置' },
    { it: '{place}: lavoro dignitoso in agricoltura contro il caporalato', en: '{place}: decent work in agriculture against gangmaster exploitation', fr: '{place} : travail décent dans l’agriculture contre le « caporalato »' },
  ],
  HOUSING: [
    { it: '{place}: agenzia sociale per la casa e garanzie per l’affitto', en: '{place}: social housing agency and rent guarantees', fr: '{place} : agence sociale du logement et garanties locatives' },
    { it: '{place}: dall’accoglienza all’abitare autonomo', en: '{place}: from reception to independent living', es: '{place}: de la acogida a la vivienda autónoma' },
  ],
  HEALTH: [
    { it: '{place}: mediazione sanitaria nei consultori e nei pronto soccorso', en: '{place}: health mediation in family clinics and emergency rooms', fr: '{place} : médiation sanitaire dans les centres de planning familial et aux urgences', ar: '{place}: الوساطة الصحية في مراكز الاستشارة وأقسام الطوارئ' },
    { it: '{place}: accesso alle cure e prevenzione per le donne straniere', en: '{place}: access to care and prevention for migrant women', es: '{place}: acceso a la atención y prevención para mujeres migrantes' },
  ],
  MINORS_AND_SECOND_GENERATIONS: [
    { it: '{place}: tutori volontari e percorsi di autonomia per i minori non accompagnati', en: '{place}: volunteer guardians and pathways to autonomy for unaccompanied minors', fr: '{place} : tuteurs bénévoles et parcours d’autonomie pour les mineurs non accompagnés' },
    { it: '{place}: seconde generazioni, scuola e orientamento', en: '{place}: second generations, school and guidance', es: '{place}: segundas generaciones, escuela y orientación' },
  ],
  VULNERABLE_MIGRANTS: [
    { it: '{place}: emersione e presa in carico delle vittime di tratta e sfruttamento', en: '{place}: identification and support of victims of trafficking and exploitation', fr: '{place} : identification et prise en charge des victimes de traite et d’exploitation' },
    { it: '{place}: sostegno psicologico per rifugiati e richiedenti asilo', en: '{place}: psychological support for refugees and asylum seekers', ar: '{place}: الدعم النفسي للاجئين وطالبي اللجوء' },
  ],
  PARTICIPATION_AND_CULTURE: [
    { it: '{place}: associazioni di migranti nei tavoli di partecipazione', en: '{place}: migrant associations at participation tables', fr: '{place} : les associations de migrants aux tables de participation' },
    { it: '{place}: sport e cultura per la coesione nei quartieri', en: '{place}: sport and culture for neighbourhood cohesion', es: '{place}: deporte y cultura para la cohesión de los barrios' },
  ],
  INTERCULTURAL_MEDIATION: [
    { it: '{place}: rete territoriale di mediatori interculturali', en: '{place}: local network of intercultural mediators', fr: '{place} : réseau territorial de médiateurs interculturels', zh: '{place}：跨文化调解员地方网络' },
    { it: '{place}: mediazione interculturale negli sportelli pubblici', en: '{place}: intercultural mediation at public desks', es: '{place}: mediación intercultural en las ventanillas públicas' },
  ],
};

/** Good practices and study visits the National Plan's actions draw on. */
export const INSPIRATIONS: readonly Texts[] = [
  { it: 'Visita di studio a Helsinki sui percorsi di formazione linguistica integrati al lavoro', en: 'Study visit to Helsinki on language training integrated with work', fr: 'Visite d’étude à Helsinki sur la formation linguistique intégrée au travail' },
  { it: 'Visita di studio a Göteborg sull’anno di introduzione per i nuovi arrivati', en: 'Study visit to Gothenburg on the introduction year for newcomers' },
  { it: 'Buona pratica dei corridoi umanitari e della sponsorizzazione comunitaria', en: 'Good practice of humanitarian corridors and community sponsorship', fr: 'Bonne pratique des couloirs humanitaires et du parrainage communautaire', es: 'Buena práctica de los corredores humanitarios y del patrocinio comunitario' },
  { it: 'Visita di studio a Lisbona sui centri locali di sostegno all’integrazione dei migranti', en: 'Study visit to Lisbon on local migrant integration support centres', es: 'Visita de estudio a Lisboa sobre los centros locales de apoyo a la integración de migrantes' },
  { it: 'Buona pratica delle agenzie sociali per la casa nei comuni dell’Emilia-Romagna', en: 'Good practice of social housing agencies in the municipalities of Emilia-Romagna' },
  { it: 'Scambio con la rete europea delle città interculturali del Consiglio d’Europa', en: 'Exchange with the Council of Europe’s Intercultural Cities network', fr: 'Échange avec le réseau des Cités interculturelles du Conseil de l’Europe' },
  { it: 'Visita di studio a Berlino sul riconoscimento delle qualifiche professionali estere', en: 'Study visit to Berlin on the recognition of foreign professional qualifications' },
  { it: 'Buona pratica dei progetti di tutela volontaria dei minori stranieri non accompagnati', en: 'Good practice of volunteer guardianship schemes for unaccompanied foreign minors' },
  { it: 'Modello di presa in carico integrata delle vittime di tratta del Numero Verde Antitratta', en: 'Integrated support model for trafficking victims of the national anti-trafficking helpline' },
  { it: 'Visita di studio a Barcellona sui mediatori interculturali nei servizi sanitari', en: 'Study visit to Barcelona on intercultural mediators in health services', es: 'Visita de estudio a Barcelona sobre los mediadores interculturales en los servicios sanitarios' },
  { it: 'Buona pratica dei progetti PUOI e dei percorsi di inserimento socio-lavorativo', en: 'Good practice of the PUOI projects and social and job integration pathways' },
  { it: 'Scambio con le autorità di Malmö sulla partecipazione civica dei giovani di seconda generazione', en: 'Exchange with the authorities of Malmö on the civic participation of second-generation youth' },
];

/** Two- or three-letter abbreviations of the regions used in action codes (`PNI-LOM-01`). */
export const REGION_ABBREVIATIONS: Readonly<Record<string, string>> = {
  '01': 'PIE', '02': 'VDA', '03': 'LOM', '04': 'TAA', '05': 'VEN', '06': 'FVG', '07': 'LIG', '08': 'EMR', '09': 'TOS', '10': 'UMB',
  '11': 'MAR', '12': 'LAZ', '13': 'ABR', '14': 'MOL', '15': 'CAM', '16': 'PUG', '17': 'BAS', '18': 'CAL', '19': 'SIC', '20': 'SAR',
};

/** Fills `{place}` in every translation; `place` gives the name per language (Italian as fallback). */
export function fillPlace(template: Texts, place: Partial<Record<keyof Texts, string>> & { it: string }): Texts {
  const filled: Record<string, string> = {};
  for (const [lang, text] of Object.entries(template)) {
    if (text) filled[lang] = text.replace('{place}', place[lang as keyof Texts] ?? place.it);
  }
  return filled as Texts;
}
