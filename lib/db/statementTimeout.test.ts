/**
 * A statement past the statement timeout fails, on both dialects, with a real slow statement
 * (`SLOW_STATEMENT`, seconds of work on either dialect without a limit).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDialect } from '../../test/dialects.js';
import { dropPostgresSchema, isStatementTimeout, openDatabase, type Database } from './index.js';
import { openTimedDatabase, SLOW_STATEMENT } from './statementTimeout.fixture.js';

describeEachDialect('statement timeout', (dialect) => {
  let database: Database<unknown>;
  beforeAll(async () => {
    database = await openTimedDatabase(dialect.config('statement-timeout'));
  });
  afterAll(() => database?.dispose());

  it('stops a statement that runs past the limit, and the connection answers the next one', async () => {
    const started = performance.now();
    const failure = await SLOW_STATEMENT.execute(database.db).then(
      () => undefined,
      (error: unknown) => error,
    );
    const elapsed = performance.now() - started;
    expect(failure, 'the slow statement completed').toBeDefined();
    expect(isStatementTimeout(failure), String(failure)).toBe(true);
    expect(elapsed).toBeLessThan(2000);
    const next = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(Number(next.rows[0]?.one)).toBe(1);
  });

  it('lets a statement within the limit answer in full', async () => {
    const result = await sql<{ x: number }>`
      with recursive counter(x) as (select 1 union all select x + 1 from counter where x < 1000) select x from counter`.execute(
      database.db,
    );
    expect(result.rows).toHaveLength(1000);
  });

  it('applies no limit with 0', async () => {
    const config = dialect.config('statement-timeout-off');
    const unlimited = await openDatabase<unknown>({ ...config, statementTimeoutMs: 0 });
    try {
      const result = await sql<{ x: number }>`
        with recursive counter(x) as (select 1 union all select x + 1 from counter where x < 1000000)
        select x from counter where x % 500000 = 0`.execute(unlimited.db);
      expect(result.rows).toHaveLength(2);
    } finally {
      await unlimited.dispose();
      if (config.dialect === 'postgres') await dropPostgresSchema(config.url, config.schema);
    }
  });
});
