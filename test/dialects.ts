/**
 * Runs a suite once per SQL dialect: SQLite always, PostgreSQL when reachable. When PostgreSQL
 * is not reachable the PostgreSQL suite is skipped with a visible message, except under
 * `CI=true`, where it fails: CI must exercise both dialects.
 */
import { describe, it } from 'vitest';
import type { Kysely, Migration } from 'kysely';
import { dropPostgresSchema, postgresReachable, type Database, type DbConfig } from '../lib/db/index.js';
import { prepareDatabase } from '../lib/subgraph/run.js';
import { silentLogger, type Logger } from '../lib/log.js';

/** PostgreSQL used by the tests. @default postgres://postgres@127.0.0.1:5432/test */
export const TEST_POSTGRES_URL =
  process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

const reachable = await postgresReachable(TEST_POSTGRES_URL);
const inCi = process.env['CI'] === 'true';
if (!reachable && !inCi) {
  console.warn(
    `\n[integra] PostgreSQL is not reachable at ${TEST_POSTGRES_URL}: PostgreSQL suites are SKIPPED.\n`,
  );
}

export interface DialectCase {
  readonly dialect: DbConfig['dialect'];
  /** A fresh database config: an in-memory SQLite, or a new PostgreSQL schema. */
  config(name: string): DbConfig;
}

let counter = 0;
const cases: DialectCase[] = [
  { dialect: 'sqlite', config: () => ({ dialect: 'sqlite', file: ':memory:' }) },
  {
    dialect: 'postgres',
    config: (name) => ({
      dialect: 'postgres',
      url: TEST_POSTGRES_URL,
      schema: `t_${name.replace(/-/g, '_')}_${process.pid}_${counter++}`,
    }),
  },
];

/** `describe` once per dialect; the body receives that dialect's case. */
export function describeEachDialect(title: string, body: (dialect: DialectCase) => void): void {
  for (const dialect of cases) {
    if (dialect.dialect === 'postgres') describeOnPostgres(title, body);
    else describe(`${title} [${dialect.dialect}]`, () => body(dialect));
  }
}

/**
 * `describe` on PostgreSQL only, for what SQLite's single connection cannot show (two sessions,
 * row locks): skipped with the message above when PostgreSQL is not reachable, failing under CI.
 */
export function describeOnPostgres(title: string, body: (dialect: DialectCase) => void): void {
  const postgres = cases.find((c) => c.dialect === 'postgres') as DialectCase;
  if (reachable) {
    describe(`${title} [postgres]`, () => body(postgres));
  } else if (inCi) {
    describe(`${title} [postgres]`, () => {
      it('requires PostgreSQL under CI=true', () => {
        throw new Error(`PostgreSQL is not reachable at ${TEST_POSTGRES_URL}, and CI=true requires it`);
      });
    });
  } else {
    describe.skip(`${title} [postgres: not reachable, skipped]`, () => body(postgres));
  }
}

/** Opens, migrates and seeds a database for a test; `dispose` also drops a PostgreSQL schema. */
export async function seededDatabase<DB>(
  config: DbConfig,
  migrations: Record<string, Migration>,
  seed: (db: Kysely<DB>, log: Logger) => Promise<void>,
  onStatement?: () => void,
): Promise<Database<DB>> {
  const database = await prepareDatabase<DB>(
    config,
    { migrations, seed },
    { log: silentLogger(), onStatement },
  );
  return {
    ...database,
    dispose: async () => {
      await database.dispose();
      if (config.dialect === 'postgres') await dropPostgresSchema(config.url, config.schema);
    },
  };
}
