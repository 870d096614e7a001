/**
 * EU funding sources: the real main programmes of the 2021-2027 period that pay for integration.
 * Budgets are plausible orders of magnitude, in cents.
 */
import { euro, type SourceSpec } from './types.js';
import { COMMISSION, INTERIOR, LABOUR_POVERTY } from './authorities.js';

export const EU_SOURCES: readonly SourceSpec[] = [
  {
    id: 'FS-FAMI-2021-2027',
    shortName: 'FAMI',
    name: {
      it: 'Programma nazionale FAMI 2021-2027 (Fondo Asilo, Migrazione e Integrazione)',
      en: 'National Programme AMIF 2021-2027 (Asylum, Migration and Integration Fund)',
      fr: "Programme national FAMI 2021-2027 (Fonds Asile, Migration et Intégration)",
      es: 'Programa nacional FAMI 2021-2027 (Fondo de Asilo, Migración e Integración)',
      ar: 'البرنامج الوطني لصندوق اللجوء والهجرة والاندماج 2021-2027',
      zh: '2021-2027年庇护、移民和融合基金国家计划',
    },
    level: 'EU', kind: 'ORDINARY', programmingPeriod: '2021-2027',
    totalBudgetCents: euro(831_562_432), cofinancingRateBp: 7500, managingAuthority: INTERIOR,
    priorities: ['COOPERATION_BETWEEN_ACTORS', 'DECENT_WORK', 'VULNERABLE_MIGRANTS', 'YOUNG_PEOPLE_AND_WORKERS', 'MIGRANT_WOMEN', 'LEGAL_ENTRY_CHANNELS'],
    calls: 12, grantEuro: [180_000, 2_400_000],
  },
  {
    id: 'FS-FSEPLUS-INCLUSIONE-2021-2027',
    shortName: 'PN Inclusione',
    name: {
      it: 'PN Inclusione e lotta alla povertà 2021-2027 (FSE+)',
      en: 'National Programme Inclusion and Fight against Poverty 2021-2027 (ESF+)',
      fr: 'PN Inclusion et lutte contre la pauvreté 2021-2027 (FSE+)',
      es: 'PN Inclusión y lucha contra la pobreza 2021-2027 (FSE+)',
    },
    level: 'EU', kind: 'ORDINARY', programmingPeriod: '2021-2027',
    totalBudgetCents: euro(4_079_544_782), cofinancingRateBp: 6000, managingAuthority: LABOUR_POVERTY,
    priorities: ['DECENT_WORK', 'VULNERABLE_MIGRANTS', 'MIGRANT_WOMEN', 'YOUNG_PEOPLE_AND_WORKERS'],
    calls: 8, grantEuro: [150_000, 1_800_000],
  },
  {
    id: 'FS-PN-METRO-PLUS-2021-2027',
    shortName: 'PN Metro Plus',
    name: { it: 'PN Metro Plus e città medie Sud 2021-2027', en: 'National Programme Metro Plus and Medium-sized Southern Cities 2021-2027', fr: 'PN Metro Plus et villes moyennes du Sud 2021-2027' },
    level: 'EU', kind: 'ORDINARY', programmingPeriod: '2021-2027',
    totalBudgetCents: euro(3_002_456_000), cofinancingRateBp: 6000,
    managingAuthority: { it: 'Agenzia per la Coesione Territoriale', en: 'Agency for Territorial Cohesion', fr: 'Agence pour la cohésion territoriale' },
    priorities: ['VULNERABLE_MIGRANTS', 'COOPERATION_BETWEEN_ACTORS', 'PARTICIPATION_CULTURE_AND_SPORT'],
    // The 14 metropolitan cities and the medium-sized cities of the South.
    fundsRegions: ['01', '03', '05', '07', '08', '09', '12', '15', '16', '17', '18', '19', '20'],
    calls: 5, grantEuro: [200_000, 2_000_000],
  },
  {
    id: 'FS-PN-SCUOLA-2021-2027',
    shortName: 'PN Scuola',
    name: { it: 'PN Scuola e competenze 2021-2027', en: 'National Programme School and Skills 2021-2027', es: 'PN Escuela y competencias 2021-2027' },
    level: 'EU', kind: 'ORDINARY', programmingPeriod: '2021-2027',
    totalBudgetCents: euro(3_781_234_800), cofinancingRateBp: 6000,
    managingAuthority: { it: "Ministero dell'Istruzione e del Merito – Unità di missione PNRR e Fondi strutturali", en: 'Ministry of Education and Merit – Structural Funds Unit' },
    priorities: ['YOUNG_PEOPLE_AND_WORKERS', 'PARTICIPATION_CULTURE_AND_SPORT'],
    calls: 5, grantEuro: [60_000, 600_000],
  },
  {
    id: 'FS-CERV-2021-2027',
    shortName: 'CERV',
    name: { it: 'Programma CERV – Cittadini, uguaglianza, diritti e valori 2021-2027', en: 'CERV Programme – Citizens, Equality, Rights and Values 2021-2027', fr: 'Programme CERV – Citoyens, égalité, droits et valeurs 2021-2027' },
    level: 'EU', kind: 'ORDINARY', programmingPeriod: '2021-2027',
    totalBudgetCents: euro(1_555_000_000), cofinancingRateBp: 9000,
    managingAuthority: { it: "Commissione europea – Agenzia esecutiva europea per l'istruzione e la cultura (EACEA)", en: 'European Commission – European Education and Culture Executive Agency (EACEA)' },
    priorities: ['PARTICIPATION_CULTURE_AND_SPORT', 'MIGRANT_WOMEN', 'COOPERATION_BETWEEN_ACTORS'],
    calls: 4, grantEuro: [50_000, 450_000],
  },
  {
    id: 'FS-ERASMUSPLUS-2021-2027',
    shortName: 'Erasmus+',
    name: { it: 'Erasmus+ 2021-2027', en: 'Erasmus+ 2021-2027', fr: 'Erasmus+ 2021-2027', es: 'Erasmus+ 2021-2027' },
    level: 'EU', kind: 'ORDINARY', programmingPeriod: '2021-2027',
    totalBudgetCents: euro(26_200_000_000), cofinancingRateBp: 10000,
    managingAuthority: { it: 'Commissione europea – Agenzie nazionali Erasmus+ (INDIRE, INAPP, Agenzia Nazionale per i Giovani)', en: 'European Commission – Erasmus+ national agencies (INDIRE, INAPP, National Youth Agency)' },
    priorities: ['YOUNG_PEOPLE_AND_WORKERS', 'PARTICIPATION_CULTURE_AND_SPORT'],
    calls: 4, grantEuro: [40_000, 400_000],
  },
  {
    id: 'FS-EASI-2021-2027',
    shortName: 'EaSI',
    name: { it: "FSE+ – Componente Occupazione e innovazione sociale (EaSI) 2021-2027", en: 'ESF+ Employment and Social Innovation strand (EaSI) 2021-2027', fr: "FSE+ – Volet Emploi et innovation sociale (EaSI) 2021-2027" },
    level: 'EU', kind: 'ORDINARY', programmingPeriod: '2021-2027',
    totalBudgetCents: euro(762_000_000), cofinancingRateBp: 8000, managingAuthority: COMMISSION,
    priorities: ['DECENT_WORK', 'COOPERATION_BETWEEN_ACTORS'],
    calls: 3, grantEuro: [100_000, 900_000],
  },
  {
    id: 'FS-PNRR-M5C2-2021-2026',
    shortName: 'PNRR M5C2',
    name: { it: 'PNRR Missione 5 Componente 2 – Infrastrutture sociali, famiglie, comunità e terzo settore', en: 'NRRP Mission 5 Component 2 – Social infrastructure, families, communities and the third sector' },
    level: 'EU', kind: 'ORDINARY', programmingPeriod: '2021-2026',
    totalBudgetCents: euro(11_170_000_000), cofinancingRateBp: 10000, managingAuthority: LABOUR_POVERTY,
    priorities: ['VULNERABLE_MIGRANTS', 'DECENT_WORK'],
    calls: 3, grantEuro: [250_000, 2_500_000],
  },
];
