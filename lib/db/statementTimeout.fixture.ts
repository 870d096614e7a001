/** For the statement-timeout tests: a real slow statement, valid on both dialects. */
import { sql } from 'kysely';
import { dropPostgresSchema, openDatabase, type Database, type DbConfig } from './index.js';

/**
 * A recursive query counting to 10 million that yields a row every 100,000 steps: seconds of work
 * on either dialect without a limit.
 */
export const SLOW_STATEMENT = sql<{ x: number }>`
  with recursive counter(x) as (select 1 union all select x + 1 from counter where x < 10000000)
  select x from counter where x % 100000 = 0`;

/** A fresh database of `config` whose statements time out after 300 ms; `dispose` also drops a PostgreSQL schema. */
export async function openTimedDatabase(config: DbConfig): Promise<Database<unknown>> {
  const opened = await openDatabase<unknown>({ ...config, statementTimeoutMs: 300 });
  return {
    ...opened,
    dispose: async () => {
      await opened.dispose();
      if (config.dialect === 'postgres') await dropPostgresSchema(config.url, config.schema);
    },
  };
}
