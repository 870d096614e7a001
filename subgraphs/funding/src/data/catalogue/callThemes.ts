/**
 * Themes of calls for proposals, with the beneficiaries each admits and the priorities it serves.
 * A call's title is "<source> – Call <n>/<year>: <theme>" in every language the theme has.
 */
import type { Texts } from '../../../../../lib/locale.js';
import type { CallTheme } from './types.js';

/** "Call" in each language, for titles. */
export const CALL_WORD: Texts = { it: 'Avviso', en: 'Call', fr: 'Appel', es: 'Convocatoria', ar: 'دعوة', zh: '征集' };

export const CALL_THEMES: readonly CallTheme[] = [
  {
    title: {
      it: 'corsi di lingua italiana ed educazione civica per cittadini di Paesi terzi',
      en: 'Italian language and civic education courses for third-country nationals',
      fr: "cours de langue italienne et d'éducation civique pour les ressortissants de pays tiers",
      es: 'cursos de lengua italiana y educación cívica para nacionales de terceros países',
      ar: 'دورات اللغة الإيطالية والتربية المدنية لمواطني البلدان الثالثة',
      zh: '面向第三国公民的意大利语和公民教育课程',
    },
    beneficiaries: ['SCHOOL', 'THIRD_SECTOR_BODY', 'ASSOCIATION', 'REGION'],
    priorities: ['YOUNG_PEOPLE_AND_WORKERS', 'COOPERATION_BETWEEN_ACTORS'],
  },
  {
    title: {
      it: 'percorsi di inserimento socio-lavorativo e contrasto al caporalato',
      en: 'pathways into work and action against labour exploitation',
      fr: "parcours d'insertion socioprofessionnelle et lutte contre l'exploitation au travail",
      es: 'itinerarios de inserción sociolaboral y lucha contra la explotación laboral',
      ar: 'مسارات الإدماج في سوق العمل ومكافحة الاستغلال في العمل',
    },
    beneficiaries: ['REGION', 'MUNICIPALITY', 'THIRD_SECTOR_BODY'],
    priorities: ['DECENT_WORK'],
  },
  {
    title: { it: "autonomia abitativa e accompagnamento all'abitare", en: 'housing autonomy and support in finding a home', fr: "autonomie en matière de logement et accompagnement à l'habitat" },
    beneficiaries: ['MUNICIPALITY', 'THIRD_SECTOR_BODY'],
    priorities: ['VULNERABLE_MIGRANTS'],
  },
  {
    title: {
      it: 'accesso ai servizi sanitari e salute mentale dei migranti vulnerabili',
      en: 'access to health services and mental health of vulnerable migrants',
      es: 'acceso a los servicios sanitarios y salud mental de los migrantes vulnerables',
    },
    beneficiaries: ['HEALTH_UNIT', 'REGION', 'THIRD_SECTOR_BODY'],
    priorities: ['VULNERABLE_MIGRANTS'],
  },
  {
    title: {
      it: 'inclusione scolastica e sostegno ai minori stranieri non accompagnati',
      en: 'school inclusion and support for unaccompanied foreign minors',
      fr: 'inclusion scolaire et soutien aux mineurs étrangers non accompagnés',
    },
    beneficiaries: ['SCHOOL', 'MUNICIPALITY', 'THIRD_SECTOR_BODY'],
    priorities: ['YOUNG_PEOPLE_AND_WORKERS', 'VULNERABLE_MIGRANTS'],
  },
  {
    title: {
      it: 'mediazione interculturale nei servizi pubblici',
      en: 'intercultural mediation in public services',
      fr: 'médiation interculturelle dans les services publics',
      es: 'mediación intercultural en los servicios públicos',
      ar: 'الوساطة بين الثقافات في الخدمات العامة',
      zh: '公共服务中的跨文化调解',
    },
    beneficiaries: ['MUNICIPALITY', 'HEALTH_UNIT', 'THIRD_SECTOR_BODY', 'ASSOCIATION'],
    priorities: ['COOPERATION_BETWEEN_ACTORS', 'VULNERABLE_MIGRANTS'],
  },
  {
    title: {
      it: 'empowerment delle donne migranti e contrasto alla violenza di genere',
      en: 'empowerment of migrant women and action against gender-based violence',
      fr: 'autonomisation des femmes migrantes et lutte contre la violence fondée sur le genre',
      es: 'empoderamiento de las mujeres migrantes y lucha contra la violencia de género',
    },
    beneficiaries: ['THIRD_SECTOR_BODY', 'ASSOCIATION', 'MUNICIPALITY'],
    priorities: ['MIGRANT_WOMEN'],
  },
  {
    title: { it: 'partecipazione, cultura e sport per la coesione sociale', en: 'participation, culture and sport for social cohesion', es: 'participación, cultura y deporte para la cohesión social' },
    beneficiaries: ['ASSOCIATION', 'MUNICIPALITY', 'SCHOOL'],
    priorities: ['PARTICIPATION_CULTURE_AND_SPORT'],
  },
  {
    title: { it: 'canali di ingresso regolare e formazione pre-partenza', en: 'legal entry channels and pre-departure training', fr: "voies d'entrée légale et formation avant le départ" },
    beneficiaries: ['REGION', 'UNIVERSITY', 'THIRD_SECTOR_BODY'],
    priorities: ['LEGAL_ENTRY_CHANNELS'],
  },
  {
    title: {
      it: 'rafforzamento della governance multilivello e dei servizi territoriali per l’integrazione',
      en: 'strengthening multilevel governance and local integration services',
    },
    beneficiaries: ['REGION', 'MUNICIPALITY'],
    priorities: ['COOPERATION_BETWEEN_ACTORS'],
  },
  {
    title: { it: 'riconoscimento delle competenze e dei titoli di studio', en: 'recognition of skills and qualifications', fr: 'reconnaissance des compétences et des diplômes' },
    beneficiaries: ['UNIVERSITY', 'REGION', 'THIRD_SECTOR_BODY'],
    priorities: ['YOUNG_PEOPLE_AND_WORKERS', 'DECENT_WORK'],
  },
  {
    title: { it: 'imprenditoria migrante e accesso al credito', en: 'migrant entrepreneurship and access to credit', es: 'emprendimiento migrante y acceso al crédito' },
    beneficiaries: ['THIRD_SECTOR_BODY', 'ASSOCIATION'],
    priorities: ['DECENT_WORK', 'MIGRANT_WOMEN'],
  },
];
