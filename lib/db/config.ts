import { ConfigError } from '../config.js';

/** How long one statement may run when the configuration does not say. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;

/** Where a subgraph's (or the registry's) data lives: an embedded SQLite file, or a PostgreSQL schema. */
export type DbConfig = {
  /**
   * `<PREFIX>_STATEMENT_TIMEOUT_MS`: how long one SQL statement may run before it fails (0: no
   * limit). Migrations and the seed run under it too. @default 5000
   */
  readonly statementTimeoutMs?: number;
} & (
  | {
      readonly dialect: 'sqlite';
      /** Path of the database file, or `:memory:`. */
      readonly file: string;
    }
  | {
      readonly dialect: 'postgres';
      readonly url: string;
      /** PostgreSQL schema that holds this service's tables; created when missing. */
      readonly schema: string;
      /** @default 10 */
      readonly poolSize?: number;
    }
);

/**
 * Reads `<PREFIX>_DATABASE_URL` (PostgreSQL) or `<PREFIX>_SQLITE_FILE`, defaulting to
 * `data/<name>.sqlite`, and `<PREFIX>_STATEMENT_TIMEOUT_MS`. The PostgreSQL schema defaults to the name with `-` as `_`, and can be
 * set with `<PREFIX>_DATABASE_SCHEMA`.
 */
export function dbConfigFromEnv(name: string, envPrefix: string, env: NodeJS.ProcessEnv): DbConfig {
  const timeoutVariable = `${envPrefix}_STATEMENT_TIMEOUT_MS`;
  const timeoutText = env[timeoutVariable]?.trim();
  const statementTimeoutMs = timeoutText ? Number(timeoutText) : DEFAULT_STATEMENT_TIMEOUT_MS;
  if (timeoutText && (!/^\d+$/.test(timeoutText) || statementTimeoutMs > 3_600_000)) {
    throw new ConfigError(
      timeoutVariable,
      `"${timeoutText}" is not a number of milliseconds between 0 (no limit) and 3600000`,
    );
  }
  const url = env[`${envPrefix}_DATABASE_URL`];
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`${envPrefix}_DATABASE_URL must be a postgres:// URL, got "${url}"`);
    }
    const schema = env[`${envPrefix}_DATABASE_SCHEMA`] ?? name.replace(/-/g, '_');
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new Error(`${envPrefix}_DATABASE_SCHEMA must be a plain lower-case identifier, got "${schema}"`);
    }
    return { dialect: 'postgres', url, schema, statementTimeoutMs };
  }
  return {
    dialect: 'sqlite',
    file: env[`${envPrefix}_SQLITE_FILE`] ?? `data/${name}.sqlite`,
    statementTimeoutMs,
  };
}
