/**
 * The only module that knows about SQL dialects. Everything else gets a `Kysely<DB>` and writes
 * one query for both SQLite and PostgreSQL.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration, type LogEvent } from 'kysely';
import { DEFAULT_STATEMENT_TIMEOUT_MS, type DbConfig } from './config.js';
import { sqliteWithStatementTimeout } from './statementTimeout.js';
import { recordStatement, type SqlSystem } from '../telemetry/sqlSpans.js';

export type { DbConfig } from './config.js';
export { dbConfigFromEnv, DEFAULT_STATEMENT_TIMEOUT_MS } from './config.js';
export { isStatementTimeout, StatementTimeoutError } from './statementTimeout.js';
export { setVarcharWidth } from './columns.js';

export interface Database<DB> {
  readonly db: Kysely<DB>;
  readonly config: DbConfig;
  /** Closes the connection or pool. */
  dispose: () => Promise<void>;
}

export interface DatabaseOptions {
  /** Called once for every SQL statement executed (used for the statements counter). */
  onStatement?: (event: LogEvent) => void;
  /**
   * Called when an idle PostgreSQL connection breaks (the server restarted, the network dropped):
   * the pool drops that connection and opens another when next needed. @default ignored
   */
  onConnectionError?: (error: Error) => void;
}

// PostgreSQL returns BIGINT (cents, counts) and NUMERIC (sums) as strings; SQLite returns numbers.
// Parse both to numbers so one code path serves both dialects. Cents stay exact up to 2^53.
const INT8_OID = 20;
const NUMERIC_OID = 1700;
function toSafeNumber(text: string): number {
  const value = Number(text);
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new RangeError(`value ${text} is beyond 2^53 and cannot be represented exactly`);
  }
  return value;
}
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return toSafeNumber;
    return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
  },
};

/** Opens the database described by `config`. For PostgreSQL, creates the schema when missing. */
export async function openDatabase<DB>(
  config: DbConfig,
  options: DatabaseOptions = {},
): Promise<Database<DB>> {
  // Every statement is counted (onStatement) and, while a request is traced, becomes a span.
  const statementLog =
    (system: SqlSystem) =>
    (event: LogEvent): void => {
      options.onStatement?.(event);
      recordStatement(event, system);
    };
  const timeoutMs = config.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  if (config.dialect === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(path.dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    const database = timeoutMs > 0 ? sqliteWithStatementTimeout(sqlite, timeoutMs) : sqlite;
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database }), log: statementLog('sqlite') });
    return { db, config, dispose: () => db.destroy() };
  }
  const bootstrap = new pg.Client({ connectionString: config.url });
  await bootstrap.connect();
  try {
    await bootstrap.query(`CREATE SCHEMA IF NOT EXISTS "${config.schema}"`);
  } finally {
    await bootstrap.end();
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    options: `-c search_path="${config.schema}"`,
    types: pgTypes,
    // The server cancels a statement past the limit, wherever it comes from; 0 means none.
    ...(timeoutMs > 0 ? { statement_timeout: timeoutMs } : {}),
  });
  // Unheard, a broken idle connection's error would end the process.
  pool.on('error', (error) => options.onConnectionError?.(error));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: statementLog('postgresql') });
  return { db, config, dispose: () => db.destroy() };
}

/** Applies every pending migration, in name order. Throws with the failing migration's name. */
export async function migrateToLatest(
  database: Database<unknown>,
  migrations: Record<string, Migration>,
): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    // Kysely's own bookkeeping tables go in this service's schema; without it Kysely looks for
    // them across the search path and trips over other services' tables in the same database.
    ...(database.config.dialect === 'postgres' ? { migrationTableSchema: database.config.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Drops a PostgreSQL schema with everything in it (tests use it to start clean). */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** True when a PostgreSQL server answers at `url` (tests use it to decide whether to run). */
export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** True when `error` is a unique or primary-key violation, on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
