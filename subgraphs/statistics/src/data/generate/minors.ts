/**
 * The census of unaccompanied foreign minors: every region, every month from January 2024 to
 * December 2026, by age band, gender and citizenship. Italy's total falls from about 21,000 to
 * 16,500 in 2025 and recovers in 2026, peaking with the late summer's arrivals; Sicily, where
 * most minors land, and Lombardy hold the most. Most minors are boys of 16 and 17; Ukrainian minors are younger and half
 * of them girls. Cells are drawn with stochastic rounding, so small cells are often empty (not stored).
 */
import type { Random } from '../../../../../lib/random.js';
import type { MinorAgeBand } from '../../__generated__/resolvers-types.js';
import { monthIndex } from '../../../../../lib/months.js';
import type { MinorsCensusTable } from '../tables.js';

export const FIRST_CENSUS_MONTH = monthIndex(2024, 1);
export const LAST_CENSUS_MONTH = monthIndex(2026, 12);

/** How many of Italy's unaccompanied minors each region hosts, about in percent. */
const REGION_PERCENT: Readonly<Record<string, number>> = {
  '19': 21, '03': 13, '08': 8.5, '15': 7, '12': 6.5, '06': 6, '16': 5, '09': 5, '01': 4.2, '18': 4,
  '05': 3.6, '07': 3, '11': 1.7, '20': 1.6, '13': 1.6, '17': 1.6, '04': 1.5, '14': 1.1, '10': 0.9, '02': 0.2,
};

type Ages = readonly [number, number, number, number, number];
interface Origin {
  readonly code: string;
  /** Percent of the minors at the start of 2024 and at the end of 2026. */
  readonly percent: readonly [number, number];
  readonly femalePercent: number;
  readonly ages?: Ages;
  /** Regions where the community's minors are more (or less) than elsewhere. */
  readonly regions?: Readonly<Record<string, number>>;
}

export const AGE_BANDS: readonly MinorAgeBand[] = ['AGE_0_6', 'AGE_7_14', 'AGE_15', 'AGE_16', 'AGE_17'];
const TYPICAL_AGES: Ages = [0.01, 0.07, 0.12, 0.26, 0.54];
const LANDING = { '19': 1.8, '18': 1.5, '16': 1.3 };
const BALKAN_ROUTE = { '06': 3, '05': 1.3, '03': 1.2 };

const ORIGINS: readonly Origin[] = [
  { code: 'EG', percent: [19, 23], femalePercent: 1, regions: { '03': 1.6, '12': 1.4, '01': 1.2 } },
  { code: 'UA', percent: [16, 7], femalePercent: 48, ages: [0.14, 0.4, 0.13, 0.15, 0.18], regions: { '15': 1.6, '12': 1.4, '08': 1.3, '19': 0.3 } },
  { code: 'TN', percent: [9, 9], femalePercent: 4, regions: { '19': 1.6, '08': 1.3 } },
  { code: 'GM', percent: [8, 7], femalePercent: 2, regions: LANDING },
  { code: 'GN', percent: [7, 9], femalePercent: 8, regions: LANDING },
  { code: 'AL', percent: [6, 6], femalePercent: 5, regions: { '09': 1.6, '08': 1.5, '03': 1.3, '19': 0.2 } },
  { code: 'BD', percent: [6, 7], femalePercent: 1, regions: { ...BALKAN_ROUTE, '12': 1.5 } },
  { code: 'PK', percent: [5, 6], femalePercent: 1, regions: BALKAN_ROUTE },
  { code: 'CI', percent: [5, 6], femalePercent: 15, regions: LANDING },
  { code: 'ML', percent: [4, 5], femalePercent: 2, regions: LANDING },
  { code: 'SN', percent: [3, 3], femalePercent: 2, regions: { '03': 1.2, '19': 1.3 } },
  { code: 'SO', percent: [2, 2.5], femalePercent: 15, regions: LANDING },
  { code: 'AF', percent: [2, 2], femalePercent: 3, regions: BALKAN_ROUTE },
  { code: 'SD', percent: [1.5, 2.5], femalePercent: 5, regions: LANDING },
  { code: 'ER', percent: [1.5, 1.5], femalePercent: 20, regions: LANDING },
  { code: 'NG', percent: [1.5, 1.5], femalePercent: 35, regions: { '15': 1.4, '05': 1.3 } },
  { code: 'MA', percent: [1.5, 1.5], femalePercent: 6, regions: { '03': 1.3, '08': 1.3 } },
  { code: 'SY', percent: [1, 1.5], femalePercent: 10, regions: LANDING },
];

/** Italy's total in a month: a slow decline through 2025, a recovery in 2026, an autumn peak. */
function nationalLevel(index: number): number {
  const t = (index - FIRST_CENSUS_MONTH) / (LAST_CENSUS_MONTH - FIRST_CENSUS_MONTH);
  const trend = 21_500 - 14_000 * t + 10_000 * t * t;
  const month = index % 12;
  const season = 1 + 0.07 * Math.sin(((month - 5) / 12) * 2 * Math.PI);
  return trend * season;
}

/** An integer whose expected value is `x`: empty cells stay possible without biasing totals. */
function stochasticRound(x: number, rng: Random): number {
  const floor = Math.floor(x);
  return floor + (rng.next() < x - floor ? 1 : 0);
}

/** Every non-empty cell of the census. */
export function buildMinors(rng: Random): MinorsCensusTable[] {
  const regions = Object.entries(REGION_PERCENT).sort(([a], [b]) => a.localeCompare(b));
  const percents = regions.reduce((sum, [, percent]) => sum + percent, 0);
  const drift = new Map(regions.map(([code]) => [code, 1]));
  const rows: MinorsCensusTable[] = [];
  for (let index = FIRST_CENSUS_MONTH; index <= LAST_CENSUS_MONTH; index++) {
    const t = (index - FIRST_CENSUS_MONTH) / (LAST_CENSUS_MONTH - FIRST_CENSUS_MONTH);
    const national = nationalLevel(index);
    for (const [region, percent] of regions) {
      // A region's share wanders a little from month to month (transfers between regions).
      const walk = Math.min(1.25, Math.max(0.8, (drift.get(region) ?? 1) * (0.97 + rng.next() * 0.06)));
      drift.set(region, walk);
      const hosted = (national * percent * walk) / percents;
      const weights = ORIGINS.map((o) => (o.percent[0] + (o.percent[1] - o.percent[0]) * t) * (o.regions?.[region] ?? 1));
      const sum = weights.reduce((a, b) => a + b, 0);
      ORIGINS.forEach((origin, o) => {
        const ofOrigin = (hosted * (weights[o] as number)) / sum;
        const ages = origin.ages ?? TYPICAL_AGES;
        for (const [g, gender] of (['FEMALE', 'MALE'] as const).entries()) {
          const genderShare = g === 0 ? origin.femalePercent / 100 : 1 - origin.femalePercent / 100;
          AGE_BANDS.forEach((ageBand, a) => {
            const minors = stochasticRound(ofOrigin * genderShare * (ages[a] as number), rng);
            if (minors > 0) rows.push({ month_index: index, region_code: region, age_band: ageBand, gender, citizenship: origin.code, minors });
          });
        }
      });
    }
  }
  return rows;
}
