/** Where a subgraph's (or the registry's) data lives: an embedded SQLite file, or a PostgreSQL schema. */
export type DbConfig =
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
    };

/**
 * Reads `<PREFIX>_DATABASE_URL` (PostgreSQL) or `<PREFIX>_SQLITE_FILE`, defaulting to
 * `data/<name>.sqlite`. The PostgreSQL schema defaults to the name with `-` as `_`, and can be
 * set with `<PREFIX>_DATABASE_SCHEMA`.
 */
export function dbConfigFromEnv(
  name: string,
  envPrefix: string,
  env: NodeJS.ProcessEnv,
): DbConfig {
  const url = env[`${envPrefix}_DATABASE_URL`];
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`${envPrefix}_DATABASE_URL must be a postgres:// URL, got "${url}"`);
    }
    const schema = env[`${envPrefix}_DATABASE_SCHEMA`] ?? name.replace(/-/g, '_');
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new Error(`${envPrefix}_DATABASE_SCHEMA must be a plain lower-case identifier, got "${schema}"`);
    }
    return { dialect: 'postgres', url, schema };
  }
  return { dialect: 'sqlite', file: env[`${envPrefix}_SQLITE_FILE`] ?? `data/${name}.sqlite` };
}
