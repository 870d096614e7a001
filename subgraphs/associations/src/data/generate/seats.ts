/**
 * Where associations have their seat: regions weighted by population (and by where a community
 * mostly lives), municipalities favouring provincial capitals, metropolitan ones most. Only real
 * ISTAT territories from lib/istat.ts.
 */
import { istat, type MunicipalityRef } from '../../../../../lib/istat.js';
import type { Random } from '../../../../../lib/random.js';
import type { Community } from './communities.js';

/** Share of seats in a provincial capital rather than in another municipality of the region. */
const CAPITAL_SHARE = 0.75;
/**
 * Foreign residents per 100 inhabitants by region (ISTAT, 1 January 2023): migrants' associations
 * follow where migrants live, which is the centre-north far more than the south.
 */
const FOREIGN_SHARE: Readonly<Record<string, number>> = {
  '01': 9.8, '02': 6.5, '03': 11.6, '04': 9.3, '05': 10, '06': 9.5, '07': 9.6, '08': 12.3, '09': 11.1, '10': 10.5,
  '11': 8.4, '12': 10.9, '13': 6.5, '14': 4.2, '15': 4.5, '16': 3.5, '17': 4.3, '18': 5.4, '19': 3.9, '20': 3.1,
};
/** A metropolitan city's capital counts this many times an ordinary provincial capital. */
const METROPOLITAN_WEIGHT = 5;

interface RegionSeats {
  readonly code: string;
  readonly population: number;
  readonly capitals: readonly MunicipalityRef[];
  readonly others: readonly MunicipalityRef[];
}

let cached: RegionSeats[] | undefined;

function regions(): RegionSeats[] {
  if (cached) return cached;
  const { regions: all, provinces, municipalities } = istat();
  const metropolitan = new Set(provinces.filter((p) => p.isMetropolitanCity).map((p) => p.code));
  cached = all.map((region) => {
    const inRegion = municipalities.filter((m) => m.regionCode === region.code);
    const capitals = inRegion.filter((m) => m.isProvincialCapital);
    // Repeating metropolitan capitals in the list weights them without a second weight function.
    const weighted = capitals.flatMap((m) => (metropolitan.has(m.provinceCode) ? Array<MunicipalityRef>(METROPOLITAN_WEIGHT).fill(m) : [m]));
    return { code: region.code, population: region.populationThousands * (FOREIGN_SHARE[region.code] ?? 8), capitals: weighted, others: inRegion.filter((m) => !m.isProvincialCapital) };
  });
  return cached;
}

/** Picks a seat for an association representing `communities` (none: by population only). */
export function pickSeat(random: Random, communities: readonly Community[]): MunicipalityRef {
  const multiplier = (code: string) =>
    communities.length === 0 ? 1 : communities.reduce((sum, c) => sum + (c.regions?.[code] ?? 1), 0) / communities.length;
  const region = random.weighted(regions(), (r) => r.population * multiplier(r.code));
  if (region.others.length === 0 || random.chance(CAPITAL_SHARE)) return random.pick(region.capitals);
  return random.pick(region.others);
}

/** The seat's name as it reads in an association's name ("Bolzano", not "Bolzano/Bozen"). */
export function cityName(municipality: MunicipalityRef): string {
  return municipality.name.split('/')[0] as string;
}
