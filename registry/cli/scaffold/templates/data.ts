/**
 * The new subgraph's data layer (`src/data/`): Kysely table interfaces, a repository of plain
 * functions taking `db` first, per-request DataLoaders, dialect-neutral migrations and a seed of
 * five fixed rows in real municipalities.
 */
import { entityPhrase, type Names } from '../names.js';
import { upperFirst } from './server.js';

/** `src/data/tables.ts`. */
export function tablesFile(n: Names): string {
  return `/** Kysely table interfaces of the ${n.name} database. */
import type { Insertable, Selectable } from 'kysely';

/** One ${entityPhrase(n)} as stored. */
export interface ${n.entity}Table {
  /** \`${n.idPrefix}-\` and five digits. */
  id: string;
  /** JSON translations, Italian always present (lib/locale.ts). */
  name_i18n: string;
  /** Six-digit ISTAT code of the municipality (an entity of the territories subgraph). */
  municipality_code: string;
  /** Shown to authenticated callers only. */
  contact_email: string | null;
}

/** The tables of the ${n.name} database. */
export interface ${n.dbType} {
  ${n.table}: ${n.entity}Table;
}

export type ${n.entity}Row = Selectable<${n.entity}Table>;
export type New${n.entity} = Insertable<${n.entity}Table>;
`;
}

/** `src/data/<camel>.repository.ts`. */
export function repositoryFile(n: Names): string {
  return `/** Queries of the ${n.name} database. Plain functions taking \`db\` first; one statement each. */
import type { Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, type PageOfRows } from '../../../../lib/db/paging.js';
import type { ${n.dbType}, ${n.entity}Row } from './tables.js';

/** The rows with these ids, in any order; unknown ids are simply absent. */
export async function ${n.camel}ById(db: Kysely<${n.dbType}>, ids: readonly string[]): Promise<${n.entity}Row[]> {
  return db.selectFrom('${n.table}').selectAll().where('id', 'in', ids).execute();
}

/** One page of every row, in id order, with the total. */
export async function list${upperFirst(n.list)}(db: Kysely<${n.dbType}>, page: Page): Promise<PageOfRows<${n.entity}Row>> {
  return pageOf(db, db.selectFrom('${n.table}').selectAll(), [{ column: 'id' }], page);
}
`;
}

/** `src/data/<camel>.loaders.ts`. */
export function loadersFile(n: Names): string {
  return `/**
 * Per-request DataLoaders: every lookup and entity reference of a request is batched into one
 * statement, whatever their number.
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { byKey } from '../../../../lib/loaders.js';
import type { ${n.dbType}, ${n.entity}Row } from './tables.js';
import * as repo from './${n.camel}.repository.js';

/** The DataLoaders of one request. */
export interface Loaders {
  ${n.lookup}: DataLoader<string, ${n.entity}Row | null>;
}

/** Builds one request's DataLoaders (\`defineSubgraph\` calls it per request). */
export function createLoaders(db: Kysely<${n.dbType}>): Loaders {
  return {
    ${n.lookup}: new DataLoader(async (ids) => byKey(ids, await repo.${n.camel}ById(db, ids), (row) => row.id)),
  };
}
`;
}

/** `src/data/migrations/0001_initial.ts`. */
export function initialMigrationFile(n: Names): string {
  return `import type { Kysely } from 'kysely';

/** Creates the ${n.table} table. Dialect-neutral: text and varchar columns only, so SQLite and PostgreSQL agree. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('${n.table}')
    .addColumn('id', 'varchar(${n.idPrefix.length + 6})', (c) => c.primaryKey())
    .addColumn('name_i18n', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('contact_email', 'text')
    .execute();
  await db.schema.createIndex('${n.table}_municipality_code').on('${n.table}').column('municipality_code').execute();
}

/** Drops what \`up\` created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('${n.table}').execute();
}
`;
}

/** `src/data/migrations/index.ts`. */
export function migrationsIndexFile(): string {
  return `/** Versioned migrations, applied in name order. Add a file, then list it here. */
import type { Migration } from 'kysely';
import * as initial from './0001_initial.js';

export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
};
`;
}

/** The seed's municipalities: real ISTAT codes, with their Italian and English names. */
export const SEED_PLACES: readonly {
  readonly istatCode: string;
  readonly it: string;
  readonly en: string;
}[] = [
  { istatCode: '001272', it: 'Torino', en: 'Turin' },
  { istatCode: '015146', it: 'Milano', en: 'Milan' },
  { istatCode: '058091', it: 'Roma', en: 'Rome' },
  { istatCode: '063049', it: 'Napoli', en: 'Naples' },
  { istatCode: '082053', it: 'Palermo', en: 'Palermo' },
];

/** One example row, as the seed writes it and the generated test reads it back. */
export interface SeedRow {
  readonly id: string;
  readonly it: string;
  readonly en: string;
  readonly istatCode: string;
  readonly email: string | null;
}

/** The seed's row `i` (0-based). */
export function seedRow(n: Names, i: number): SeedRow {
  const place = SEED_PLACES[i];
  if (!place) throw new Error(`the seed has ${SEED_PLACES.length} rows, not ${i + 1}`);
  return {
    id: `${n.idPrefix}-${String(i + 1).padStart(5, '0')}`,
    it: `Esempio ${i + 1}, ${place.it}`,
    en: `Example ${i + 1}, ${place.en}`,
    istatCode: place.istatCode,
    // The last row has no contact: the field is nullable for that reason too.
    email: i === SEED_PLACES.length - 1 ? null : `${place.it.toLowerCase()}@${n.name}.example.org`,
  };
}

/** `src/data/seed.ts`. */
export function seedFile(n: Names): string {
  const rows = SEED_PLACES.map((_, i) => {
    const row = seedRow(n, i);
    const email = row.email === null ? 'null' : `'${row.email}'`;
    const name = `JSON.stringify({ it: '${row.it}', en: '${row.en}' })`;
    return `  { id: '${row.id}', name_i18n: ${name}, municipality_code: '${row.istatCode}', contact_email: ${email} },`;
  });
  return `/**
 * Seeds the ${n.name} database with five example rows in real municipalities (ISTAT codes of
 * Torino, Milano, Roma, Napoli and Palermo). The same rows on every run; skipped when data is
 * present. Replace them with the partner's data.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../../../../lib/log.js';
import type { ${n.dbType}, New${n.entity} } from './tables.js';

/** The example rows: one in each of five real municipalities, the last without a contact. */
export const SEED_ROWS: readonly New${n.entity}[] = [
${rows.join('\n')}
];

/** Fills an empty database with \`SEED_ROWS\`; does nothing when rows are present. */
export async function seed(db: Kysely<${n.dbType}>, log: Logger): Promise<void> {
  const existing = await db.selectFrom('${n.table}').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  await db.insertInto('${n.table}').values([...SEED_ROWS]).execute();
  log.info({ rows: SEED_ROWS.length }, '${n.name} seeded');
}
`;
}
