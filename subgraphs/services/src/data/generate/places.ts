/**
 * Where services are: spread over Italy in proportion to where people live (ISTAT regional
 * population), and within a region drawn towards provincial capitals and, most of all, the
 * metropolitan cities, then the rest of the municipalities. Territories come from lib/istat.ts.
 */
import { istat, type MunicipalityRef, type ProvinceRef, type RegionRef } from '../../../../../lib/istat.js';
import type { Random } from '../../../../../lib/random.js';
import type { Place } from './types.js';

/**
 * Residents (thousands, ISTAT 1 January 2024) of the metropolitan cities' capitals, by ISTAT
 * code: the package lists no municipal population, and these cities hold a large share of their
 * regions' people and an even larger share of their services.
 */
const METROPOLITAN_CAPITAL_THOUSANDS: Readonly<Record<string, number>> = {
  '058091': 2755, '015146': 1371, '063049': 910, '001272': 848, '082053': 630, '010025': 561, '037006': 390,
  '048017': 362, '072006': 316, '087015': 297, '027042': 250, '083048': 218, '080063': 171, '092009': 148,
};
/** Services concentrate in big cities more than people do. */
const METROPOLITAN_CONCENTRATION = 1.6;
/** At most this share of a region's services in one city (Rome holds 48% of Lazio's people). */
const MAX_METROPOLITAN_SHARE = 0.6;
// Relative chance of the other municipalities of a region.
const WEIGHT_PROVINCIAL_CAPITAL = 60;
const WEIGHT_METROPOLITAN_HINTERLAND = 2;
const WEIGHT_OTHER = 1;

interface Territory {
  readonly regions: readonly RegionRef[];
  readonly provinceByCode: ReadonlyMap<string, ProvinceRef>;
  readonly regionByCode: ReadonlyMap<string, RegionRef>;
  /** Every municipality of a region but its metropolitan capitals. */
  readonly municipalitiesOfRegion: ReadonlyMap<string, readonly MunicipalityRef[]>;
  /** The metropolitan capitals of a region, with the share of its services each draws. */
  readonly metropolitanOfRegion: ReadonlyMap<string, readonly { municipality: MunicipalityRef; share: number }[]>;
  /** One capital per province (the first by code where a province has several, e.g. BT). */
  readonly capitals: readonly MunicipalityRef[];
}

let cached: Territory | undefined;

function territory(): Territory {
  if (cached) return cached;
  const { regions, provinces, municipalities } = istat();
  const municipalitiesOfRegion = new Map<string, MunicipalityRef[]>();
  const metropolitanOfRegion = new Map<string, { municipality: MunicipalityRef; share: number }[]>();
  const capitalOf = new Map<string, MunicipalityRef>();
  const population = new Map(regions.map((r) => [r.code, r.populationThousands]));
  for (const m of municipalities) {
    if (m.isProvincialCapital && !capitalOf.has(m.provinceCode)) capitalOf.set(m.provinceCode, m);
    const residents = METROPOLITAN_CAPITAL_THOUSANDS[m.istatCode];
    if (residents) {
      const share = Math.min(MAX_METROPOLITAN_SHARE, (METROPOLITAN_CONCENTRATION * residents) / (population.get(m.regionCode) ?? Infinity));
      metropolitanOfRegion.set(m.regionCode, [...(metropolitanOfRegion.get(m.regionCode) ?? []), { municipality: m, share }]);
    } else {
      const list = municipalitiesOfRegion.get(m.regionCode) ?? [];
      list.push(m);
      municipalitiesOfRegion.set(m.regionCode, list);
    }
  }
  cached = {
    regions,
    metropolitanOfRegion,
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    regionByCode: new Map(regions.map((r) => [r.code, r])),
    municipalitiesOfRegion,
    capitals: provinces.map((p) => {
      const capital = capitalOf.get(p.code);
      if (!capital) throw new Error(`province ${p.code} has no capital in ISTAT's list`);
      return capital;
    }),
  };
  return cached;
}

/** The place of a municipality, with its province and region. */
export function placeOf(municipality: MunicipalityRef): Place {
  const { provinceByCode, regionByCode } = territory();
  const province = provinceByCode.get(municipality.provinceCode);
  const region = regionByCode.get(municipality.regionCode);
  if (!province || !region) throw new Error(`municipality ${municipality.istatCode} has no province or region`);
  return { municipality, province, region };
}

/** True for the capital of a metropolitan city (Turin, Milan, Naples...). */
export function isMetropolitanCapital(place: Place): boolean {
  return place.municipality.isProvincialCapital && place.province.isMetropolitanCity;
}

function weightOf(m: MunicipalityRef): number {
  if (m.isProvincialCapital) return WEIGHT_PROVINCIAL_CAPITAL;
  return territory().provinceByCode.get(m.provinceCode)?.isMetropolitanCity ? WEIGHT_METROPOLITAN_HINTERLAND : WEIGHT_OTHER;
}

/** One municipality of a region: a metropolitan capital with its share, else by the weights. */
function drawMunicipality(random: Random, regionCode: string): MunicipalityRef {
  const { municipalitiesOfRegion, metropolitanOfRegion } = territory();
  let r = random.next();
  for (const { municipality, share } of metropolitanOfRegion.get(regionCode) ?? []) {
    if (r < share) return municipality;
    r -= share;
  }
  return random.weighted(municipalitiesOfRegion.get(regionCode) ?? [], weightOf);
}

/** Splits `total` in proportion to `weights`, exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (missing-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** `count` places: regions by population, municipalities within as described above. */
export function placesByPopulation(random: Random, count: number): Place[] {
  const { regions } = territory();
  const perRegion = apportion(count, regions.map((r) => r.populationThousands));
  const places: Place[] = [];
  regions.forEach((region, i) => {
    for (let n = 0; n < (perRegion[i] ?? 0); n++) places.push(placeOf(drawMunicipality(random, region.code)));
  });
  return places;
}

/** One place in every provincial capital (107), in province order. */
export function provincialCapitals(): Place[] {
  return territory().capitals.map(placeOf);
}
