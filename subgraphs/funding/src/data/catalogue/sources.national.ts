/**
 * National funding sources: the State's funds for migration, asylum, minors, social policies and
 * equal opportunities, and a national microcredit line. Budgets are plausible, in cents.
 */
import { euro, type SourceSpec } from './types.js';
import { INTERIOR, LABOUR_IMMIGRATION, LABOUR_POVERTY } from './authorities.js';

export const NATIONAL_SOURCES: readonly SourceSpec[] = [
  {
    id: 'FS-FNPM',
    shortName: 'FNPM',
    name: {
      it: 'Fondo nazionale per le politiche migratorie',
      en: 'National Fund for Migration Policies',
      fr: 'Fonds national pour les politiques migratoires',
      ar: 'الصندوق الوطني لسياسات الهجرة',
    },
    level: 'NATIONAL', kind: 'ORDINARY', programmingPeriod: '2024-2026',
    totalBudgetCents: euro(16_840_000), cofinancingRateBp: 10000, managingAuthority: LABOUR_IMMIGRATION,
    priorities: ['COOPERATION_BETWEEN_ACTORS', 'DECENT_WORK', 'MIGRANT_WOMEN', 'LEGAL_ENTRY_CHANNELS'],
    calls: 4, grantEuro: [60_000, 700_000],
  },
  {
    id: 'FS-FNPSA-SAI',
    shortName: 'FNPSA',
    name: { it: "Fondo nazionale per le politiche e i servizi dell'asilo (SAI)", en: 'National Fund for Asylum Policies and Services (SAI reception and integration system)', fr: "Fonds national pour les politiques et services d'asile (SAI)" },
    level: 'NATIONAL', kind: 'ORDINARY', programmingPeriod: '2023-2025',
    totalBudgetCents: euro(1_203_500_000), cofinancingRateBp: 9500, managingAuthority: INTERIOR,
    priorities: ['VULNERABLE_MIGRANTS', 'COOPERATION_BETWEEN_ACTORS'],
    calls: 3, grantEuro: [300_000, 3_000_000],
  },
  {
    id: 'FS-FONDO-MSNA',
    shortName: 'Fondo MSNA',
    name: { it: "Fondo per l'accoglienza dei minori stranieri non accompagnati", en: 'Fund for the Reception of Unaccompanied Foreign Minors', es: 'Fondo para la acogida de menores extranjeros no acompañados' },
    level: 'NATIONAL', kind: 'ORDINARY', programmingPeriod: '2024-2026',
    totalBudgetCents: euro(603_000_000), cofinancingRateBp: 10000, managingAuthority: INTERIOR,
    priorities: ['VULNERABLE_MIGRANTS', 'YOUNG_PEOPLE_AND_WORKERS'],
    calls: 3, grantEuro: [150_000, 1_500_000],
  },
  {
    id: 'FS-FONDO-POVERTA',
    shortName: 'Fondo Povertà',
    name: { it: "Fondo per la lotta alla povertà e all'esclusione sociale – Quota servizi", en: 'Fund to Fight Poverty and Social Exclusion – Services share' },
    level: 'NATIONAL', kind: 'ORDINARY', programmingPeriod: '2024-2026',
    totalBudgetCents: euro(1_857_000_000), cofinancingRateBp: 10000, managingAuthority: LABOUR_POVERTY,
    priorities: ['VULNERABLE_MIGRANTS', 'DECENT_WORK'],
    calls: 2, grantEuro: [100_000, 1_200_000],
  },
  {
    id: 'FS-FNPS',
    shortName: 'FNPS',
    name: { it: 'Fondo nazionale per le politiche sociali', en: 'National Fund for Social Policies' },
    level: 'NATIONAL', kind: 'ORDINARY', programmingPeriod: '2024-2026',
    totalBudgetCents: euro(1_173_900_000), cofinancingRateBp: 10000, managingAuthority: LABOUR_POVERTY,
    priorities: ['VULNERABLE_MIGRANTS', 'YOUNG_PEOPLE_AND_WORKERS'],
    calls: 2, grantEuro: [80_000, 900_000],
  },
  {
    id: 'FS-FONDO-PARI-OPPORTUNITA',
    shortName: 'Fondo Pari Opportunità',
    name: { it: 'Fondo per le politiche relative ai diritti e alle pari opportunità', en: 'Fund for Rights and Equal Opportunities Policies', fr: "Fonds pour les politiques en matière de droits et d'égalité des chances" },
    level: 'NATIONAL', kind: 'ORDINARY', programmingPeriod: '2024-2026',
    totalBudgetCents: euro(61_200_000), cofinancingRateBp: 10000,
    managingAuthority: { it: 'Presidenza del Consiglio dei Ministri – Dipartimento per le Pari Opportunità', en: 'Presidency of the Council of Ministers – Department for Equal Opportunities' },
    priorities: ['MIGRANT_WOMEN'],
    calls: 3, grantEuro: [40_000, 350_000],
  },
  {
    id: 'FS-SPORT-PERIFERIE',
    shortName: 'Sport e Periferie',
    name: { it: 'Fondo Sport e Periferie', en: 'Sport and Suburbs Fund', es: 'Fondo Deporte y Periferias' },
    level: 'NATIONAL', kind: 'ORDINARY', programmingPeriod: '2023-2025',
    totalBudgetCents: euro(100_000_000), cofinancingRateBp: 10000,
    managingAuthority: { it: 'Presidenza del Consiglio dei Ministri – Dipartimento per lo Sport', en: 'Presidency of the Council of Ministers – Department for Sport' },
    priorities: ['PARTICIPATION_CULTURE_AND_SPORT', 'YOUNG_PEOPLE_AND_WORKERS'],
    calls: 2, grantEuro: [50_000, 700_000],
  },
  {
    id: 'FS-UNAR-ANTIDISCRIMINAZIONE',
    shortName: 'UNAR',
    name: { it: 'UNAR – Fondo per il contrasto alle discriminazioni etnico-razziali', en: 'UNAR – Fund against Ethnic and Racial Discrimination' },
    level: 'NATIONAL', kind: 'ORDINARY', programmingPeriod: '2024-2026',
    totalBudgetCents: euro(5_400_000), cofinancingRateBp: 10000,
    managingAuthority: { it: 'Ufficio Nazionale Antidiscriminazioni Razziali (UNAR)', en: 'National Office against Racial Discrimination (UNAR)' },
    priorities: ['PARTICIPATION_CULTURE_AND_SPORT', 'COOPERATION_BETWEEN_ACTORS'],
    calls: 2, grantEuro: [20_000, 150_000],
  },
  {
    id: 'FS-ENM-MICROCREDITO',
    shortName: 'Microcredito',
    name: { it: "Ente Nazionale per il Microcredito – Fondo per l'imprenditoria dei cittadini migranti", en: 'National Microcredit Agency – Fund for Migrant Entrepreneurship' },
    level: 'NATIONAL', kind: 'INNOVATIVE', programmingPeriod: '2022-2027',
    totalBudgetCents: euro(12_500_000), cofinancingRateBp: 8000,
    managingAuthority: { it: 'Ente Nazionale per il Microcredito', en: 'National Microcredit Agency' },
    priorities: ['DECENT_WORK', 'MIGRANT_WOMEN'],
    calls: 2, grantEuro: [25_000, 250_000],
  },
];
