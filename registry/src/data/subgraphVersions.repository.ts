/** The published versions of every subgraph; a subgraph's current version is its highest. */
import type { Kysely } from 'kysely';
import type { RegistryDb, SubgraphVersionRow, SubgraphVersionTable } from './tables.js';

/** The current version of every subgraph, by name. */
export async function currentSubgraphs(db: Kysely<RegistryDb>): Promise<SubgraphVersionRow[]> {
  const latest = db
    .selectFrom('subgraph_versions')
    .select((eb) => ['subgraph', eb.fn.max<number>('version').as('latest')])
    .groupBy('subgraph')
    .as('latest');
  return db
    .selectFrom('subgraph_versions as v')
    .innerJoin(latest, (join) => join.onRef('latest.subgraph', '=', 'v.subgraph').onRef('latest.latest', '=', 'v.version'))
    .selectAll('v')
    .orderBy('v.subgraph')
    .execute();
}

/** A version without its SDL and report: what a history lists. */
export type SubgraphVersionSummary = Omit<SubgraphVersionRow, 'sdl' | 'check_report'>;

/** Every version of one subgraph, newest first; empty for a subgraph never published. */
export async function subgraphHistory(db: Kysely<RegistryDb>, subgraph: string): Promise<SubgraphVersionSummary[]> {
  return db
    .selectFrom('subgraph_versions')
    .select(['id', 'subgraph', 'version', 'routing_url', 'published_by', 'partner', 'published_at', 'forced', 'forced_by', 'rolled_back_from'])
    .where('subgraph', '=', subgraph)
    .orderBy('version', 'desc')
    .execute();
}

/** A subgraph's current (highest) version; `undefined` for a subgraph never published. */
export async function latestVersion(db: Kysely<RegistryDb>, subgraph: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('subgraph_versions')
    .select((eb) => eb.fn.max<number>('version').as('latest'))
    .where('subgraph', '=', subgraph)
    .executeTakeFirst();
  return row?.latest ?? undefined;
}

/** One version of a subgraph, with its SDL and report. */
export async function subgraphVersion(db: Kysely<RegistryDb>, subgraph: string, version: number): Promise<SubgraphVersionRow | undefined> {
  return db.selectFrom('subgraph_versions').selectAll().where('subgraph', '=', subgraph).where('version', '=', version).executeTakeFirst();
}

/** Inserts a version; `(subgraph, version)` is unique, so a second writer of the same version fails. */
export async function insertSubgraphVersion(db: Kysely<RegistryDb>, row: Omit<SubgraphVersionTable, 'id'>): Promise<void> {
  await db
    .insertInto('subgraph_versions')
    .values({ id: `${row.subgraph}@${row.version}`, ...row })
    .execute();
}
