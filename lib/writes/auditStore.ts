/**
 * The audit log every writing subgraph keeps in its own database: who changed which record, when,
 * and what changed, one row per accepted write, inserted in the write's own transaction (a refused
 * or failed write leaves no row). Its table is created by `auditLogMigration`, which each subgraph
 * lists among its migrations, and given its region column by `auditRegionMigration`.
 *
 * Every row records the region of the record written (at write time), because a caller limited to
 * a region reads that region's rows only: the region rule lives here, in the one query that reads
 * the log, so no subgraph can forget it.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Migration, type RawBuilder, type Selectable } from 'kysely';
import type { Page } from '../pagination.js';
import { pageOf, type PageOfRows } from '../db/paging.js';

export interface AuditLogTable {
  /** `AUD-<milliseconds>-<sequence>-<random>`: sorts in the order the writes were audited. */
  id: string;
  /** ISO 8601 UTC timestamp of the write, in milliseconds. */
  at: string;
  /** The caller's `sub`. */
  subject: string;
  /** The caller's partner. */
  partner: string;
  /** What was done, e.g. `createService`, `changePilotActionStatus`. */
  action: string;
  /** The GraphQL type of the record, e.g. `Service`. */
  entity_type: string;
  entity_id: string;
  /** JSON array of `{ field, before, after }` (JSON values; `null` where there was none). */
  changes: string;
  /** The gateway request that carried the write, when known. */
  request_id: string | null;
  /**
   * ISTAT code of the region of the record written, as it was after the write; `null` for a record
   * of no region (national), which only a reader not limited to a region sees.
   */
  region_code: string | null;
}

/** A database that keeps an audit log. */
export interface AuditDb {
  audit_log: AuditLogTable;
}

export type AuditRow = Selectable<AuditLogTable>;

/** One changed field: its value before and after the write (`null` when there was none). */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** What a write reports about one record it changed. */
export interface AuditEntry {
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  /** The region of the record as written (ISTAT code), `null` when it has none (national). */
  readonly region: string | null;
  readonly changes: readonly FieldChange[];
}

/** Creates the audit log table; dialect-neutral. */
export const auditLogMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('at', 'varchar(24)', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('partner', 'varchar(64)', (c) => c.notNull())
      .addColumn('action', 'varchar(64)', (c) => c.notNull())
      .addColumn('entity_type', 'varchar(64)', (c) => c.notNull())
      .addColumn('entity_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('changes', 'text', (c) => c.notNull())
      .addColumn('request_id', 'varchar(128)')
      .execute();
    await db.schema
      .createIndex('audit_log_entity')
      .on('audit_log')
      .columns(['entity_type', 'entity_id'])
      .execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('audit_log').execute();
  },
};

/** How a subgraph finds the region of the records of one type its audit rows name. */
export interface AuditRegionSource {
  /** The GraphQL type the rows name, e.g. `Service`. */
  readonly entityType: string;
  /**
   * A scalar subquery giving the region of the record whose id is `audit_log.entity_id`, e.g.
   * sql`select region_code from services where services.id = audit_log.entity_id`.
   */
  readonly region: RawBuilder<unknown>;
}

/**
 * Adds the region column to the audit log, and fills it for the rows written before it existed from
 * the records they name as they are now (`sources`, one per type). Rows whose region cannot be
 * derived (a type not listed, a record gone) keep `null`: national, hidden from regional readers.
 */
export function auditRegionMigration(sources: readonly AuditRegionSource[]): Required<Migration> {
  return {
    up: async (db: Kysely<unknown>) => {
      await db.schema.alterTable('audit_log').addColumn('region_code', 'varchar(2)').execute();
      for (const source of sources) {
        await sql`update audit_log set region_code = (${source.region}) where entity_type = ${source.entityType}`.execute(
          db,
        );
      }
      await db.schema
        .createIndex('audit_log_region')
        .on('audit_log')
        .columns(['region_code', 'at', 'id'])
        .execute();
    },
    down: async (db: Kysely<unknown>) => {
      await db.schema.dropIndex('audit_log_region').execute();
      await db.schema.alterTable('audit_log').dropColumn('region_code').execute();
    },
  };
}

/**
 * The fields whose values differ between `before` and `after` (compared as JSON), for the keys of
 * `after`; with no `before` (a new record), every field of `after`.
 */
export function changesBetween(
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(after)) {
    const previous = before?.[field] ?? null;
    if (JSON.stringify(previous) !== JSON.stringify(value ?? null))
      changes.push({ field, before: previous, after: value ?? null });
  }
  return changes;
}

let sequence = 0;

/** A new audit id; ids of one process sort in the order they were made, even within a millisecond. */
function auditId(): string {
  sequence = (sequence + 1) % 1_000_000_000;
  return `AUD-${String(Date.now()).padStart(13, '0')}-${String(sequence).padStart(9, '0')}-${randomUUID().slice(0, 8)}`;
}

/** Inserts audit rows (inside the write's transaction). */
export async function insertAuditRows(
  db: Kysely<AuditDb>,
  entries: readonly AuditEntry[],
  who: { readonly subject: string; readonly partner: string; readonly requestId: string | undefined },
): Promise<void> {
  if (entries.length === 0) return;
  const at = new Date().toISOString();
  await db
    .insertInto('audit_log')
    .values(
      entries.map((entry) => ({
        id: auditId(),
        at,
        subject: who.subject,
        partner: who.partner,
        action: entry.action,
        entity_type: entry.entityType,
        entity_id: entry.entityId,
        changes: JSON.stringify(entry.changes),
        request_id: who.requestId ?? null,
        region_code: entry.region,
      })),
    )
    .execute();
}

export interface AuditFilter {
  readonly entityType: string | null;
  readonly entityId: string | null;
  /**
   * The region the reader is limited to: only rows of that region (never rows without one);
   * `undefined` for a reader not limited to a region, who sees every row.
   */
  readonly readerRegion: string | undefined;
}

/**
 * A page of the audit log, newest first, in one statement. The reader's region is a condition of
 * that statement, so the total, the page and any cursor position are all counted within it: no
 * filter or offset reaches another region's rows.
 */
export async function listAuditLog(
  db: Kysely<AuditDb>,
  filter: AuditFilter,
  page: Page,
): Promise<PageOfRows<AuditRow>> {
  let query = db.selectFrom('audit_log').selectAll('audit_log');
  if (filter.readerRegion !== undefined)
    query = query.where('audit_log.region_code', '=', filter.readerRegion);
  if (filter.entityType !== null) query = query.where('audit_log.entity_type', '=', filter.entityType);
  if (filter.entityId !== null) query = query.where('audit_log.entity_id', '=', filter.entityId);
  return pageOf(
    db,
    query,
    [
      { column: 'audit_log.at', direction: 'desc' },
      { column: 'audit_log.id', direction: 'desc' },
    ],
    page,
  );
}
