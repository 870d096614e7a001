/**
 * Regional, local, private and innovative funding sources. Territories come from lib/istat.ts
 * (never invented): a municipal line names its municipality by ISTAT code and the region is derived.
 */
import { findMunicipality, istat } from '../../../../../lib/istat.js';
import { euro, type SourceSpec } from './types.js';

function region(code: string) {
  const found = istat().regions.find((r) => r.code === code);
  if (!found) throw new Error(`unknown ISTAT region ${code}`);
  return found;
}

// [region, ESF+ budget in euro, EU share in basis points]: less developed regions get a higher EU share.
const ESF_REGIONAL: readonly (readonly [string, number, number])[] = [
  ['03', 1_507_162_000, 4000],
  ['01', 1_318_300_000, 4000],
  ['08', 1_024_200_000, 4000],
  ['12', 1_602_500_000, 4000],
  ['15', 1_438_700_000, 6000],
  ['09', 1_084_400_000, 4000],
  ['05', 1_031_400_000, 4000],
  ['16', 1_215_900_000, 6000],
  ['19', 1_476_500_000, 6000],
];

const regionalEsf: SourceSpec[] = ESF_REGIONAL.map(([code, budget, rate]) => {
  const { nameIt, nameEn } = region(code);
  return {
    id: `FS-PR-FSEPLUS-${code}-2021-2027`,
    shortName: `PR FSE+ ${nameIt}`,
    name: { it: `Programma regionale FSE+ 2021-2027 – Regione ${nameIt}`, en: `ESF+ Regional Programme 2021-2027 – ${nameEn} Region` },
    level: 'REGIONAL', kind: 'ORDINARY', programmingPeriod: '2021-2027',
    totalBudgetCents: euro(budget), cofinancingRateBp: rate,
    managingAuthority: { it: `Regione ${nameIt} – Autorità di gestione del PR FSE+`, en: `${nameEn} Region – Managing authority of the ESF+ Regional Programme` },
    priorities: ['DECENT_WORK', 'YOUNG_PEOPLE_AND_WORKERS', 'MIGRANT_WOMEN', 'VULNERABLE_MIGRANTS'],
    regionCode: code, fundsRegions: [code], calls: 3, grantEuro: [80_000, 1_200_000],
  };
});

// Regional laws on immigration that fund three-year integration plans.
const REGIONAL_LAWS: readonly (readonly [string, string, string, number])[] = [
  ['08', 'L.R. 5/2004', 'ER', 6_000_000],
  ['16', 'L.R. 32/2009', 'PUGLIA', 4_500_000],
  ['12', 'L.R. 10/2008', 'LAZIO', 3_000_000],
  ['09', 'L.R. 29/2009', 'TOSCANA', 3_600_000],
];

const regionalFunds: SourceSpec[] = REGIONAL_LAWS.map(([code, law, tag, budget]) => {
  const { nameIt, nameEn } = region(code);
  return {
    id: `FS-REG-${tag}-IMMIGRAZIONE`,
    shortName: `Regione ${nameIt}`,
    name: {
      it: `Regione ${nameIt} – Fondo regionale per l'integrazione dei cittadini stranieri (${law})`,
      en: `${nameEn} Region – Regional fund for the integration of foreign citizens (${law})`,
    },
    level: 'REGIONAL', kind: 'ORDINARY', programmingPeriod: '2024-2026',
    totalBudgetCents: euro(budget), cofinancingRateBp: 10000,
    managingAuthority: { it: `Regione ${nameIt} – Assessorato alle politiche sociali`, en: `${nameEn} Region – Department of Social Policies` },
    priorities: ['COOPERATION_BETWEEN_ACTORS', 'PARTICIPATION_CULTURE_AND_SPORT', 'MIGRANT_WOMEN'],
    regionCode: code, fundsRegions: [code], calls: 2, grantEuro: [30_000, 300_000],
  };
});

// [ISTAT code, English name, three-year budget in euro, tag]
const CITIES: readonly (readonly [string, string, number, string])[] = [
  ['015146', 'Milan', 12_400_000, 'MILANO'],
  ['058091', 'Rome', 14_800_000, 'ROMA'],
  ['001272', 'Turin', 7_900_000, 'TORINO'],
  ['063049', 'Naples', 6_200_000, 'NAPOLI'],
  ['037006', 'Bologna', 5_300_000, 'BOLOGNA'],
  ['082053', 'Palermo', 3_900_000, 'PALERMO'],
  ['010025', 'Genoa', 3_100_000, 'GENOVA'],
  ['048017', 'Florence', 3_600_000, 'FIRENZE'],
  ['072006', 'Bari', 2_700_000, 'BARI'],
];

function municipality(code: string) {
  const found = findMunicipality(code);
  if (!found) throw new Error(`unknown ISTAT municipality ${code}`);
  return found;
}

const municipalLines: SourceSpec[] = CITIES.map(([code, nameEn, budget, tag]) => {
  const city = municipality(code);
  return {
    id: `FS-COMUNE-${tag}`,
    shortName: `Comune di ${city.name}`,
    name: { it: `Comune di ${city.name} – Bilancio comunale, politiche per l'inclusione dei cittadini stranieri`, en: `City of ${nameEn} – Municipal budget line for the inclusion of foreign citizens` },
    level: 'LOCAL', kind: 'ORDINARY', programmingPeriod: '2024-2026',
    totalBudgetCents: euro(budget), cofinancingRateBp: 10000,
    managingAuthority: { it: `Comune di ${city.name} – Direzione Politiche sociali`, en: `City of ${nameEn} – Social Policies Directorate` },
    priorities: ['COOPERATION_BETWEEN_ACTORS', 'VULNERABLE_MIGRANTS', 'PARTICIPATION_CULTURE_AND_SPORT'],
    regionCode: city.regionCode, municipalityCode: code, fundsRegions: [city.regionCode], calls: 1, grantEuro: [30_000, 400_000],
  };
});

const milan = municipality('015146');
const FOUNDATION_PRIORITIES = ['VULNERABLE_MIGRANTS', 'YOUNG_PEOPLE_AND_WORKERS', 'MIGRANT_WOMEN', 'PARTICIPATION_CULTURE_AND_SPORT'] as const;

// [id tag, Italian name, English name, region (null: several), budget in euro]
const FOUNDATIONS: readonly (readonly [string, string, string, string | null, number])[] = [
  ['CARIPLO', 'Fondazione Cariplo', 'Cariplo Foundation', '03', 48_000_000],
  ['COMPAGNIA-SAN-PAOLO', 'Fondazione Compagnia di San Paolo', 'Compagnia di San Paolo Foundation', '01', 36_000_000],
  ['CRT', 'Fondazione CRT', 'CRT Foundation', '01', 14_000_000],
  ['CON-IL-SUD', 'Fondazione con il Sud', 'Foundation with the South', null, 22_000_000],
  ['CARIPARO', 'Fondazione Cassa di Risparmio di Padova e Rovigo', 'Cassa di Risparmio di Padova e Rovigo Foundation', '05', 11_500_000],
  ['CR-FIRENZE', 'Fondazione CR Firenze', 'CR Firenze Foundation', '09', 9_800_000],
  ['DEL-MONTE', 'Fondazione del Monte di Bologna e Ravenna', 'Del Monte Foundation of Bologna and Ravenna', '08', 4_200_000],
];

const foundations: SourceSpec[] = FOUNDATIONS.map(([tag, it, en, regionCode, budget]) => ({
  id: `FS-FONDAZIONE-${tag}`,
  shortName: it,
  name: { it: `${it} – Bandi per l'inclusione dei migranti`, en: `${en} – Grants for the inclusion of migrants` },
  level: 'PRIVATE', kind: 'INNOVATIVE', programmingPeriod: '2024-2026',
  totalBudgetCents: euro(budget), cofinancingRateBp: 5000,
  managingAuthority: { it, en },
  priorities: FOUNDATION_PRIORITIES,
  ...(regionCode ? { regionCode, fundsRegions: [regionCode] } : { fundsRegions: ['15', '16', '17', '18', '19', '20'] }),
  calls: 2, grantEuro: [20_000, 500_000],
}));

const alternative: SourceSpec[] = [
  {
    id: 'FS-SIB-LAVORO-RIFUGIATI',
    shortName: 'SIB Lavoro',
    name: { it: "Social impact bond per l'inserimento lavorativo di rifugiati e titolari di protezione", en: 'Social impact bond for the labour integration of refugees and beneficiaries of protection', fr: "Contrat à impact social pour l'insertion professionnelle des réfugiés" },
    level: 'PRIVATE', kind: 'INNOVATIVE', programmingPeriod: '2025-2029',
    totalBudgetCents: euro(5_000_000), cofinancingRateBp: 6000,
    managingAuthority: { it: 'Fondo per l\'innovazione sociale – Presidenza del Consiglio dei Ministri, con investitori privati', en: 'Social Innovation Fund – Presidency of the Council of Ministers, with private investors' },
    priorities: ['DECENT_WORK', 'YOUNG_PEOPLE_AND_WORKERS'],
    fundsRegions: ['01', '03', '08', '12'], calls: 1, grantEuro: [150_000, 900_000],
  },
  {
    id: 'FS-CROWDFUNDING-CIVICO-MILANO',
    shortName: 'Crowdfunding civico',
    name: { it: 'Crowdfunding civico del Comune di Milano', en: 'City of Milan civic crowdfunding', es: 'Crowdfunding cívico del Ayuntamiento de Milán' },
    level: 'LOCAL', kind: 'INNOVATIVE', programmingPeriod: '2024-2026',
    totalBudgetCents: euro(900_000), cofinancingRateBp: 5000,
    managingAuthority: { it: 'Comune di Milano – Area Economia Urbana e Lavoro', en: 'City of Milan – Urban Economy and Labour Area' },
    priorities: ['PARTICIPATION_CULTURE_AND_SPORT', 'COOPERATION_BETWEEN_ACTORS'],
    regionCode: milan.regionCode, municipalityCode: milan.istatCode, fundsRegions: [milan.regionCode], calls: 2, grantEuro: [15_000, 80_000],
  },
  {
    id: 'FS-FONDO-IMPATTO-MIGRANTI',
    shortName: 'Fondo a impatto',
    name: { it: "Fondo di investimento a impatto sociale per l'inclusione economica dei migranti", en: 'Social impact investment fund for the economic inclusion of migrants' },
    level: 'PRIVATE', kind: 'INNOVATIVE', programmingPeriod: '2023-2030',
    totalBudgetCents: euro(30_000_000), cofinancingRateBp: 10000,
    managingAuthority: { it: 'Società di gestione del risparmio del fondo a impatto, con Cassa Depositi e Prestiti', en: 'Impact fund asset management company, with Cassa Depositi e Prestiti' },
    priorities: ['DECENT_WORK', 'MIGRANT_WOMEN'],
    calls: 1, grantEuro: [100_000, 1_000_000],
  },
  {
    id: 'FS-OTTO-PER-MILLE-VALDESE',
    shortName: 'Otto per mille',
    name: { it: 'Otto per mille della Chiesa Valdese – Interventi per migranti e rifugiati', en: 'Waldensian Church "eight per thousand" – Projects for migrants and refugees' },
    level: 'PRIVATE', kind: 'INNOVATIVE', programmingPeriod: '2024-2026',
    totalBudgetCents: euro(39_600_000), cofinancingRateBp: 9000,
    managingAuthority: { it: 'Unione delle Chiese Metodiste e Valdesi – Ufficio Otto per mille', en: 'Union of Methodist and Waldensian Churches – Eight per Thousand Office' },
    priorities: ['VULNERABLE_MIGRANTS', 'LEGAL_ENTRY_CHANNELS', 'MIGRANT_WOMEN'],
    calls: 2, grantEuro: [20_000, 250_000],
  },
];

export const TERRITORIAL_SOURCES: readonly SourceSpec[] = [...regionalEsf, ...regionalFunds, ...municipalLines, ...foundations, ...alternative];
