/**
 * Public providers of language and health: CPIA adult-education schools (Italian courses) and
 * health units (clinics of the local health authorities for migrants).
 */
import type { Random } from '../../../../../lib/random.js';
import type { ServiceArea, TargetGroup } from '../enums.js';
import type { Phrase, Place, Profile } from './types.js';
import { slug } from './types.js';
import { pickAssociation } from './community.js';

/** Counts services of a kind per province, for CPIA numbering and second offices. */
export type ProvinceCounter = Map<string, number>;

function next(counter: ProvinceCounter, key: string): number {
  const n = (counter.get(key) ?? 0) + 1;
  counter.set(key, n);
  return n;
}

const CPIA_DESCRIPTION: Phrase = {
  it: 'Corsi gratuiti di lingua italiana per adulti stranieri (livelli Pre-A1–B1), test di lingua per il permesso UE per soggiornanti di lungo periodo, percorsi di primo livello dai 16 anni.',
  en: 'Free Italian courses for foreign adults (levels Pre-A1 to B1), language tests for the EU long-term residence permit, lower-secondary courses from age 16.',
  fr: 'Cours gratuits d’italien pour adultes étrangers (niveaux pré-A1 à B1), tests de langue pour le permis de séjour UE de longue durée, parcours de premier niveau dès 16 ans.',
  es: 'Cursos gratuitos de italiano para adultos extranjeros (niveles Pre-A1 a B1), pruebas de idioma para el permiso UE de larga duración, itinerarios de primer nivel desde los 16 años.',
  ar: 'دورات مجانية في اللغة الإيطالية للبالغين الأجانب (المستويات من ما قبل A1 إلى B1)، واختبارات اللغة لتصريح الإقامة الأوروبي طويل الأمد، ومسارات المستوى الأول من سن 16 عامًا.',
  zh: '为外国成年人免费开设意大利语课程（Pre-A1至B1级），提供欧盟长期居留许可语言考试，以及16岁起的初级教育课程。',
};

/** A CPIA seat or teaching point: the first in a province is its main seat. */
export function cpiaSchool(random: Random, place: Place, counter: ProvinceCounter): Profile {
  const n = next(counter, place.province.code);
  const number = place.province.isMetropolitanCity ? ((n - 1) % 4) + 1 : 1;
  const cpia = place.province.isMetropolitanCity ? `CPIA ${number} ${place.province.name}` : `CPIA ${place.province.name}`;
  const city = place.municipality.name;
  const name: Phrase =
    n === 1
      ? { it: `${cpia} – Sede centrale`, en: `${cpia} adult-education centre – main site` }
      : { it: `${cpia} – Punto di erogazione di ${city}`, en: `${cpia} adult-education centre – ${city} teaching point` };
  const minors = random.chance(0.2);
  const targetGroups: TargetGroup[] = ['STUDENTS'];
  if (random.chance(0.5)) targetGroups.push('ASYLUM_SEEKERS_AND_REFUGEES');
  if (random.chance(0.4)) targetGroups.push('WOMEN');
  if (minors) targetGroups.push('UNACCOMPANIED_MINORS');
  const code = `${place.province.abbreviation.toLowerCase()}mm${random.int(10000, 99999)}`;
  return {
    kind: 'CPIA_SCHOOL',
    name,
    description: CPIA_DESCRIPTION,
    areas: minors ? ['LANGUAGE', 'MINORS_AND_SECOND_GENERATIONS'] : ['LANGUAGE'],
    targetGroups,
    freeOfCharge: true,
    associationId: null,
    email: `${code}@istruzione.it`,
    website: `https://www.cpia${number}${slug(place.province.name)}.edu.it`,
    byAppointment: false,
  };
}

// Health authorities are called differently from region to region.
const HEALTH_AUTHORITY: Readonly<Record<string, string>> = { '03': 'ASST', '05': 'ULSS', '06': 'ASU', '08': 'AUSL', '09': 'AUSL', '10': 'USL', '11': 'AST' };

const CLINICS: readonly { name: Phrase; description: Phrase; women?: boolean }[] = [
  {
    name: { it: 'Ambulatorio STP/ENI per stranieri', en: 'STP/ENI outpatient clinic for foreigners' },
    description: {
      it: 'Cure ambulatoriali e urgenti, anche per stranieri senza permesso di soggiorno (codice STP) e cittadini UE non iscritti (codice ENI), con mediatori culturali.',
      en: 'Outpatient and urgent care, also for foreigners without a residence permit (STP code) and unregistered EU citizens (ENI code), with cultural mediators.',
      fr: 'Soins ambulatoires et urgents, y compris pour les étrangers sans titre de séjour (code STP) et les citoyens de l’UE non inscrits (code ENI), avec des médiateurs culturels.',
      ar: 'رعاية خارجية وعاجلة، بما في ذلك للأجانب بدون تصريح إقامة (رمز STP) ومواطني الاتحاد الأوروبي غير المسجلين (رمز ENI)، بحضور وسطاء ثقافيين.',
      zh: '提供门诊和急诊服务，包括无居留许可的外国人（STP代码）和未登记的欧盟公民（ENI代码），配有文化调解员。',
    },
  },
  {
    name: { it: 'Centro ISI – Informazione Salute Immigrati', en: 'ISI centre – Health Information for Immigrants' },
    description: {
      it: 'Informazione e orientamento ai servizi sanitari, iscrizione al Servizio sanitario nazionale, scelta del medico di base e vaccinazioni.',
      en: 'Information and guidance on health services, registration with the National Health Service, choice of a family doctor and vaccinations.',
      fr: 'Information et orientation vers les services de santé, inscription au Service national de santé, choix du médecin traitant et vaccinations.',
      es: 'Información y orientación sobre los servicios sanitarios, inscripción en el Servicio Nacional de Salud, elección del médico de cabecera y vacunas.',
      ar: 'معلومات وتوجيه إلى الخدمات الصحية، والتسجيل في الخدمة الصحية الوطنية، واختيار طبيب الأسرة، والتطعيمات.',
    },
  },
  {
    name: { it: 'Consultorio familiare transculturale', en: 'Transcultural family counselling centre' },
    description: {
      it: 'Salute della donna, gravidanza e contraccezione, pediatria e sostegno alle famiglie, con mediatrici culturali.',
      en: 'Women’s health, pregnancy and contraception, paediatrics and family support, with female cultural mediators.',
      fr: 'Santé des femmes, grossesse et contraception, pédiatrie et soutien aux familles, avec des médiatrices culturelles.',
      ar: 'صحة المرأة، والحمل ومنع الحمل، وطب الأطفال ودعم الأسر، بحضور وسيطات ثقافيات.',
    },
    women: true,
  },
  {
    name: { it: 'Ambulatorio di medicina delle migrazioni', en: 'Migration medicine clinic' },
    description: {
      it: 'Visite mediche, screening e presa in carico di richiedenti asilo e rifugiati, anche vittime di tortura, con supporto psicologico.',
      en: 'Medical examinations, screening and care for asylum seekers and refugees, including torture survivors, with psychological support.',
      fr: 'Consultations, dépistages et prise en charge des demandeurs d’asile et réfugiés, y compris victimes de torture, avec soutien psychologique.',
      ar: 'فحوص طبية وكشف مبكر ورعاية لطالبي اللجوء واللاجئين، بمن فيهم ضحايا التعذيب، مع دعم نفسي.',
    },
  },
];

/**
 * A health unit of the local health authority, sometimes with mediation run by an association.
 * `clinicName` (Italian) fixes the kind of clinic instead of drawing it.
 */
export function healthUnit(random: Random, place: Place, clinicName?: string): Profile {
  const drawn = random.pick(CLINICS);
  const clinic = clinicName ? CLINICS.find((c) => c.name.it === clinicName) : drawn;
  if (!clinic) throw new Error(`unknown clinic "${clinicName}"`);
  const authority = `${HEALTH_AUTHORITY[place.region.code] ?? 'ASL'} ${place.province.name}`;
  const targetGroups: TargetGroup[] = ['ALL_FOREIGN_NATIONALS'];
  if (clinic.women) targetGroups.push('WOMEN', 'FAMILIES');
  else if (random.chance(0.45)) targetGroups.push('ASYLUM_SEEKERS_AND_REFUGEES');
  const areas: ServiceArea[] = random.chance(0.55) ? ['HEALTH', 'INTERCULTURAL_MEDIATION'] : ['HEALTH'];
  return {
    kind: 'HEALTH_UNIT',
    name: { it: `${clinic.name.it} – ${authority} (${place.municipality.name})`, en: `${clinic.name.en} – ${authority} (${place.municipality.name})` },
    description: clinic.description,
    areas,
    targetGroups,
    freeOfCharge: true,
    associationId: random.chance(0.1) ? pickAssociation(random) : null,
    email: `stranieri.${slug(place.municipality.name)}@${slug(authority)}.it`,
    website: `https://www.${slug(authority)}.it`,
    byAppointment: random.chance(0.3),
  };
}

