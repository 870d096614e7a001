/**
 * Indicator templates by thematic area: what the National Plan's monitoring (Component IV)
 * measures for each kind of action. `shape` says how values move:
 * - `count`: cumulative from a baseline of 0 up to a target in `range`;
 * - `rising`: a share or level starting in `range` and rising by 10 to 30 points;
 * - `falling`: a level starting in `range` that the action means to cut by a quarter to a half.
 */
import type { Texts } from '../../../../../lib/locale.js';
import type { IndicatorType, ThematicArea } from '../../__generated__/resolvers-types.js';

export interface IndicatorTemplate {
  readonly type: IndicatorType;
  readonly name: Texts;
  readonly unit: string;
  readonly shape: 'count' | 'rising' | 'falling';
  readonly range: readonly [number, number];
  /** Where the monthly figure comes from. */
  readonly source: string;
}

const t = (
  type: IndicatorType,
  name: Texts,
  unit: string,
  shape: IndicatorTemplate['shape'],
  range: readonly [number, number],
  source: string,
): IndicatorTemplate => ({ type, name, unit, shape, range, source });

export const INDICATOR_TEMPLATES: Readonly<Record<ThematicArea, readonly IndicatorTemplate[]>> = {
  LANGUAGE_AND_EDUCATION: [
    t('OUTPUT', { it: 'Corsi di italiano L2 attivati', en: 'Italian L2 courses started', fr: 'Cours d’italien L2 ouverts' }, 'courses', 'count', [12, 40], 'Registro corsi del CPIA'),
    t('OUTPUT', { it: 'Partecipanti ai corsi di italiano L2', en: 'Participants in Italian L2 courses' }, 'people', 'count', [150, 900], 'Registro presenze dell’ente attuatore'),
    t('OUTCOME', { it: 'Quota di partecipanti certificati al livello A2', en: 'Share of participants certified at A2 level', fr: 'Part des participants certifiés au niveau A2' }, '%', 'rising', [30, 45], 'Esiti degli esami di certificazione linguistica'),
    t('OUTCOME', { it: 'Tasso di abbandono dei corsi', en: 'Course drop-out rate' }, '%', 'falling', [28, 40], 'Registro presenze dell’ente attuatore'),
    t('IMPACT', { it: 'Adulti stranieri iscritti a percorsi di istruzione di secondo livello', en: 'Foreign adults enrolled in upper secondary education' }, 'people', 'count', [40, 200], 'Anagrafe regionale degli studenti'),
  ],
  WORK_AND_SKILLS: [
    t('OUTPUT', { it: 'Tirocini di inserimento lavorativo avviati', en: 'Work placements started', fr: 'Stages d’insertion professionnelle lancés' }, 'placements', 'count', [40, 250], 'Sistema informativo lavoro regionale'),
    t('OUTPUT', { it: 'Bilanci di competenze completati', en: 'Skills assessments completed', es: 'Balances de competencias completados' }, 'people', 'count', [100, 600], 'Rilevazione dei centri per l’impiego'),
    t('OUTCOME', { it: 'Quota di tirocinanti assunti entro sei mesi', en: 'Share of trainees hired within six months', fr: 'Part des stagiaires embauchés dans les six mois' }, '%', 'rising', [25, 40], 'Comunicazioni obbligatorie di assunzione'),
    t('OUTCOME', { it: 'Titoli di studio esteri riconosciuti', en: 'Foreign qualifications recognised' }, 'qualifications', 'count', [20, 120], 'Rilevazione dell’ente attuatore'),
    t('IMPACT', { it: 'Tasso di occupazione regolare dei partecipanti a 12 mesi', en: 'Regular employment rate of participants after 12 months' }, '%', 'rising', [35, 50], 'Comunicazioni obbligatorie di assunzione'),
  ],
  HOUSING: [
    t('OUTPUT', { it: 'Nuclei accompagnati nella ricerca di un alloggio', en: 'Households supported in finding a home', fr: 'Ménages accompagnés dans la recherche d’un logement' }, 'households', 'count', [40, 250], 'Cartelle sociali del Comune'),
    t('OUTPUT', { it: 'Alloggi messi a disposizione dall’agenzia sociale per la casa', en: 'Homes made available by the social housing agency' }, 'homes', 'count', [10, 80], 'Registro dell’agenzia sociale per la casa'),
    t('OUTCOME', { it: 'Contratti di locazione regolari firmati', en: 'Regular tenancy agreements signed', es: 'Contratos de alquiler regulares firmados' }, 'contracts', 'count', [15, 120], 'Registro dell’agenzia sociale per la casa'),
    t('OUTCOME', { it: 'Permanenza media nei centri di accoglienza', en: 'Average stay in reception centres' }, 'days', 'falling', [300, 420], 'Banca dati del sistema di accoglienza'),
    t('IMPACT', { it: 'Quota di nuclei in alloggio autonomo dopo 12 mesi', en: 'Share of households in independent housing after 12 months' }, '%', 'rising', [30, 45], 'Indagine di follow-up dell’ente attuatore'),
  ],
  HEALTH: [
    t('OUTPUT', { it: 'Mediatori sanitari formati', en: 'Health mediators trained', fr: 'Médiateurs de santé formés' }, 'people', 'count', [12, 60], 'Registro della formazione dell’azienda sanitaria'),
    t('OUTPUT', { it: 'Iscrizioni al Servizio sanitario nazionale facilitate', en: 'National Health Service registrations facilitated' }, 'people', 'count', [200, 1500], 'Anagrafe degli assistiti dell’azienda sanitaria'),
    t('OUTCOME', { it: 'Quota di donne straniere che accede agli screening oncologici', en: 'Share of migrant women attending cancer screening', es: 'Proporción de mujeres migrantes que acceden a los cribados oncológicos' }, '%', 'rising', [25, 40], 'Flussi informativi degli screening'),
    t('OUTCOME', { it: 'Accessi impropri al pronto soccorso', en: 'Inappropriate emergency-room visits' }, 'visits/month', 'falling', [80, 200], 'Flussi informativi del pronto soccorso'),
    t('IMPACT', { it: 'Tempo medio di attesa per la prima visita', en: 'Average waiting time for a first visit' }, 'days', 'falling', [25, 45], 'Sistema di prenotazione dell’azienda sanitaria'),
  ],
  MINORS_AND_SECOND_GENERATIONS: [
    t('OUTPUT', { it: 'Minori stranieri non accompagnati presi in carico', en: 'Unaccompanied foreign minors taken into care', fr: 'Mineurs étrangers non accompagnés pris en charge' }, 'minors', 'count', [30, 200], 'Sistema informativo minori non accompagnati'),
    t('OUTPUT', { it: 'Tutori volontari formati', en: 'Volunteer guardians trained' }, 'people', 'count', [20, 120], 'Elenco dei tutori volontari del Tribunale per i minorenni'),
    t('OUTCOME', { it: 'Quota di minori inseriti in percorsi scolastici o formativi', en: 'Share of minors in school or training', fr: 'Part des mineurs scolarisés ou en formation' }, '%', 'rising', [45, 60], 'Rilevazione dei servizi sociali'),
    t('OUTCOME', { it: 'Abbandono scolastico degli studenti con background migratorio', en: 'Early school leaving of students with a migrant background' }, '%', 'falling', [25, 35], 'Anagrafe nazionale degli studenti'),
    t('IMPACT', { it: 'Neomaggiorenni con progetto di autonomia avviato', en: 'Young adults leaving care with an autonomy plan' }, 'people', 'count', [15, 90], 'Rilevazione dei servizi sociali'),
  ],
  VULNERABLE_MIGRANTS: [
    t('OUTPUT', { it: 'Vittime di tratta e sfruttamento identificate e prese in carico', en: 'Victims of trafficking and exploitation identified and supported', fr: 'Victimes de traite et d’exploitation identifiées et prises en charge' }, 'people', 'count', [20, 150], 'Sistema informatizzato di raccolta dati antitratta'),
    t('OUTPUT', { it: 'Operatori formati sull’identificazione delle vulnerabilità', en: 'Practitioners trained in identifying vulnerabilities' }, 'people', 'count', [30, 200], 'Registro della formazione dell’ente attuatore'),
    t('OUTCOME', { it: 'Quota di persone vulnerabili con piano individuale', en: 'Share of vulnerable people with an individual plan', es: 'Proporción de personas vulnerables con un plan individual' }, '%', 'rising', [35, 55], 'Cartelle sociali del Comune'),
    t('OUTCOME', { it: 'Tempo medio di attesa per il sostegno psicologico', en: 'Average waiting time for psychological support' }, 'days', 'falling', [40, 70], 'Registro del servizio di etnopsichiatria'),
    t('IMPACT', { it: 'Persone uscite dallo sfruttamento lavorativo', en: 'People who left labour exploitation' }, 'people', 'count', [15, 100], 'Rilevazione dell’ente attuatore'),
  ],
  PARTICIPATION_AND_CULTURE: [
    t('OUTPUT', { it: 'Eventi culturali e sportivi co-organizzati con le associazioni', en: 'Cultural and sports events co-organised with associations', fr: 'Événements culturels et sportifs co-organisés avec les associations' }, 'events', 'count', [12, 60], 'Calendario degli eventi dell’ente attuatore'),
    t('OUTPUT', { it: 'Partecipanti alle attività', en: 'Participants in the activities' }, 'people', 'count', [300, 2500], 'Registro presenze dell’ente attuatore'),
    t('OUTCOME', { it: 'Associazioni di migranti nei tavoli di consultazione', en: 'Migrant associations at consultation tables', es: 'Asociaciones de migrantes en las mesas de consulta' }, 'associations', 'count', [8, 40], 'Verbali dei tavoli di consultazione'),
    t('OUTCOME', { it: 'Quota di giovani con background migratorio iscritti a società sportive', en: 'Share of young people with a migrant background in sports clubs' }, '%', 'rising', [15, 30], 'Tesseramenti delle società sportive'),
    t('IMPACT', { it: 'Fiducia nelle istituzioni locali (indagine)', en: 'Trust in local institutions (survey)' }, '%', 'rising', [35, 50], 'Indagine campionaria annuale'),
  ],
  INTERCULTURAL_MEDIATION: [
    t('OUTPUT', { it: 'Ore di mediazione interculturale erogate', en: 'Hours of intercultural mediation delivered', fr: 'Heures de médiation interculturelle assurées' }, 'hours', 'count', [1500, 9000], 'Registro delle prestazioni di mediazione'),
    t('OUTPUT', { it: 'Mediatori interculturali certificati', en: 'Certified intercultural mediators' }, 'people', 'count', [12, 60], 'Registro regionale dei mediatori'),
    t('OUTCOME', { it: 'Sportelli pubblici con servizio di mediazione', en: 'Public desks with a mediation service', es: 'Ventanillas públicas con servicio de mediación' }, 'desks', 'count', [8, 40], 'Rilevazione dell’ente attuatore'),
    t('OUTCOME', { it: 'Tempo medio di attesa per un mediatore', en: 'Average waiting time for a mediator' }, 'hours', 'falling', [48, 96], 'Registro delle prestazioni di mediazione'),
    t('IMPACT', { it: 'Quota di utenti stranieri soddisfatti del servizio', en: 'Share of foreign users satisfied with the service' }, '%', 'rising', [55, 70], 'Questionario di gradimento degli utenti'),
  ],
};

/** Source of the quarterly on-site checks, which replace the usual source every third month. */
export const ON_SITE_CHECK_SOURCE = 'Verifica in loco del monitoraggio OIM';
