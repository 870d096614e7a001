/**
 * Kysely table interfaces of the registry's database. Booleans are 0/1, timestamps ISO 8601 text
 * and structured values JSON text, in both dialects.
 */
import type { Selectable } from 'kysely';

/** One published version of a subgraph. */
export interface SubgraphVersionTable {
  /** `<subgraph>@<version>`: the primary key itself refuses a second row for one version. */
  id: string;
  subgraph: string;
  /** 1, 2, 3... per subgraph; the highest is the subgraph's current version. */
  version: number;
  sdl: string;
  routing_url: string;
  /** The caller's subject (`sub`), or `seed`. */
  published_by: string;
  /** The caller's partner claim. */
  partner: string;
  /** ISO 8601 UTC timestamp. */
  published_at: string;
  /** 1 when `force` overrode failing breaking-change or usage checks. */
  forced: number;
  forced_by: string | null;
  /** The checks' report, JSON `{ ok, errors, warnings }`. */
  check_report: string;
  /** The version this one republished, for a rollback. */
  rolled_back_from: number | null;
}

/** One composed supergraph. */
export interface SupergraphTable {
  /** 1, 2, 3... across the graph; the highest is the current supergraph. */
  version: number;
  /** sha256 (hex) of `sdl`: equal supergraphs have equal ids, whatever their version. */
  id: string;
  sdl: string;
  composed_at: string;
  /** JSON map subgraph name -> subgraph version composed. */
  subgraph_versions: string;
  /** Why it was composed, e.g. `publish services v3 by dev:services`, `seed`. */
  cause: string;
}

/** One operation a client registered; unique by (client, hash). */
export interface ClientOperationTable {
  client: string;
  /** The operation's name (its first operation definition's). */
  name: string;
  /** sha256 (hex) of `text`. */
  hash: string;
  text: string;
  /** The client's version that registered it last; null when none was given (e.g. the manifest at start). */
  client_version: string | null;
}

/** One row, updated first by every transaction that changes the graph: it serializes them. */
export interface RegistryLockTable {
  id: number;
  /** How many changes took the lock; only the row lock matters. */
  generation: number;
}

/** A subgraph that owns a type (several for a value type shared since the seed). Never removed. */
export interface TypeOwnerTable {
  type_name: string;
  owner: string;
  recorded_at: string;
  /** What recorded it, e.g. `seed`, `publish services v3 by dev:services`. */
  cause: string;
}

/** A subgraph that owns a field; kept after the field is removed, so its name stays its owner's. */
export interface FieldOwnerTable {
  type_name: string;
  field_name: string;
  owner: string;
  recorded_at: string;
  cause: string;
}

/** A subgraph a type's owner allows to add fields to the type; `*` allows every subgraph. */
export interface TypeExtensionTable {
  type_name: string;
  subgraph: string;
  /** The owner's credential subject that allowed it, or `seed`. */
  allowed_by: string;
  allowed_at: string;
}

/** The tables of the registry's database. */
/** The traffic policy a partner recorded for its subgraph; removed when emptied. */
export interface TrafficPolicyTable {
  subgraph: string;
  /** JSON object of settings (`lib/traffic/settings.ts`), checked when recorded. */
  settings: string;
  /** The caller's subject (`sub`). */
  set_by: string;
  partner: string;
  /** ISO 8601 UTC timestamp. */
  set_at: string;
}

export interface RegistryDb {
  subgraph_versions: SubgraphVersionTable;
  supergraphs: SupergraphTable;
  client_operations: ClientOperationTable;
  registry_lock: RegistryLockTable;
  type_owners: TypeOwnerTable;
  field_owners: FieldOwnerTable;
  type_extensions: TypeExtensionTable;
  traffic_policies: TrafficPolicyTable;
}

export type SubgraphVersionRow = Selectable<SubgraphVersionTable>;
export type SupergraphRow = Selectable<SupergraphTable>;
export type ClientOperationRow = Selectable<ClientOperationTable>;
export type TypeExtensionRow = Selectable<TypeExtensionTable>;
