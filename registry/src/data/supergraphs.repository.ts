/** The composed supergraphs, one per change of the graph; the current one is the highest version. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RegistryDb, SupergraphRow } from './tables.js';

/** A supergraph's id: the sha256 (hex) of its SDL, so an identical graph has an identical id. */
export function supergraphId(sdl: string): string {
  return createHash('sha256').update(sdl).digest('hex');
}

/** The highest version; `undefined` before the seed. */
export async function currentSupergraph(db: Kysely<RegistryDb>): Promise<SupergraphRow | undefined> {
  return db.selectFrom('supergraphs').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
}

/** One supergraph by its version number. */
export async function supergraphByVersion(db: Kysely<RegistryDb>, version: number): Promise<SupergraphRow | undefined> {
  return db.selectFrom('supergraphs').selectAll().where('version', '=', version).executeTakeFirst();
}

/** Stores a supergraph as `version`; the version is the primary key, so a stale writer fails. */
export async function insertSupergraph(
  db: Kysely<RegistryDb>,
  supergraph: { version: number; sdl: string; composedAt: string; subgraphVersions: Readonly<Record<string, number>>; cause: string },
): Promise<SupergraphRow> {
  const row: SupergraphRow = {
    version: supergraph.version,
    id: supergraphId(supergraph.sdl),
    sdl: supergraph.sdl,
    composed_at: supergraph.composedAt,
    subgraph_versions: JSON.stringify(supergraph.subgraphVersions),
    cause: supergraph.cause,
  };
  await db.insertInto('supergraphs').values(row).execute();
  return row;
}
