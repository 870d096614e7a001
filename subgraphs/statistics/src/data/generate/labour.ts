/**
 * Foreign workers in each region's labour market, yearly averages from 2019 to 2025. The working-age
 * population is the region's generated foreign residents aged 15-64 (about 72% of them); employment
 * and unemployment follow the North-South gap and the years' economy (the 2020 pandemic, the
 * recovery after), so that Italy's figures stay near 60% employment and 11-14% unemployment.
 */
import type { Random } from '../../../../../lib/random.js';
import type { LabourMarketTable, ResidentFigureTable } from '../tables.js';

export const LABOUR_YEARS: readonly number[] = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

const NORTH = new Set(['01', '02', '03', '04', '05', '06', '07', '08']);
const CENTRE = new Set(['09', '10', '11', '12']);

/** Percentage points added to the employment and unemployment rates in each year. */
const YEAR_EFFECT: Readonly<Record<number, readonly [employment: number, unemployment: number]>> = {
  2019: [0, 0], 2020: [-3.5, -0.4], 2021: [-2.2, 0.8], 2022: [0.3, -1], 2023: [1.4, -2], 2024: [2, -2.8], 2025: [2.4, -3.2],
};

/** Every region's figures in every year held, from the residents of 1 January of the same year. */
export function buildLabour(residents: readonly ResidentFigureTable[], rng: Random): LabourMarketTable[] {
  const foreign = new Map<string, number>();
  for (const r of residents) {
    const key = `${r.region_code}:${r.year}`;
    foreign.set(key, (foreign.get(key) ?? 0) + r.total);
  }
  const regions = [...new Set(residents.map((r) => r.region_code))].sort();
  const rows: LabourMarketTable[] = [];
  for (const region of regions) {
    const [employmentBase, unemploymentBase] = NORTH.has(region) ? [62, 11] : CENTRE.has(region) ? [61, 12.5] : [55, 15.5];
    const own = [rng.next() * 4 - 2, rng.next() * 3 - 1.5];
    for (const year of LABOUR_YEARS) {
      const [employmentEffect, unemploymentEffect] = YEAR_EFFECT[year] ?? [0, 0];
      const population = Math.round((foreign.get(`${region}:${year}`) ?? 0) * (0.71 + rng.next() * 0.02));
      const employmentRate = (employmentBase + employmentEffect + (own[0] as number) + rng.next() - 0.5) / 100;
      const unemploymentRate = (unemploymentBase + unemploymentEffect + (own[1] as number) + rng.next() - 0.5) / 100;
      const employed = Math.round(population * employmentRate);
      const unemployed = Math.round((employed * unemploymentRate) / (1 - unemploymentRate));
      rows.push({ region_code: region, year, population, employed, unemployed });
    }
  }
  return rows;
}
