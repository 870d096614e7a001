/**
 * Real places for seeded records (lib/istat.ts): a region in proportion to its population, then
 * one of its municipalities, most often a provincial capital (where events and cultural life
 * concentrate), otherwise any municipality of the region.
 */
import { istat, type MunicipalityRef, type RegionRef } from '../../../../../lib/istat.js';
import type { Random } from '../../../../../lib/random.js';

let byRegion: Map<string, { capitals: MunicipalityRef[]; all: MunicipalityRef[] }> | undefined;
let byProvince: Map<string, MunicipalityRef[]> | undefined;

function index() {
  if (!byRegion || !byProvince) {
    byRegion = new Map();
    byProvince = new Map();
    for (const m of istat().municipalities) {
      const region = byRegion.get(m.regionCode) ?? { capitals: [], all: [] };
      region.all.push(m);
      if (m.isProvincialCapital) region.capitals.push(m);
      byRegion.set(m.regionCode, region);
      byProvince.set(m.provinceCode, [...(byProvince.get(m.provinceCode) ?? []), m]);
    }
  }
  return { byRegion, byProvince };
}

/** A region, in proportion to its population. */
export function pickRegion(random: Random): RegionRef {
  return random.weighted(istat().regions, (r) => r.populationThousands);
}

/** A municipality of `regionCode`: a provincial capital three times in four. */
export function pickMunicipalityIn(random: Random, regionCode: string): MunicipalityRef {
  const region = index().byRegion.get(regionCode);
  if (!region) throw new Error(`no municipalities in region ${regionCode}`);
  return random.chance(0.75) && region.capitals.length > 0 ? random.pick(region.capitals) : random.pick(region.all);
}

/** A municipality anywhere in Italy, by population of its region. */
export function pickMunicipality(random: Random): MunicipalityRef {
  return pickMunicipalityIn(random, pickRegion(random).code);
}

/** A municipality of province `provinceCode`: the capital half of the time. */
export function pickMunicipalityInProvince(random: Random, provinceCode: string): MunicipalityRef {
  const list = index().byProvince.get(provinceCode);
  if (!list) throw new Error(`no municipalities in province ${provinceCode}`);
  const capital = list.find((m) => m.isProvincialCapital);
  return capital && random.chance(0.5) ? capital : random.pick(list);
}

/** The municipality of a provincial capital by name, e.g. `capital('Torino')`. */
export function capital(name: string): MunicipalityRef {
  const found = istat().municipalities.find((m) => m.isProvincialCapital && m.name === name);
  if (!found) throw new Error(`no provincial capital named ${name}`);
  return found;
}

/** `count` distinct association ids among `ASS-0001`..`ASS-1200`, sorted. */
export function pickAssociations(random: Random, count: number): string[] {
  const ids = new Set<string>();
  while (ids.size < count) ids.add(`ASS-${String(random.int(1, 1200)).padStart(4, '0')}`);
  return [...ids].sort();
}

/** `count` distinct service ids among `SRV-00001`..`SRV-05200`, sorted. */
export function pickServices(random: Random, count: number): string[] {
  const ids = new Set<string>();
  while (ids.size < count) ids.add(`SRV-${String(random.int(1, 5200)).padStart(5, '0')}`);
  return [...ids].sort();
}

/** An ISO date `YYYY-MM-DD` of `month` (`YYYY-MM`), day between `from` and `to` (capped at the month's length). */
export function dayOf(month: string, day: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** `date` plus `days` days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
