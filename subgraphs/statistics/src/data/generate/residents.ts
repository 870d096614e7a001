/**
 * Foreign residents by province, citizenship and year. Each community's national total follows its
 * yearly trend from its 2024 level (with a little noise); it is spread over the provinces by their
 * weight (population times the region's foreign share) times the community's regional and
 * provincial preferences, and each province's share drifts slowly from year to year, so that every
 * series changes smoothly. Every citizenship has residents in every province.
 */
import type { Random } from '../../../../../lib/random.js';
import type { ResidentFigureTable } from '../tables.js';
import { CITIZENSHIPS, type CitizenshipProfile } from './communities.js';
import { provinceWeight, provinces } from './territory.js';

/** The years held: 1 January of each. */
export const RESIDENT_YEARS: readonly number[] = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const ANCHOR_YEAR = 2024;

const between = (rng: Random, min: number, max: number) => min + rng.next() * (max - min);

/** The community's national total in each year held. */
function nationalTotals(profile: CitizenshipProfile, rng: Random): Map<number, number> {
  const totals = new Map<number, number>();
  let noise = 1;
  for (const year of RESIDENT_YEARS) {
    noise *= between(rng, 0.992, 1.008);
    const trend = (1 + profile.trendPercent / 100) ** (year - ANCHOR_YEAR);
    const step = profile.before && year < profile.before[0] ? profile.before[1] : 1;
    totals.set(year, profile.thousands * 1000 * trend * step * noise);
  }
  return totals;
}

/** Rows of one citizenship: every province, every year. */
function rowsOf(profile: CitizenshipProfile, rng: Random): ResidentFigureTable[] {
  const places = provinces().map((province) => ({
    province,
    weight:
      provinceWeight(province) *
      (profile.regions[province.regionCode] ?? 1) *
      (profile.provinces[province.code] ?? 1) *
      between(rng, 0.75, 1.3),
    drift: between(rng, -0.015, 0.015),
    women: profile.womenPercent / 100 * between(rng, 0.92, 1.08),
  }));
  const rows: ResidentFigureTable[] = [];
  for (const [year, national] of nationalTotals(profile, rng)) {
    const weights = places.map((p) => p.weight * (1 + p.drift) ** (year - ANCHOR_YEAR));
    const sum = weights.reduce((a, b) => a + b, 0);
    places.forEach(({ province, women }, i) => {
      const total = Math.max(1, Math.round((national * (weights[i] as number)) / sum));
      rows.push({
        year,
        province_code: province.code,
        region_code: province.regionCode,
        citizenship: profile.code,
        total,
        women: Math.min(total, Math.round(total * women)),
      });
    });
  }
  return rows;
}

/** Every row of the residents' data set. */
export function buildResidents(rng: Random): ResidentFigureTable[] {
  return CITIZENSHIPS.flatMap((profile) => rowsOf(profile, rng));
}
