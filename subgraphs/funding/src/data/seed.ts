/**
 * Seeds the funding database: the real main programmes plus regional, local, private and
 * innovative lines, their calls, and allocations to the pilot actions PA-001..PA-080. Same data
 * on every run (fixed PRNG seed, fixed reference date); skipped when data is present.
 */
import type { Insertable, Kysely } from 'kysely';
import type { Logger } from '../../../../lib/log.js';
import { createRandom } from '../../../../lib/random.js';
import { findMunicipality } from '../../../../lib/istat.js';
import type { FundingDb, FundingSourcePriorityTable, NewFundingSource } from './tables.js';
import { EU_SOURCES } from './catalogue/sources.eu.js';
import { NATIONAL_SOURCES } from './catalogue/sources.national.js';
import { TERRITORIAL_SOURCES } from './catalogue/sources.territorial.js';
import { generateCalls } from './catalogue/calls.js';
import { generateAllocations } from './catalogue/allocations.js';
import type { SourceSpec } from './catalogue/types.js';

const SEED = 20_212_027;
const CHUNK = 200;

/** Every funding source of the seed, in id-assignment order. */
export const SOURCES: readonly SourceSpec[] = [...EU_SOURCES, ...NATIONAL_SOURCES, ...TERRITORIAL_SOURCES];

function sourceRow(spec: SourceSpec): NewFundingSource {
  // A municipal line's region is the one ISTAT gives its municipality, whatever the spec says.
  const municipality = spec.municipalityCode ? findMunicipality(spec.municipalityCode) : undefined;
  if (spec.municipalityCode && !municipality) throw new Error(`${spec.id}: unknown municipality ${spec.municipalityCode}`);
  return {
    id: spec.id,
    name_i18n: JSON.stringify(spec.name),
    name_search: spec.name.it.toLowerCase(),
    level: spec.level,
    kind: spec.kind,
    programming_period: spec.programmingPeriod,
    total_budget_cents: spec.totalBudgetCents,
    cofinancing_rate_bp: spec.cofinancingRateBp,
    managing_authority_i18n: JSON.stringify(spec.managingAuthority),
    region_code: municipality?.regionCode ?? spec.regionCode ?? null,
    municipality_code: municipality?.istatCode ?? null,
  };
}

/** All rows of the seed, generated in memory (deterministic). */
export function seedRows() {
  const random = createRandom(SEED);
  const sources = SOURCES.map(sourceRow);
  const priorities: FundingSourcePriorityTable[] = SOURCES.flatMap((s) =>
    s.priorities.map((priority) => ({ funding_source_id: s.id, priority })),
  );
  const calls = generateCalls(random, SOURCES);
  const allocations = generateAllocations(random, SOURCES, calls);
  return { sources, priorities, calls, allocations };
}

async function insertChunked<T extends keyof FundingDb>(
  db: Kysely<FundingDb>,
  table: T,
  rows: readonly Insertable<FundingDb[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** Fills an empty database in one transaction; does nothing when sources are already there. */
export async function seed(db: Kysely<FundingDb>, log: Logger): Promise<void> {
  const existing = await db.selectFrom('funding_sources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  const rows = seedRows();
  await db.transaction().execute(async (trx) => {
    await insertChunked(trx, 'funding_sources', rows.sources);
    await insertChunked(trx, 'funding_source_priorities', rows.priorities);
    await insertChunked(trx, 'calls', rows.calls);
    await insertChunked(trx, 'allocations', rows.allocations);
  });
  log.info(
    { sources: rows.sources.length, priorities: rows.priorities.length, calls: rows.calls.length, allocations: rows.allocations.length },
    'funding seeded',
  );
}
