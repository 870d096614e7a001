/**
 * The seed itself, checked in the database with direct SQL: volumes, determinism, idempotence,
 * rows written in batches (what keeps it fast), and territory codes taken from ISTAT's list.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { findMunicipality } from '../../../lib/istat.js';
import { silentLogger } from '../../../lib/log.js';
import type { Database } from '../../../lib/db/index.js';
import { describeEachDialect, seededDatabase } from '../../../test/dialects.js';
import type { FundingDb } from './data/tables.js';
import { migrations } from './data/migrations/index.js';
import { seed, seedRows } from './data/seed.js';
import { regionOfAction } from './funding.fixture.js';

const TABLES = ['funding_sources', 'funding_source_priorities', 'calls', 'allocations'] as const;

describeEachDialect('funding seed', (dialect) => {
  let database: Database<FundingDb>;
  let statements = 0;
  let seedStatements = 0;
  beforeAll(async () => {
    database = await seededDatabase<FundingDb>(
      dialect.config('funding-seed'),
      migrations,
      seed,
      () => statements++,
    );
    seedStatements = statements;
  });
  afterAll(() => database?.dispose());

  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
        database.db,
      );
      result[table] = Number(rows[0]?.n);
    }
    return result;
  }

  it('migrates and seeds at the volumes asked for, writing rows in batches rather than one statement each', async () => {
    const seeded = await counts();
    const rows = Object.values(seeded).reduce((sum, n) => sum + n, 0);
    console.info(
      `[funding/${dialect.dialect}] seeded in ${seedStatements} statements: ${JSON.stringify(seeded)}`,
    );
    expect(seedStatements).toBeLessThan(rows / 10);
    expect(seeded['funding_sources']).toBeGreaterThanOrEqual(40);
    expect(seeded['calls']).toBeGreaterThanOrEqual(100);
    expect(seeded['allocations']).toBeGreaterThanOrEqual(300);
    expect(seeded['funding_source_priorities']).toBeGreaterThanOrEqual(seeded['funding_sources']!);
  });

  it('is skipped when data is present, and gives the same rows on every run', async () => {
    const before = await counts();
    await seed(database.db, silentLogger());
    expect(await counts()).toEqual(before);
    const rows = seedRows();
    expect(seedRows()).toEqual(rows);
    const stored = await database.db.selectFrom('allocations').selectAll().orderBy('id').execute();
    // The seed leaves the columns writes keep (version, last spending date) to their defaults.
    expect(stored.map(({ version, last_spent_on }) => ({ version, last_spent_on }))).toEqual(
      stored.map(() => ({ version: 1, last_spent_on: null })),
    );
    expect(
      stored.map(({ version: _version, last_spent_on: _lastSpentOn, ...a }) => ({
        ...a,
        committed_cents: Number(a.committed_cents),
        spent_cents: Number(a.spent_cents),
      })),
    ).toEqual(rows.allocations);
  });

  it('stores money as integer cents, spent within committed, and the FAMI programme at 75% co-financing', async () => {
    const fami = await database.db
      .selectFrom('funding_sources')
      .selectAll()
      .where('id', '=', 'FS-FAMI-2021-2027')
      .executeTakeFirstOrThrow();
    expect(fami).toMatchObject({
      level: 'EU',
      kind: 'ORDINARY',
      programming_period: '2021-2027',
      cofinancing_rate_bp: 7500,
    });
    expect(Number.isSafeInteger(Number(fami.total_budget_cents))).toBe(true);
    const over = await database.db
      .selectFrom('allocations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(sql<boolean>`spent_cents > committed_cents`)
      .executeTakeFirstOrThrow();
    expect(Number(over.n)).toBe(0);
  });

  it('takes territory codes from ISTAT and places allocations in their action’s region', async () => {
    const sources = await database.db
      .selectFrom('funding_sources')
      .select(['id', 'region_code', 'municipality_code'])
      .execute();
    for (const source of sources.filter((s) => s.municipality_code !== null)) {
      expect(findMunicipality(source.municipality_code!)?.regionCode, source.id).toBe(source.region_code);
    }
    expect(sources.filter((s) => s.municipality_code !== null).length).toBeGreaterThanOrEqual(6);
    for (const source of sources.filter((s) => s.region_code !== null))
      expect(source.region_code, source.id).toMatch(/^(0[1-9]|1\d|20)$/);
    const allocations = await database.db
      .selectFrom('allocations')
      .select(['id', 'pilot_action_id', 'region_code'])
      .execute();
    for (const a of allocations) expect(a.region_code, a.id).toBe(regionOfAction(a.pilot_action_id));
  });
});
