/**
 * The region rule of the shared audit log, on both dialects: every row records the region of the
 * record written, a reader limited to a region sees that region's rows only (by any filter, page
 * or cursor), a national reader sees all; rows written before the region column existed are filled
 * from their records where the region can be derived, and are national otherwise.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { caller } from '../../test/assertions.js';
import { describeEachDialect, seededDatabase } from '../../test/dialects.js';
import { migrateToLatest, type Database } from '../db/index.js';
import { encodeCursor } from '../pagination.js';
import { auditLogMigration, auditRegionMigration, type AuditDb } from './auditStore.js';
import { auditEntryFields, auditLogPage, type AuditLogArgs } from './auditLogResolvers.js';
import { runWrite } from './write.js';

interface Db extends AuditDb {
  places: { id: string; region_code: string | null };
}

const before = {
  '0001_places': {
    up: async (db: Kysely<unknown>) => {
      await db.schema
        .createTable('places')
        .addColumn('id', 'varchar(8)', (c) => c.primaryKey())
        .addColumn('region_code', 'varchar(2)')
        .execute();
    },
  },
  '0003_audit_log': auditLogMigration,
};
const after = {
  ...before,
  '0004_audit_region': auditRegionMigration([
    {
      entityType: 'Place',
      region: sql`select places.region_code from places where places.id = audit_log.entity_id`,
    },
  ]),
};

const OWNER = 'places';
const national = caller(OWNER, ['audit:read']);
const piedmont = caller(OWNER, ['audit:read'], '01');
const lombardy = caller(OWNER, ['audit:read'], '03');
const sicily = caller(OWNER, ['audit:read'], '19');

/** Rows as they were written before the region column existed. */
async function legacyRows(db: Kysely<Db>): Promise<void> {
  await db
    .insertInto('places')
    .values([
      { id: 'P-1', region_code: '01' },
      { id: 'P-2', region_code: '03' },
      { id: 'P-3', region_code: null },
    ])
    .execute();
  const row = (id: string, entityType: string, entityId: string) => ({
    id,
    at: `2020-01-01T00:00:0${id.slice(-1)}.000Z`,
    subject: 'legacy',
    partner: OWNER,
    action: 'legacyWrite',
    entity_type: entityType,
    entity_id: entityId,
    changes: '[]',
    request_id: null,
  });
  // The table has no region column yet: rows of its old shape.
  await (db as unknown as Kysely<{ audit_log: ReturnType<typeof row> }>)
    .insertInto('audit_log')
    .values([
      row('AUD-L1', 'Place', 'P-1'),
      row('AUD-L2', 'Place', 'P-2'),
      row('AUD-L3', 'Place', 'P-3'),
      row('AUD-L4', 'Place', 'P-gone'),
      row('AUD-L5', 'Other', 'P-1'),
    ])
    .execute();
}

describeEachDialect('audit log regions', (dialect) => {
  let database: Database<Db>;
  beforeAll(async () => {
    database = await seededDatabase<Db>(dialect.config('audit-regions'), before, legacyRows);
    await migrateToLatest(database as Database<unknown>, after);
    // Writes after the migration: two in Piedmont, three in Lombardy, one national.
    const write = (id: string, region: string | null) =>
      runWrite(
        database.db,
        { caller: caller(OWNER, ['places:write']), requestId: `req-${id}` },
        async ({ audit }) => {
          audit({
            action: 'updatePlace',
            entityType: 'Place',
            entityId: id,
            region,
            changes: [{ field: 'name', before: null, after: id }],
          });
        },
      );
    for (const [id, region] of [
      ['P-1', '01'],
      ['P-2', '03'],
      ['P-1', '01'],
      ['P-2', '03'],
      ['P-4', '03'],
      ['P-3', null],
    ] as const) {
      await write(id, region);
    }
  });
  afterAll(() => database?.dispose());

  const read = (who: ReturnType<typeof caller>, args: AuditLogArgs = {}) =>
    auditLogPage(database.db, who, OWNER, { first: 100, ...args });
  const ids = async (who: ReturnType<typeof caller>, args: AuditLogArgs = {}) => {
    const page = await read(who, args);
    return { total: page.totalCount, entities: page.edges.map((e) => auditEntryFields.entityId(e.node)) };
  };

  it('fills the region of earlier rows from their records, and leaves underivable ones national', async () => {
    const legacy = await database.db
      .selectFrom('audit_log')
      .select(['id', 'region_code'])
      .where('subject', '=', 'legacy')
      .orderBy('id')
      .execute();
    expect(legacy).toEqual([
      { id: 'AUD-L1', region_code: '01' },
      { id: 'AUD-L2', region_code: '03' },
      { id: 'AUD-L3', region_code: null },
      { id: 'AUD-L4', region_code: null },
      { id: 'AUD-L5', region_code: null },
    ]);
  });

  it("shows a regional reader its own region's entries only, and a national reader every entry", async () => {
    expect(await ids(piedmont)).toEqual({ total: 3, entities: ['P-1', 'P-1', 'P-1'] });
    expect(await ids(lombardy)).toEqual({ total: 4, entities: ['P-4', 'P-2', 'P-2', 'P-2'] });
    expect(await ids(sicily)).toEqual({ total: 0, entities: [] });
    expect((await ids(national)).total).toBe(11);
  });

  it("gives a regional reader nothing, not an error, for another region's record or a national one", async () => {
    expect(await ids(lombardy, { entityId: 'P-1' })).toEqual({ total: 0, entities: [] });
    expect(await ids(lombardy, { entityId: 'P-1', entityType: 'Place' })).toEqual({ total: 0, entities: [] });
    expect(await ids(piedmont, { entityId: 'P-3' })).toEqual({ total: 0, entities: [] });
    expect(await ids(piedmont, { entityType: 'Other' })).toEqual({ total: 0, entities: [] });
    expect(await ids(piedmont, { entityId: 'P-nothing' })).toEqual({ total: 0, entities: [] });
    expect((await ids(national, { entityId: 'P-3' })).total).toBe(2);
  });

  it("keeps a regional reader's pages and cursors inside its region", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page = await read(lombardy, { first: 1, after });
      expect(page.totalCount).toBe(4);
      seen.push(...page.edges.map((e) => e.node.region_code ?? 'national'));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['03', '03', '03', '03']);
    // A cursor made up to land past the region's rows (where other regions' rows are in the whole log).
    for (const offset of [3, 4, 6, 10]) {
      const forged = await read(lombardy, { first: 5, after: encodeCursor(offset) });
      expect(forged.edges.every((e) => e.node.region_code === '03')).toBe(true);
      expect(forged.totalCount).toBe(4);
    }
  });
});
