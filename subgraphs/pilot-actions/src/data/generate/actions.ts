/**
 * The 80 pilot actions of the National Plan: `PA-001` .. `PA-080`, four per region (action n
 * belongs to region `ceil(n / 4)`), with statuses and dates consistent with the reference date.
 * Territories come from lib/istat.ts; partners and services are ids of the other subgraphs.
 */
import { formatId } from '../../../../../lib/ids.js';
import type { Texts } from '../../../../../lib/locale.js';
import type { Random } from '../../../../../lib/random.js';
import { istat, type MunicipalityRef, type RegionRef } from '../../../../../lib/istat.js';
import type { LeadAuthorityKind, PilotActionStatus, ThematicArea } from '../../__generated__/resolvers-types.js';
import { REFERENCE_MONTH, monthIndex, type MonthIndex } from '../../domain/calendar.js';
import { THEMATIC_AREAS } from '../../domain/areas.js';
import { INSPIRATIONS, REGION_ABBREVIATIONS, TITLES, fillPlace } from './titles.js';

export const ACTIONS_PER_REGION = 4;
export const ASSOCIATION_COUNT = 1200;
export const SERVICE_COUNT = 5200;

export interface ActionSpec {
  readonly number: number;
  readonly id: string;
  readonly code: string;
  readonly region: RegionRef;
  readonly area: ThematicArea;
  readonly status: PilotActionStatus;
  readonly startMonth: MonthIndex;
  readonly endMonth: MonthIndex;
  /** First month without progress, for suspended actions. */
  readonly suspendedFrom: MonthIndex | null;
  readonly leadKind: LeadAuthorityKind;
  readonly municipalities: readonly MunicipalityRef[];
  readonly partners: readonly string[];
  readonly services: readonly string[];
  readonly title: Texts;
  readonly inspiredBy: Texts | null;
  /** True when some indicators lag well behind the schedule (about a third of the active actions). */
  lagging: boolean;
}

/** The id of action number `n` (`PA-001` .. `PA-080`), by the cross-subgraph convention. */
export function actionId(n: number): string {
  return formatId('pilotAction', n);
}

/** The region action number `n` belongs to: four per region, `PA-009` .. `PA-012` are Lombardy's (`03`). */
export function regionOfAction(n: number): string {
  return String(Math.ceil(n / ACTIONS_PER_REGION)).padStart(2, '0');
}

/**
 * Statuses for the 80 slots: the first action of every region is ACTIVE (and Lombardy's second
 * too), so every region has at least one running action; the rest are shuffled from a bag in
 * which most actions are active.
 */
function statuses(rng: Random, total: number): PilotActionStatus[] {
  const guaranteed = (n: number) => (n - 1) % ACTIONS_PER_REGION === 0 || actionId(n) === 'PA-010';
  const bag: PilotActionStatus[] = [
    ...Array<PilotActionStatus>(27).fill('ACTIVE'),
    ...Array<PilotActionStatus>(8).fill('PLANNED'),
    ...Array<PilotActionStatus>(8).fill('SUSPENDED'),
    ...Array<PilotActionStatus>(9).fill('COMPLETED'),
    ...Array<PilotActionStatus>(7).fill('EVALUATED'),
  ];
  const shuffled = rng.sample(bag, bag.length);
  return Array.from({ length: total }, (_, i) => (guaranteed(i + 1) ? 'ACTIVE' : (shuffled.pop() ?? 'ACTIVE')));
}

interface Schedule {
  startMonth: MonthIndex;
  endMonth: MonthIndex;
  suspendedFrom: MonthIndex | null;
}

/** Start and end months that make `status` true on the reference date. */
function schedule(status: PilotActionStatus, rng: Random): Schedule {
  const duration = (min: number, max: number) => rng.int(min, max);
  switch (status) {
    case 'PLANNED': {
      const startMonth = REFERENCE_MONTH + rng.int(1, 6);
      return { startMonth, endMonth: startMonth + duration(18, 30) - 1, suspendedFrom: null };
    }
    case 'ACTIVE': {
      const startMonth = REFERENCE_MONTH - rng.int(1, 32);
      return { startMonth, endMonth: Math.max(startMonth + duration(24, 36) - 1, REFERENCE_MONTH + 2), suspendedFrom: null };
    }
    case 'SUSPENDED': {
      const startMonth = REFERENCE_MONTH - rng.int(10, 30);
      const endMonth = Math.max(startMonth + duration(24, 36) - 1, REFERENCE_MONTH + 2);
      return { startMonth, endMonth, suspendedFrom: Math.max(startMonth + 4, REFERENCE_MONTH - rng.int(2, 6)) };
    }
    case 'COMPLETED': {
      const endMonth = REFERENCE_MONTH - rng.int(1, 14);
      return { startMonth: endMonth - duration(18, 30) + 1, endMonth, suspendedFrom: null };
    }
    case 'EVALUATED': {
      const endMonth = REFERENCE_MONTH - rng.int(13, 34);
      return { startMonth: Math.max(endMonth - duration(18, 30) + 1, monthIndex(2022, 1)), endMonth, suspendedFrom: null };
    }
  }
}

/**
 * 1 to 5 municipalities of the region: a provincial capital first (where the action is based),
 * then other capitals or municipalities of the same province, as networks of comuni do.
 */
function municipalitiesOf(regionCode: string, rng: Random): MunicipalityRef[] {
  const inRegion = istat().municipalities.filter((m) => m.regionCode === regionCode);
  const capitals = inRegion.filter((m) => m.isProvincialCapital);
  const main = rng.pick(capitals.length > 0 ? capitals : inRegion);
  const chosen = new Map<string, MunicipalityRef>([[main.istatCode, main]]);
  const wanted = Math.min(rng.int(1, 5), inRegion.length);
  const sameProvince = inRegion.filter((m) => m.provinceCode === main.provinceCode);
  while (chosen.size < wanted) {
    const pool = rng.chance(0.4) && capitals.length > chosen.size ? capitals : sameProvince.length > chosen.size ? sameProvince : inRegion;
    const next = rng.pick(pool);
    chosen.set(next.istatCode, next);
  }
  return [...chosen.values()];
}

/** `count` distinct ids of `kind` numbered 1..max, in draw order. */
function distinctIds(rng: Random, kind: 'association' | 'service', max: number, count: number): string[] {
  const ids = new Set<string>();
  while (ids.size < count) ids.add(formatId(kind, rng.int(1, max)));
  return [...ids];
}

/** Builds the 80 actions; deterministic for a given generator state. */
export function buildActions(rng: Random): ActionSpec[] {
  const { regions } = istat();
  const total = regions.length * ACTIONS_PER_REGION;
  const slots = statuses(rng, total);
  const areaOrder = rng.sample(THEMATIC_AREAS, THEMATIC_AREAS.length);
  const actions: ActionSpec[] = [];
  for (let n = 1; n <= total; n++) {
    const region = regions.find((r) => r.code === regionOfAction(n));
    if (!region) throw new Error(`no region ${regionOfAction(n)} for action ${n}`);
    // Rotating through the shuffled areas gives every area 10 actions and every region 4 distinct areas.
    const area = areaOrder[(n - 1 + Math.floor((n - 1) / 8)) % areaOrder.length] as ThematicArea;
    const status = slots[n - 1] as PilotActionStatus;
    const municipalities = municipalitiesOf(region.code, rng);
    const main = municipalities[0] as MunicipalityRef;
    const leadKind: LeadAuthorityKind = rng.chance(0.5) ? 'REGION' : 'MUNICIPALITY';
    const place = leadKind === 'REGION' ? { it: region.nameIt, en: region.nameEn } : { it: main.name };
    actions.push({
      number: n,
      id: actionId(n),
      code: `PNI-${REGION_ABBREVIATIONS[region.code] ?? region.code}-${String(((n - 1) % ACTIONS_PER_REGION) + 1).padStart(2, '0')}`,
      region,
      area,
      status,
      ...schedule(status, rng),
      leadKind,
      municipalities,
      partners: distinctIds(rng, 'association', ASSOCIATION_COUNT, rng.int(1, 4)),
      services: distinctIds(rng, 'service', SERVICE_COUNT, rng.int(1, 5)),
      title: fillPlace(rng.pick(TITLES[area]), place),
      inspiredBy: rng.chance(0.85) ? rng.pick(INSPIRATIONS) : null,
      lagging: false,
    });
  }
  return actions;
}
