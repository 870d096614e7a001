import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDialect, seededDatabase } from '../../test/dialects.js';
import type { Database } from './index.js';
import { pageOf, pagesByParent } from './paging.js';

interface Db {
  items: { id: number; parent: string; label: string };
}

const migrations = {
  '0001': {
    up: async (db: Kysely<unknown>) => {
      await db.schema
        .createTable('items')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('parent', 'text')
        .addColumn('label', 'text')
        .execute();
    },
  },
};

async function seed(db: Kysely<Db>) {
  const rows = Array.from({ length: 25 }, (_, i) => ({
    id: i + 1,
    parent: i < 20 ? 'a' : 'b',
    label: `item ${String(25 - i).padStart(2, '0')}`,
  }));
  await db.insertInto('items').values(rows).execute();
}

describeEachDialect('paging in one statement', (dialect) => {
  let database: Database<Db>;
  let statements = 0;
  beforeAll(async () => {
    database = await seededDatabase<Db>(dialect.config('paging'), migrations, seed, () => statements++);
  });
  afterAll(() => database?.dispose());

  it('returns each parent’s page and total with one statement', async () => {
    const before = statements;
    const base = database.db
      .selectFrom('items')
      .select(['id', 'label', 'parent'])
      .where('parent', 'in', ['a', 'b', 'c']);
    const pages = await pagesByParent(database.db, base, 'parent', [{ column: 'label' }], {
      limit: 3,
      offset: 3,
    });
    expect(statements - before).toBe(1);
    expect(pages.get('a')?.totalCount).toBe(20);
    expect(pages.get('a')?.rows.map((r) => r.label)).toEqual(['item 09', 'item 10', 'item 11']);
    expect(pages.get('b')).toEqual({
      rows: [
        { id: 22, label: 'item 04', parent: 'b' },
        { id: 21, label: 'item 05', parent: 'b' },
      ],
      totalCount: 5,
    });
    expect(pages.has('c')).toBe(false);
  });

  it('still knows the total past the end of a list', async () => {
    const page = await pageOf(
      database.db,
      database.db.selectFrom('items').selectAll(),
      [{ column: 'id', direction: 'desc' }],
      { limit: 10, offset: 40 },
    );
    expect(page).toEqual({ rows: [], totalCount: 25 });
    const last = await pageOf(
      database.db,
      database.db.selectFrom('items').selectAll(),
      [{ column: 'id', direction: 'desc' }],
      { limit: 2, offset: 23 },
    );
    expect(last.rows.map((r) => r.id)).toEqual([2, 1]);
  });
});
