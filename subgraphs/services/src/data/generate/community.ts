/**
 * Services of the third sector and of the municipalities: housing, minors and second
 * generations, intercultural mediation, Italian courses. Most third-sector services are run by
 * an association of the register (ids ASS-0001..ASS-1200, owned by the associations subgraph).
 */
import { formatId } from '../../../../../lib/ids.js';
import type { Random } from '../../../../../lib/random.js';
import type { ServiceArea, TargetGroup } from '../enums.js';
import type { Phrase, Place, Profile } from './types.js';
import { slug } from './types.js';

/** Size of the associations register (ASS-0001..ASS-1200). */
export const ASSOCIATION_COUNT = 1200;

/** A deterministic association of the register. */
export function pickAssociation(random: Random): string {
  return formatId('association', random.int(1, ASSOCIATION_COUNT));
}

interface Activity {
  readonly name: Phrase;
  readonly description: Phrase;
  readonly areas: readonly ServiceArea[];
  readonly targetGroups: readonly TargetGroup[];
}

const ACTIVITIES: readonly (Activity & { weight: number })[] = [
  {
    weight: 3,
    name: { it: 'Sportello casa e accoglienza abitativa', en: 'Housing and shelter desk' },
    description: {
      it: 'Orientamento alla ricerca di casa, mediazione con i proprietari, accoglienza temporanea per persone e famiglie in uscita dai centri.',
      en: 'Help in finding a home, mediation with landlords, temporary shelter for people and families leaving reception centres.',
      fr: 'Aide à la recherche d’un logement, médiation avec les propriétaires, hébergement temporaire pour personnes et familles sortant des centres.',
      ar: 'مساعدة في البحث عن سكن، ووساطة مع المالكين، وإيواء مؤقت للأفراد والأسر الخارجين من مراكز الاستقبال.',
    },
    areas: ['HOUSING'],
    targetGroups: ['ASYLUM_SEEKERS_AND_REFUGEES', 'FAMILIES'],
  },
  {
    weight: 3,
    name: { it: 'Centro diurno per minori stranieri non accompagnati', en: 'Day centre for unaccompanied foreign minors' },
    description: {
      it: 'Accompagnamento educativo, tutela legale, scuola e formazione per minori stranieri non accompagnati, verso l’autonomia a 18 anni.',
      en: 'Educational support, legal guardianship, school and training for unaccompanied foreign minors, towards independence at 18.',
      fr: 'Accompagnement éducatif, tutelle, école et formation pour mineurs étrangers non accompagnés, vers l’autonomie à 18 ans.',
      ar: 'مرافقة تربوية، ووصاية قانونية، ومدرسة وتكوين للقاصرين الأجانب غير المصحوبين، نحو الاستقلالية عند بلوغ 18 عامًا.',
    },
    areas: ['MINORS_AND_SECOND_GENERATIONS'],
    targetGroups: ['UNACCOMPANIED_MINORS'],
  },
  {
    weight: 2,
    name: { it: 'Doposcuola interculturale e spazio giovani', en: 'Intercultural after-school club and youth space' },
    description: {
      it: 'Aiuto nei compiti, laboratori e attività sportive per ragazze e ragazzi di seconda generazione; incontri con i genitori.',
      en: 'Homework help, workshops and sport for second-generation girls and boys; meetings with parents.',
      es: 'Ayuda con los deberes, talleres y deporte para chicas y chicos de segunda generación; encuentros con las familias.',
      zh: '为第二代青少年提供作业辅导、工作坊和体育活动，并与家长交流。',
    },
    areas: ['MINORS_AND_SECOND_GENERATIONS', 'LANGUAGE'],
    targetGroups: ['SECOND_GENERATIONS', 'STUDENTS', 'FAMILIES'],
  },
  {
    weight: 3,
    name: { it: 'Sportello di mediazione interculturale', en: 'Intercultural mediation desk' },
    description: {
      it: 'Mediatori linguistico-culturali per accompagnare ai servizi pubblici (scuola, sanità, uffici), traduzioni e orientamento.',
      en: 'Linguistic and cultural mediators to accompany people to public services (schools, health, offices), translations and guidance.',
      fr: 'Médiateurs linguistiques et culturels pour accompagner vers les services publics (école, santé, administrations), traductions et orientation.',
      es: 'Mediadores lingüístico-culturales para acompañar a los servicios públicos (escuela, sanidad, oficinas), traducciones y orientación.',
      ar: 'وسطاء لغويون وثقافيون للمرافقة إلى الخدمات العامة (المدرسة، الصحة، المكاتب)، وترجمة وتوجيه.',
      zh: '语言文化调解员陪同前往公共服务机构（学校、医疗、政府部门），提供翻译和指导。',
    },
    areas: ['INTERCULTURAL_MEDIATION'],
    targetGroups: ['ALL_FOREIGN_NATIONALS', 'FAMILIES'],
  },
  {
    weight: 3,
    name: { it: 'Scuola di italiano per stranieri', en: 'Italian school for foreigners' },
    description: {
      it: 'Corsi gratuiti di italiano di base e intermedio tenuti da volontari, anche serali, con servizio di baby-sitting per le mamme.',
      en: 'Free basic and intermediate Italian courses taught by volunteers, also in the evening, with childcare for mothers.',
      fr: 'Cours gratuits d’italien de base et intermédiaire animés par des bénévoles, aussi le soir, avec garde d’enfants pour les mères.',
      es: 'Cursos gratuitos de italiano básico e intermedio impartidos por voluntarios, también por la tarde, con cuidado de niños para las madres.',
      ar: 'دورات مجانية في اللغة الإيطالية للمستويين الأساسي والمتوسط يقدمها متطوعون، مساءً أيضًا، مع رعاية الأطفال للأمهات.',
      zh: '由志愿者教授的免费意大利语初级和中级课程，也有晚间班，并为母亲提供托儿服务。',
    },
    areas: ['LANGUAGE'],
    targetGroups: ['WOMEN', 'ASYLUM_SEEKERS_AND_REFUGEES', 'ALL_FOREIGN_NATIONALS'],
  },
  {
    weight: 1,
    name: { it: 'Centro antiviolenza e sportello donne migranti', en: 'Anti-violence centre and migrant women’s desk' },
    description: {
      it: 'Ascolto, consulenza legale e accoglienza protetta per donne migranti vittime di violenza o di tratta, con mediatrici.',
      en: 'Listening, legal advice and protected shelter for migrant women who are victims of violence or trafficking, with female mediators.',
      fr: 'Écoute, conseil juridique et hébergement protégé pour les femmes migrantes victimes de violence ou de traite, avec des médiatrices.',
      ar: 'استماع واستشارة قانونية وإيواء محمي للنساء المهاجرات ضحايا العنف أو الاتجار بالبشر، بحضور وسيطات.',
    },
    areas: ['HOUSING', 'INTERCULTURAL_MEDIATION'],
    targetGroups: ['WOMEN', 'ASYLUM_SEEKERS_AND_REFUGEES'],
  },
];

const OPERATORS = ['Caritas diocesana di', 'Croce Rossa Italiana – Comitato di', 'ARCI', 'Cooperativa sociale La Rete di', 'ACLI provinciali di'];

/**
 * A service of the third sector; `associationShare` of them are run by an association.
 * `activity` (an Italian activity name) fixes the activity instead of drawing it.
 */
export function thirdSectorBody(random: Random, place: Place, associationShare: number, activity?: string): Profile {
  const drawn = random.weighted(ACTIVITIES, (a) => a.weight);
  const chosen = activity ? ACTIVITIES.find((a) => a.name.it === activity) : drawn;
  if (!chosen) throw new Error(`unknown third-sector activity "${activity}"`);
  return thirdSector(random, place, associationShare, chosen);
}

function thirdSector(random: Random, place: Place, associationShare: number, activity: Activity): Profile {
  const city = place.municipality.name;
  const associationId = random.chance(associationShare) ? pickAssociation(random) : null;
  // The association's own name is the associations subgraph's to give; the service is named by place.
  const operator = associationId ? null : `${random.pick(OPERATORS)} ${city}`;
  const domain = operator ? `${slug(operator)}.org` : `${slug(activity.name.it).slice(0, 24)}${slug(city)}.org`;
  return {
    kind: 'THIRD_SECTOR_BODY',
    name: operator
      ? { it: `${activity.name.it} – ${operator}`, en: `${activity.name.en} – ${operator}` }
      : { it: `${activity.name.it} di ${city}`, en: `${activity.name.en} – ${city}` },
    description: activity.description,
    areas: activity.areas,
    targetGroups: activity.targetGroups,
    // Some housing projects ask a small contribution to the rent.
    freeOfCharge: !(activity.areas.includes('HOUSING') && random.chance(0.4)) && random.chance(0.92),
    associationId,
    email: `info@${domain}`,
    website: random.chance(0.7) ? `https://www.${domain}` : null,
    byAppointment: random.chance(0.4),
  };
}

const MUNICIPAL: readonly Activity[] = [
  ...ACTIVITIES.filter((a) => a.areas.includes('INTERCULTURAL_MEDIATION') && a.areas.length === 1).map((a) => ({
    ...a,
    name: { it: 'Sportello immigrazione', en: 'Immigration desk' },
  })),
  ...ACTIVITIES.filter((a) => a.areas.includes('HOUSING') && a.areas.length === 1).map((a) => ({
    ...a,
    name: { it: 'Agenzia sociale per la casa', en: 'Social housing agency' },
  })),
  ...ACTIVITIES.filter((a) => a.areas.includes('MINORS_AND_SECOND_GENERATIONS')).map((a) => ({
    ...a,
    name: { it: 'Servizio minori stranieri e famiglie', en: 'Foreign minors and families service' },
  })),
  {
    name: { it: 'Centro interculturale', en: 'Intercultural centre' },
    description: {
      it: 'Centro comunale di incontro tra culture: mediazione, corsi di italiano, biblioteca multilingue e attività per i giovani.',
      en: 'Municipal centre where cultures meet: mediation, Italian courses, a multilingual library and youth activities.',
      fr: 'Centre municipal de rencontre entre cultures : médiation, cours d’italien, bibliothèque multilingue et activités pour les jeunes.',
      ar: 'مركز بلدي للقاء الثقافات: وساطة، ودورات في اللغة الإيطالية، ومكتبة متعددة اللغات، وأنشطة للشباب.',
    },
    areas: ['INTERCULTURAL_MEDIATION', 'LANGUAGE', 'MINORS_AND_SECOND_GENERATIONS'],
    targetGroups: ['ALL_FOREIGN_NATIONALS', 'SECOND_GENERATIONS'],
  },
];

/** A municipal office for foreign residents; some are run for the municipality by an association. */
export function municipalOffice(random: Random, place: Place, associationShare: number): Profile {
  const activity = random.pick(MUNICIPAL);
  const city = place.municipality.name;
  const site = `comune.${slug(city)}.${place.province.abbreviation.toLowerCase()}.it`;
  return {
    kind: 'MUNICIPALITY',
    name: { it: `Comune di ${city} – ${activity.name.it}`, en: `Municipality of ${city} – ${activity.name.en}` },
    description: activity.description,
    areas: activity.areas,
    targetGroups: activity.targetGroups,
    freeOfCharge: true,
    associationId: random.chance(associationShare) ? pickAssociation(random) : null,
    email: `intercultura@${site}`,
    website: `https://www.${site}`,
    byAppointment: random.chance(0.3),
  };
}
