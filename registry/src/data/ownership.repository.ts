/**
 * The ownership records: who owns each type and field, and whom a type's owner allows to extend
 * it. Records are only ever added (a removed field's name stays its owner's); allowances are
 * replaced whole by the owner.
 */
import type { Kysely } from 'kysely';
import type { OwnershipRecords } from '../checks/ownership.js';
import type { RegistryDb, TypeExtensionRow } from './tables.js';

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 100;

async function insertChunked<T extends 'type_owners' | 'field_owners' | 'type_extensions'>(
  db: Kysely<RegistryDb>,
  table: T,
  rows: readonly RegistryDb[T][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK) as never[];
    // A record that exists already (a concurrent identical claim) is kept as it is.
    await db.insertInto(table).values(chunk).onConflict((oc) => oc.doNothing()).execute();
  }
}

function grouped(rows: readonly { key: string; value: string }[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { key, value } of rows) {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  }
  return map;
}

/** Every record, as the ownership check reads them. */
export async function loadOwnership(db: Kysely<RegistryDb>): Promise<OwnershipRecords> {
  const [types, fields, extensions] = await Promise.all([
    db.selectFrom('type_owners').select(['type_name', 'owner']).execute(),
    db.selectFrom('field_owners').select(['type_name', 'field_name', 'owner']).execute(),
    db.selectFrom('type_extensions').select(['type_name', 'subgraph']).execute(),
  ]);
  return {
    types: grouped(types.map((r) => ({ key: r.type_name, value: r.owner }))),
    fields: grouped(fields.map((r) => ({ key: `${r.type_name}.${r.field_name}`, value: r.owner }))),
    extensions: grouped(extensions.map((r) => ({ key: r.type_name, value: r.subgraph }))),
  };
}

/** Whether anything is recorded (a registry created before ownership was recorded has nothing). */
export async function hasOwnershipRecords(db: Kysely<RegistryDb>): Promise<boolean> {
  return (await db.selectFrom('type_owners').select('type_name').limit(1).executeTakeFirst()) !== undefined;
}

/** What to record, each row with its owner. */
export interface OwnershipRows {
  readonly types: readonly { readonly type: string; readonly owner: string }[];
  readonly fields: readonly { readonly type: string; readonly field: string; readonly owner: string }[];
  readonly extensions?: readonly { readonly type: string; readonly subgraph: string }[];
}

/** Records owners (and, at the seed, allowances by `cause`); existing records are kept. */
export async function recordOwnership(db: Kysely<RegistryDb>, rows: OwnershipRows, at: string, cause: string): Promise<void> {
  await insertChunked(db, 'type_owners', rows.types.map((r) => ({ type_name: r.type, owner: r.owner, recorded_at: at, cause })));
  await insertChunked(
    db,
    'field_owners',
    rows.fields.map((r) => ({ type_name: r.type, field_name: r.field, owner: r.owner, recorded_at: at, cause })),
  );
  await insertChunked(
    db,
    'type_extensions',
    (rows.extensions ?? []).map((r) => ({ type_name: r.type, subgraph: r.subgraph, allowed_by: cause, allowed_at: at })),
  );
}

/** Whom a type's owner allows to extend it, by subgraph name. */
export async function typeExtensions(db: Kysely<RegistryDb>, type: string): Promise<TypeExtensionRow[]> {
  return db.selectFrom('type_extensions').selectAll().where('type_name', '=', type).orderBy('subgraph').execute();
}

/** The owners of a type; empty for a type never recorded. */
export async function typeOwners(db: Kysely<RegistryDb>, type: string): Promise<string[]> {
  const rows = await db.selectFrom('type_owners').select('owner').where('type_name', '=', type).orderBy('owner').execute();
  return rows.map((r) => r.owner);
}

/** Replaces whom `type`'s owner allows to extend it. Fields added under an allowance stay their adders' when it is withdrawn. */
export async function replaceTypeExtensions(db: Kysely<RegistryDb>, type: string, subgraphs: readonly string[], by: string, at: string): Promise<void> {
  await db.deleteFrom('type_extensions').where('type_name', '=', type).execute();
  await insertChunked(db, 'type_extensions', subgraphs.map((subgraph) => ({ type_name: type, subgraph, allowed_by: by, allowed_at: at })));
}
