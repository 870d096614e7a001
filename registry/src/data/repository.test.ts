/**
 * The registry's repositories on each dialect: current versions are the highest, a version is
 * stored once, the write lock serializes writers, operations are registered idempotently.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDialect } from '../../../test/dialects.js';
import { dropPostgresSchema, isUniqueViolation, migrateToLatest, openDatabase, type Database } from '../../../lib/db/index.js';
import { migrations } from './migrations/index.js';
import type { RegistryDb } from './tables.js';
import { currentSubgraphs, insertSubgraphVersion, latestVersion, subgraphHistory, subgraphVersion } from './subgraphVersions.repository.js';
import { currentSupergraph, insertSupergraph, supergraphByVersion, supergraphId } from './supergraphs.repository.js';
import { allOperations, operationHash, upsertOperations } from './clientOperations.repository.js';
import { takeWriteLock } from './lock.js';

function version(subgraph: string, n: number) {
  return {
    subgraph,
    version: n,
    sdl: `type Query { v${n}: Int }`,
    routing_url: `http://${subgraph}/graphql`,
    published_by: 'test',
    partner: subgraph,
    published_at: new Date(Date.UTC(2026, 0, n)).toISOString(),
    forced: 0,
    forced_by: null,
    check_report: '{"ok":true,"errors":[],"warnings":[]}',
    rolled_back_from: null,
  };
}

describeEachDialect('the registry repositories', (dialect) => {
  let database: Database<RegistryDb>;
  let db: Kysely<RegistryDb>;
  const config = dialect.config('registry-repo');
  beforeAll(async () => {
    database = await openDatabase<RegistryDb>(config);
    await migrateToLatest(database as Database<unknown>, migrations);
    db = database.db;
  });
  afterAll(async () => {
    await database?.dispose();
    if (config.dialect === 'postgres') await dropPostgresSchema(config.url, config.schema);
  });

  it('takes the highest version of each subgraph as its current one', async () => {
    for (const row of [version('b', 1), version('a', 1), version('b', 2), version('a', 2), version('a', 3)]) await insertSubgraphVersion(db, row);
    expect((await currentSubgraphs(db)).map((r) => [r.subgraph, r.version, r.id])).toEqual([
      ['a', 3, 'a@3'],
      ['b', 2, 'b@2'],
    ]);
    expect((await subgraphHistory(db, 'a')).map((r) => r.version)).toEqual([3, 2, 1]);
    expect(await latestVersion(db, 'b')).toBe(2);
    expect(await latestVersion(db, 'nope')).toBeUndefined();
    expect((await subgraphVersion(db, 'a', 2))?.sdl).toBe('type Query { v2: Int }');
    expect(await subgraphVersion(db, 'a', 9)).toBeUndefined();
  });

  it('stores a subgraph version and a supergraph version once', async () => {
    const error = await insertSubgraphVersion(db, version('a', 3)).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    const supergraph = { version: 1, sdl: 'schema { query: Query }', composedAt: '2026-01-01T00:00:00.000Z', subgraphVersions: { a: 3 }, cause: 'seed' };
    expect(await insertSupergraph(db, supergraph)).toMatchObject({ version: 1, id: supergraphId(supergraph.sdl), subgraph_versions: '{"a":3}' });
    expect(isUniqueViolation(await insertSupergraph(db, supergraph).catch((e: unknown) => e))).toBe(true);
    await insertSupergraph(db, { ...supergraph, version: 2, cause: 'again' });
    expect(await currentSupergraph(db)).toMatchObject({ version: 2, id: supergraphId(supergraph.sdl), cause: 'again' });
    expect((await supergraphByVersion(db, 1))?.cause).toBe('seed');
  });

  it('runs writers one after another under the write lock', async () => {
    const order: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstLocked: () => void = () => undefined;
    const locked = new Promise<void>((resolve) => (firstLocked = resolve));
    const first = db.transaction().execute(async (trx) => {
      await takeWriteLock(trx);
      firstLocked();
      order.push('first locked');
      await firstHolds;
      order.push('first done');
    });
    await locked;
    // SQLite's one connection queues the second transaction; PostgreSQL blocks it on the lock row.
    const second = db.transaction().execute(async (trx) => {
      await takeWriteLock(trx);
      order.push('second locked');
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first locked', 'first done', 'second locked']);
  });

  it('registers operations by the sha256 of their text, again without duplicates', async () => {
    const text = 'query A { a }';
    expect(await upsertOperations(db, 'app', [{ name: 'A', text }])).toEqual([{ name: 'A', hash: operationHash(text) }]);
    await upsertOperations(db, 'app', [{ name: 'Renamed', text }, { name: 'B', text: 'query B { b }' }]);
    await upsertOperations(db, 'other', [{ name: 'A', text }]);
    expect((await allOperations(db)).map((o) => [o.client, o.name])).toEqual([
      ['app', 'B'],
      ['app', 'Renamed'],
      ['other', 'A'],
    ]);
  });
});
