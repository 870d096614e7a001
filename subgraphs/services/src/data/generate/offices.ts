/**
 * Public offices for work and residence: the regions' employment centres, the prefectures'
 * one-stop immigration desks (Sportello Unico per l'Immigrazione, one per province) and the
 * questure's immigration offices in the metropolitan cities.
 */
import type { Random } from '../../../../../lib/random.js';
import type { ServiceArea, TargetGroup } from '../enums.js';
import type { Phrase, Place, Profile } from './types.js';
import { slug } from './types.js';

const EMPLOYMENT_DESCRIPTION: Phrase = {
  it: 'Iscrizione come disoccupati, patto di servizio, orientamento e ricerca di lavoro, tirocini e corsi di formazione; incontro tra domanda e offerta di lavoro.',
  en: 'Registration as unemployed, service agreement, career guidance and job search, traineeships and training courses; matching job seekers with employers.',
  fr: 'Inscription comme demandeur d’emploi, pacte de service, orientation et recherche d’emploi, stages et formations ; mise en relation avec les employeurs.',
  es: 'Inscripción como desempleado, pacto de servicio, orientación y búsqueda de empleo, prácticas y cursos de formación; intermediación con las empresas.',
  ar: 'التسجيل كعاطل عن العمل، واتفاق الخدمة، والتوجيه والبحث عن عمل، والتدريب الميداني والدورات التكوينية، والربط بين الباحثين عن عمل وأصحاب العمل.',
};

/** An employment centre; in a big city the second and later offices are named by their address. */
export function employmentCentre(random: Random, place: Place, address: string, counter: Map<string, number>): Profile {
  const city = place.municipality.name;
  const n = (counter.get(place.municipality.istatCode) ?? 0) + 1;
  counter.set(place.municipality.istatCode, n);
  const suffix = n > 1 ? `, ${address}` : '';
  const targetGroups: TargetGroup[] = ['WORKERS'];
  if (random.chance(0.4)) targetGroups.push('ASYLUM_SEEKERS_AND_REFUGEES');
  if (random.chance(0.3)) targetGroups.push('WOMEN');
  const region = slug(place.region.nameIt);
  return {
    kind: 'EMPLOYMENT_CENTRE',
    name: { it: `Centro per l'impiego di ${city}${suffix}`, en: `${city} employment centre${suffix}` },
    description: EMPLOYMENT_DESCRIPTION,
    areas: random.chance(0.2) ? ['WORK', 'INTERCULTURAL_MEDIATION'] : ['WORK'],
    targetGroups,
    freeOfCharge: true,
    associationId: null,
    email: `cpi.${slug(city)}${n > 1 ? n : ''}@lavoro.regione.${region}.it`,
    website: `https://lavoro.regione.${region}.it`,
    byAppointment: random.chance(0.5),
  };
}

const SUI: { name: (province: string) => Phrase; description: Phrase } = {
  name: (p) => ({
    it: `Prefettura di ${p} – Sportello Unico per l'Immigrazione`,
    en: `Prefecture of ${p} – One-Stop Immigration Desk`,
    fr: `Préfecture de ${p} – Guichet unique pour l’immigration`,
    es: `Prefectura de ${p} – Ventanilla Única de Inmigración`,
    ar: `محافظة ${p} – الشباك الموحد للهجرة`,
    zh: `${p}省政府 – 移民事务一站式窗口`,
  }),
  description: {
    it: "Nulla osta al lavoro subordinato e stagionale (decreto flussi), ricongiungimento familiare, conversione dei permessi, accordo di integrazione e test di lingua italiana.",
    en: 'Work authorisations for employed and seasonal work (flows decree), family reunification, conversion of permits, integration agreement and Italian language test.',
    fr: 'Autorisations de travail salarié et saisonnier (décret flux), regroupement familial, conversion des titres, accord d’intégration et test d’italien.',
    es: 'Autorizaciones de trabajo por cuenta ajena y de temporada (decreto de flujos), reagrupación familiar, conversión de permisos, acuerdo de integración y prueba de italiano.',
    ar: 'تصاريح العمل المأجور والموسمي (مرسوم التدفقات)، ولمّ شمل الأسرة، وتحويل التصاريح، واتفاق الاندماج واختبار اللغة الإيطالية.',
    zh: '办理雇佣及季节性工作许可（流量法令）、家庭团聚、居留许可转换、融入协议及意大利语考试。',
  },
};

const QUESTURA: { name: (province: string) => Phrase; description: Phrase } = {
  name: (p) => ({
    it: `Questura di ${p} – Ufficio Immigrazione`,
    en: `${p} Police Headquarters – Immigration Office`,
    fr: `Questure de ${p} – Bureau de l’immigration`,
    es: `Jefatura de Policía de ${p} – Oficina de Inmigración`,
    ar: `مديرية شرطة ${p} – مكتب الهجرة`,
    zh: `${p}警察总局 – 移民办公室`,
  }),
  description: {
    it: 'Rilascio e rinnovo dei permessi di soggiorno, rilievi fotodattiloscopici, domande di protezione internazionale e titoli di viaggio.',
    en: 'Issue and renewal of residence permits, fingerprinting, applications for international protection and travel documents.',
    fr: 'Délivrance et renouvellement des titres de séjour, relevé d’empreintes, demandes de protection internationale et titres de voyage.',
    es: 'Expedición y renovación de permisos de residencia, toma de huellas, solicitudes de protección internacional y documentos de viaje.',
    ar: 'إصدار تصاريح الإقامة وتجديدها، وأخذ البصمات، وطلبات الحماية الدولية ووثائق السفر.',
    zh: '签发和续签居留许可、采集指纹、受理国际保护申请及旅行证件。',
  },
};

/** The prefecture's one-stop desk (`sui`) or the questura's immigration office of a province. */
export function publicOffice(random: Random, place: Place, office: 'sui' | 'questura'): Profile {
  const province = place.province.name;
  const areas: ServiceArea[] = office === 'sui' ? ['WORK', 'INTERCULTURAL_MEDIATION'] : ['WORK'];
  const targetGroups: TargetGroup[] =
    office === 'sui' ? ['ALL_FOREIGN_NATIONALS', 'WORKERS', 'FAMILIES'] : ['ALL_FOREIGN_NATIONALS', 'ASYLUM_SEEKERS_AND_REFUGEES'];
  const template = office === 'sui' ? SUI : QUESTURA;
  return {
    kind: 'PUBLIC_OFFICE',
    name: template.name(province),
    description: template.description,
    areas,
    targetGroups,
    freeOfCharge: true,
    associationId: null,
    email: office === 'sui' ? `sui.pref_${slug(province)}@interno.it` : `immig.quest.${slug(province)}@poliziadistato.it`,
    website: office === 'sui' ? `https://www.prefettura.it/${slug(province)}` : `https://questure.poliziadistato.it/it/${slug(province)}`,
    byAppointment: office === 'questura' || random.chance(0.5),
  };
}
