/**
 * The 14 main foreign communities living in Italy that the Portal reports on every year since
 * 2012, with the adjectives the reports' titles use (Italian and English). Names of countries in
 * the other languages come from Unicode CLDR (`Intl.DisplayNames`), never from tables here.
 */
export interface ReportedCommunity {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** Italian adjective, feminine singular (for "la comunità ..."). */
  readonly adjectiveIt: string;
  readonly adjectiveEn: string;
  /** Residents in Italy with this citizenship in 2012, in thousands (order of magnitude of the reports). */
  readonly residents2012: number;
  /** Yearly growth of residents, per cent (negative: shrinking). */
  readonly growth: number;
  /** Share of women, per cent. */
  readonly women: number;
}

export const REPORTED_COMMUNITIES: readonly ReportedCommunity[] = [
  {
    code: 'PH',
    adjectiveIt: 'filippina',
    adjectiveEn: 'Philippine',
    residents2012: 152,
    growth: 1,
    women: 57,
  },
  {
    code: 'MA',
    adjectiveIt: 'marocchina',
    adjectiveEn: 'Moroccan',
    residents2012: 513,
    growth: -1,
    women: 45,
  },
  { code: 'TN', adjectiveIt: 'tunisina', adjectiveEn: 'Tunisian', residents2012: 122, growth: -1, women: 38 },
  { code: 'AL', adjectiveIt: 'albanese', adjectiveEn: 'Albanian', residents2012: 497, growth: -1, women: 48 },
  { code: 'MD', adjectiveIt: 'moldava', adjectiveEn: 'Moldovan', residents2012: 147, growth: -2, women: 67 },
  { code: 'UA', adjectiveIt: 'ucraina', adjectiveEn: 'Ukrainian', residents2012: 224, growth: 2, women: 78 },
  { code: 'EG', adjectiveIt: 'egiziana', adjectiveEn: 'Egyptian', residents2012: 140, growth: 1, women: 32 },
  {
    code: 'LK',
    adjectiveIt: 'srilankese',
    adjectiveEn: 'Sri Lankan',
    residents2012: 95,
    growth: 1,
    women: 47,
  },
  {
    code: 'PE',
    adjectiveIt: 'peruviana',
    adjectiveEn: 'Peruvian',
    residents2012: 109,
    growth: -1,
    women: 59,
  },
  {
    code: 'EC',
    adjectiveIt: 'ecuadoriana',
    adjectiveEn: 'Ecuadorian',
    residents2012: 91,
    growth: -2,
    women: 57,
  },
  { code: 'CN', adjectiveIt: 'cinese', adjectiveEn: 'Chinese', residents2012: 305, growth: 1, women: 49 },
  { code: 'IN', adjectiveIt: 'indiana', adjectiveEn: 'Indian', residents2012: 157, growth: 2, women: 41 },
  {
    code: 'SN',
    adjectiveIt: 'senegalese',
    adjectiveEn: 'Senegalese',
    residents2012: 98,
    growth: 2,
    women: 26,
  },
  { code: 'RS', adjectiveIt: 'serba', adjectiveEn: 'Serbian', residents2012: 66, growth: -3, women: 47 },
];

/** The first year of the community reports and the last one seeded. */
export const FIRST_COMMUNITY_REPORT_YEAR = 2012;
/** The first edition of "Migrants in the Italian Labour Market". */
export const FIRST_LABOUR_MARKET_YEAR = 2011;
export const LAST_SEEDED_REPORT_YEAR = 2025;

/** The 14 reported communities by code. */
export const communityByCode = (code: string): ReportedCommunity | undefined =>
  REPORTED_COMMUNITIES.find((c) => c.code === code);
