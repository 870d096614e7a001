/**
 * The registry's repositories on each dialect: current versions are the highest, a version is
 * stored once, operations are registered idempotently; and on PostgreSQL, where two sessions
 * write at once, the write lock makes the second writer wait for the first.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { describeEachDialect, describeOnPostgres } from '../../../test/dialects.js';
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
    // Other tests store subgraphs of other names in the same database.
    const ours = (await currentSubgraphs(db)).filter((r) => r.subgraph === 'a' || r.subgraph === 'b');
    expect(ours.map((r) => [r.subgraph, r.version, r.id])).toEqual([
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
    await insertSubgraphVersion(db, version('c', 1));
    const error = await insertSubgraphVersion(db, version('c', 1)).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    const supergraph = { version: 1, sdl: 'schema { query: Query }', composedAt: '2026-01-01T00:00:00.000Z', subgraphVersions: { a: 3 }, cause: 'seed' };
    expect(await insertSupergraph(db, supergraph)).toMatchObject({ version: 1, id: supergraphId(supergraph.sdl), subgraph_versions: '{"a":3}' });
    expect(isUniqueViolation(await insertSupergraph(db, supergraph).catch((e: unknown) => e))).toBe(true);
    await insertSupergraph(db, { ...supergraph, version: 2, cause: 'again' });
    expect(await currentSupergraph(db)).toMatchObject({ version: 2, id: supergraphId(supergraph.sdl), cause: 'again' });
    expect((await supergraphByVersion(db, 1))?.cause).toBe('seed');
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

// SQLite has one connection, so a second writer queues behind the first whatever the lock does.
describeOnPostgres('the registry write lock', (dialect) => {
  let database: Database<RegistryDb>;
  const config = dialect.config('registry-lock');
  beforeAll(async () => {
    database = await openDatabase<RegistryDb>(config);
    await migrateToLatest(database as Database<unknown>, migrations);
  });
  afterAll(async () => {
    await database?.dispose();
    if (config.dialect === 'postgres') await dropPostgresSchema(config.url, config.schema);
  });

  it('makes a second writer, on its own connection, wait for the first to commit, then read what it wrote', async () => {
    const { db } = database;
    const generation = async (trx: Kysely<RegistryDb>) =>
      Number((await trx.selectFrom('registry_lock').select('generation').where('id', '=', 1).executeTakeFirstOrThrow()).generation);
    const start = await generation(db);
    const order: string[] = [];
    let releaseFirst = () => {};
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstLocked = () => {};
    const locked = new Promise<void>((resolve) => (firstLocked = resolve));
    const first = db.transaction().execute(async (trx) => {
      await takeWriteLock(trx);
      firstLocked();
      order.push('first locked');
      await firstHolds;
      order.push('first done');
    });
    await locked;
    let secondPid: number | undefined;
    let secondSaw: number | undefined;
    const second = db.transaction().execute(async (trx) => {
      secondPid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]?.pid;
      await takeWriteLock(trx);
      order.push('second locked');
      secondSaw = await generation(trx);
    });
    // The second session is blocked on a lock (a third connection sees it waiting), not merely slow.
    const waiting = async () =>
      secondPid === undefined
        ? undefined
        : (await sql<{ wait: string | null }>`select wait_event_type as wait from pg_stat_activity where pid = ${secondPid}`.execute(db)).rows[0]?.wait;
    await expect.poll(waiting).toBe('Lock');
    expect(order).toEqual(['first locked']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first locked', 'first done', 'second locked']);
    expect(secondSaw).toBe(start + 2);
  });
});
