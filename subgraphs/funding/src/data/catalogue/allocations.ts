/**
 * Generates the allocations to the National Plan's pilot actions PA-001..PA-080, deterministically.
 * Action n belongs to region ceil(n/4) (the cross-subgraph convention). Every action receives 3 to 5
 * allocations from different sources eligible in its region; FAMI 2021-2027 funds at least one
 * action in every region and most of the others; every regional and local line funds its region. Sums never exceed a source's or a call's budget,
 * and spent never exceeds committed.
 */
import { formatId } from '../../../../../lib/ids.js';
import type { Random } from '../../../../../lib/random.js';
import type { NewAllocation, NewCall } from '../tables.js';
import { REFERENCE_DATE, addDays, fromDays, toDays } from '../reference.js';
import { periodYears } from './calls.js';
import type { SourceSpec } from './types.js';

export const PILOT_ACTIONS = 80;
export const FAMI_ID = 'FS-FAMI-2021-2027';

/** The region (ISTAT code) of pilot action number n. */
export function regionOfAction(n: number): string {
  return String(Math.ceil(n / 4)).padStart(2, '0');
}

/** Amounts are committed in multiples of 50 euro. */
function roundedCents(euroAmount: number): number {
  return Math.floor(euroAmount / 50) * 50 * 100;
}

interface Budgets {
  source: Map<string, number>;
  call: Map<string, number>;
}

function eligible(source: SourceSpec, region: string, budgets: Budgets): boolean {
  const left = budgets.source.get(source.id) ?? 0;
  return (!source.fundsRegions || source.fundsRegions.includes(region)) && left >= source.grantEuro[0] * 100 * 4;
}

/** Picks the sources of one action: FAMI when chosen, then others, territorial ones preferred. */
function pickSources(random: Random, sources: readonly SourceSpec[], n: number, budgets: Budgets): SourceSpec[] {
  const region = regionOfAction(n);
  const count = random.int(3, 5);
  const chosen: SourceSpec[] = [];
  const fami = sources.find((s) => s.id === FAMI_ID);
  if (fami && (n % 4 === 1 || random.chance(0.55))) chosen.push(fami);
  // The k-th action of a region gets the region's k-th own source, so that every regional and
  // local line funds at least one action of its territory.
  const own = sources.filter((s) => s.fundsRegions?.length === 1 && s.fundsRegions[0] === region)[(n - 1) % 4];
  if (own && eligible(own, region, budgets)) chosen.push(own);
  let pool = sources.filter((s) => !chosen.includes(s) && s.id !== FAMI_ID && eligible(s, region, budgets));
  while (chosen.length < count && pool.length > 0) {
    const next = random.weighted(pool, (s) => (s.fundsRegions?.length === 1 ? 4 : s.level === 'EU' || s.level === 'NATIONAL' ? 2 : 1));
    chosen.push(next);
    pool = pool.filter((s) => s !== next);
  }
  return chosen;
}

function startDate(random: Random, source: SourceSpec, call: NewCall | undefined): string {
  if (call) return addDays(call.closes_on, random.int(45, 150));
  const first = toDays(`${Math.max(periodYears(source.programmingPeriod)[0], 2022)}-01-01`);
  return fromDays(random.int(first, toDays('2026-09-30')));
}

/** What has been spent by the reference date: roughly in proportion to the time elapsed. */
function spentCents(random: Random, committed: number, startsOn: string, endsOn: string | null): number {
  const start = toDays(startsOn);
  const end = endsOn ? toDays(endsOn) : start + 730;
  const elapsed = Math.min(1, Math.max(0, (toDays(REFERENCE_DATE) - start) / (end - start)));
  const ratio = Math.min(1, elapsed * (0.6 + random.next() * 0.45));
  return Math.min(committed, Math.floor(committed * ratio));
}

/** The allocations of every pilot action, numbered ALL-0001.. in action order. */
export function generateAllocations(random: Random, sources: readonly SourceSpec[], calls: readonly NewCall[]): NewAllocation[] {
  const budgets: Budgets = {
    source: new Map(sources.map((s) => [s.id, s.totalBudgetCents])),
    call: new Map(calls.map((c) => [c.id, c.budget_cents])),
  };
  const closedCalls = new Map<string, NewCall[]>();
  for (const call of calls) {
    if (call.closes_on >= REFERENCE_DATE) continue;
    closedCalls.set(call.funding_source_id, [...(closedCalls.get(call.funding_source_id) ?? []), call]);
  }
  const allocations: NewAllocation[] = [];
  for (let n = 1; n <= PILOT_ACTIONS; n++) {
    for (const source of pickSources(random, sources, n, budgets)) {
      const sourceLeft = budgets.source.get(source.id) ?? 0;
      const [min, max] = source.grantEuro;
      // No single allocation takes more than a quarter of what the source has left.
      const committed = Math.min(roundedCents(random.int(min, max)), Math.floor(sourceLeft / 4 / 5000) * 5000);
      const candidates = (closedCalls.get(source.id) ?? []).filter((c) => (budgets.call.get(c.id) ?? 0) >= committed);
      const call = candidates.length > 0 && random.chance(0.75) ? random.pick(candidates) : undefined;
      if (call) budgets.call.set(call.id, (budgets.call.get(call.id) ?? 0) - committed);
      budgets.source.set(source.id, sourceLeft - committed);
      const startsOn = startDate(random, source, call);
      const openEnded = (source.level === 'LOCAL' || source.level === 'PRIVATE') && random.chance(0.15);
      const endsOn = openEnded ? null : addDays(startsOn, random.int(12, 36) * 30);
      allocations.push({
        id: formatId('allocation', allocations.length + 1),
        funding_source_id: source.id,
        call_id: call?.id ?? null,
        pilot_action_id: formatId('pilotAction', n),
        region_code: regionOfAction(n),
        committed_cents: committed,
        spent_cents: spentCents(random, committed, startsOn, endsOn),
        starts_on: startsOn,
        ends_on: endsOn,
      });
    }
  }
  return allocations;
}
