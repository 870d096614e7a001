import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDialect } from '../../test/dialects.js';
import { dropPostgresSchema, openDatabase, type Database } from '../db/index.js';
import { maxIdNumber, formatId } from '../ids.js';
import { allocateId, IdAllocationError } from './allocateId.js';

interface Db {
  things: { id: string };
}

describeEachDialect('allocateId', (dialect) => {
  const config = dialect.config('allocate-id');
  let database: Database<Db>;
  let db: Kysely<Db>;
  beforeAll(async () => {
    database = await openDatabase<Db>(config);
    db = database.db;
    await db.schema
      .createTable('things')
      .addColumn('id', 'varchar(16)', (c) => c.primaryKey())
      .execute();
  });
  afterAll(async () => {
    await database?.dispose();
    if (config.dialect === 'postgres') await dropPostgresSchema(config.url, config.schema);
  });
  beforeEach(() => db.deleteFrom('things').execute());

  const next = () => db.transaction().execute((trx) => allocateId(trx, 'things', 'service'));
  const insert = (...ids: string[]) =>
    db
      .insertInto('things')
      .values(ids.map((id) => ({ id })))
      .execute();

  it('starts at number 1 and follows the greatest id', async () => {
    expect(await next()).toBe('SRV-00001');
    await insert('SRV-00001', 'SRV-00009', 'SRV-00010');
    expect(await next()).toBe('SRV-00011');
  });

  it('goes past the padded width, and on from there', async () => {
    await insert('SRV-00001', 'SRV-99998', 'SRV-99999');
    expect(await next()).toBe('SRV-100000');
    await insert('SRV-100000');
    // As text, SRV-99999 is still the greatest; the allocator must not hand out SRV-100000 again.
    expect(await next()).toBe('SRV-100001');
    await insert('SRV-100001', 'SRV-1000000');
    expect(await next()).toBe('SRV-1000001');
  });

  it('stops with a clear error when the numbering is exhausted or the greatest id is out of format', async () => {
    await insert(formatId('service', maxIdNumber('service')));
    await expect(next()).rejects.toThrow(
      new IdAllocationError('things has used every id up to SRV-999999999999'),
    );
    await db.deleteFrom('things').execute();
    await insert('SRV-00001', 'SRV-0000002');
    await expect(next()).rejects.toThrow(
      /the greatest id of things, "SRV-0000002", is not in the format of its kind \(service\)/,
    );
  });
});
