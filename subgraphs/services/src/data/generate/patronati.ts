/**
 * Patronato desks: the immigration desks of Italy's patronati (INCA CGIL, INAS CISL, ACLI, ITAL
 * UIL...), over 4,200 of them. Free of charge by law (d.lgs. 152/2001); area WORK, some also
 * intercultural mediation.
 */
import type { Random } from '../../../../../lib/random.js';
import type { TargetGroup } from '../enums.js';
import type { Phrase, Place, Profile } from './types.js';
import { slug } from './types.js';

interface Network {
  /** As written on the desk's sign. */
  readonly name: string;
  readonly domain: string;
  /** Relative size of the network's desk count. */
  readonly weight: number;
}

const NETWORKS: readonly Network[] = [
  { name: 'INCA CGIL', domain: 'inca.it', weight: 22 },
  { name: 'INAS CISL', domain: 'inas.it', weight: 18 },
  { name: 'ACLI', domain: 'patronato.acli.it', weight: 15 },
  { name: 'ITAL UIL', domain: 'italuil.it', weight: 12 },
  { name: 'EPASA-ITACO CNA', domain: 'epasa-itaco.it', weight: 7 },
  { name: 'INAPA Confartigianato', domain: 'inapa.it', weight: 6 },
  { name: 'ENASCO 50&Più', domain: '50epiu.it', weight: 5 },
  { name: 'EPACA Coldiretti', domain: 'epaca.it', weight: 4 },
  { name: 'SIAS MCL', domain: 'patronatosias.it', weight: 3 },
  { name: 'INAC CIA', domain: 'inac-cia.it', weight: 3 },
  { name: 'ENAPA Confagricoltura', domain: 'enapa.it', weight: 2 },
  { name: 'ENAS UGL', domain: 'enas.it', weight: 2 },
];

const DESCRIPTIONS: readonly Phrase[] = [
  {
    it: 'Assistenza gratuita per rinnovo e conversione del permesso di soggiorno, ricongiungimento familiare, cittadinanza e pratiche previdenziali (INPS, INAIL).',
    en: 'Free help with renewing and converting residence permits, family reunification, citizenship and social security claims (INPS, INAIL).',
    fr: 'Aide gratuite pour le renouvellement et la conversion du titre de séjour, le regroupement familial, la nationalité et les démarches de sécurité sociale (INPS, INAIL).',
    es: 'Ayuda gratuita para la renovación y conversión del permiso de residencia, la reagrupación familiar, la ciudadanía y los trámites de seguridad social (INPS, INAIL).',
    ar: 'مساعدة مجانية في تجديد تصريح الإقامة وتحويله، ولمّ شمل الأسرة، والجنسية، ومعاملات الضمان الاجتماعي (INPS وINAIL).',
    zh: '免费协助办理居留许可续签与转换、家庭团聚、入籍以及社会保障手续（INPS、INAIL）。',
  },
  {
    it: 'Sportello immigrati: kit postali per il permesso di soggiorno, verifica di contratti e buste paga, disoccupazione NASpI, assegno unico e pensioni.',
    en: 'Immigrants’ desk: postal kits for residence permits, checks of contracts and pay slips, NASpI unemployment benefit, single child allowance and pensions.',
    fr: 'Guichet immigrés : dossiers postaux du titre de séjour, vérification des contrats et des fiches de paie, allocation chômage NASpI, allocation unique et retraites.',
    es: 'Ventanilla de inmigración: kits postales del permiso de residencia, revisión de contratos y nóminas, prestación por desempleo NASpI, asignación única y pensiones.',
    ar: 'شباك المهاجرين: ملفات البريد الخاصة بتصريح الإقامة، والتحقق من العقود وقسائم الرواتب، وإعانة البطالة NASpI، والعلاوة الموحدة للأطفال، والمعاشات.',
  },
  {
    it: 'Tutela dei lavoratori stranieri: diritti sul lavoro, infortuni e malattie professionali, prestazioni per la famiglia e domande di cittadinanza.',
    en: 'Protection of foreign workers: rights at work, accidents and occupational diseases, family benefits and citizenship applications.',
    fr: 'Protection des travailleurs étrangers : droits au travail, accidents et maladies professionnelles, prestations familiales et demandes de nationalité.',
    es: 'Tutela de los trabajadores extranjeros: derechos laborales, accidentes y enfermedades profesionales, prestaciones familiares y solicitudes de ciudadanía.',
  },
];

/** Counts desks per network and municipality, so a second desk in a city is named by its address. */
export type DeskCounter = Map<string, number>;

/** The profile of one patronato desk at `place`. */
export function patronatoDesk(random: Random, place: Place, address: string, counter: DeskCounter): Profile {
  const network = random.weighted(NETWORKS, (n) => n.weight);
  const city = place.municipality.name;
  const key = `${network.name}|${place.municipality.istatCode}`;
  const nth = (counter.get(key) ?? 0) + 1;
  counter.set(key, nth);
  const name: Phrase =
    nth > 1
      ? { it: `Patronato ${network.name} – ${city}, ${address}`, en: `${network.name} patronato desk – ${city}, ${address}` }
      : place.municipality.isProvincialCapital
        ? { it: `Patronato ${network.name} – Sede provinciale di ${city}`, en: `${network.name} patronato – ${city} provincial office` }
        : { it: `Patronato ${network.name} – Sportello di ${city}`, en: `${network.name} patronato desk – ${city}` };
  const mediation = random.chance(0.22);
  const targetGroups: TargetGroup[] = ['WORKERS'];
  if (random.chance(0.6)) targetGroups.push('FAMILIES');
  if (random.chance(0.45)) targetGroups.push('ALL_FOREIGN_NATIONALS');
  return {
    kind: 'PATRONATO_DESK',
    name,
    description: random.pick(DESCRIPTIONS),
    areas: mediation ? ['WORK', 'INTERCULTURAL_MEDIATION'] : ['WORK'],
    targetGroups,
    freeOfCharge: true,
    associationId: null,
    email: `${slug(city)}${nth > 1 ? nth : ''}@${network.domain}`,
    website: `https://www.${network.domain}`,
    byAppointment: random.chance(0.35),
  };
}
