/** The subgraphs' recorded traffic policies. */
import type { Kysely } from 'kysely';
import type { RegistryDb, TrafficPolicyTable } from './tables.js';

export type TrafficPolicyRow = Readonly<TrafficPolicyTable>;

/** Every recorded policy, by subgraph name. */
export async function listTrafficPolicies(db: Kysely<RegistryDb>): Promise<TrafficPolicyRow[]> {
  return db.selectFrom('traffic_policies').selectAll().orderBy('subgraph').execute();
}

export async function trafficPolicyOf(
  db: Kysely<RegistryDb>,
  subgraph: string,
): Promise<TrafficPolicyRow | undefined> {
  return db.selectFrom('traffic_policies').selectAll().where('subgraph', '=', subgraph).executeTakeFirst();
}

/** Records `row`, replacing the subgraph's previous policy. */
export async function saveTrafficPolicy(db: Kysely<RegistryDb>, row: TrafficPolicyRow): Promise<void> {
  await db
    .insertInto('traffic_policies')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('subgraph').doUpdateSet({
        settings: row.settings,
        set_by: row.set_by,
        partner: row.partner,
        set_at: row.set_at,
      }),
    )
    .execute();
}

export async function removeTrafficPolicy(db: Kysely<RegistryDb>, subgraph: string): Promise<void> {
  await db.deleteFrom('traffic_policies').where('subgraph', '=', subgraph).execute();
}
