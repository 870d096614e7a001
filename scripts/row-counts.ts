/**
 * `npm run db:counts`: prints the row count of every table of every subgraph's database, as the
 * subgraphs would open it (same environment variables: SQLite files under data/ by default).
 */
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { subgraphs } from '../schema/subgraphs.js';
import { dbConfigFromEnv, openDatabase } from '../lib/db/index.js';

for (const entry of subgraphs) {
  const config = dbConfigFromEnv(entry.name, entry.envPrefix, process.env);
  if (config.dialect === 'sqlite' && !existsSync(config.file)) {
    console.log(`${entry.name}: no database yet at ${config.file} (run npm start once)`);
    continue;
  }
  const { db, dispose } = await openDatabase<Record<string, Record<string, unknown>>>(config);
  try {
    // PostgreSQL introspection sees every schema of the database; keep this subgraph's own.
    const tables = (await db.introspection.getTables())
      .filter((t) => config.dialect !== 'postgres' || t.schema === config.schema)
      .map((t) => t.name)
      .filter((name) => !name.startsWith('kysely_'));
    const counts: string[] = [];
    for (const table of tables.sort()) {
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from ${sql.table(config.dialect === 'postgres' ? `${config.schema}.${table}` : table)}`.execute(
        db,
      );
      counts.push(`${table} ${Number(rows[0]?.n ?? 0).toLocaleString('en')}`);
    }
    console.log(`${entry.name} (${config.dialect}): ${counts.join(', ')}`);
  } finally {
    await dispose();
  }
}
