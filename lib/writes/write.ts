/**
 * How every mutation of every subgraph writes: the caller must be the owning partner with the
 * required scope (and, when its token names a region, the record must be in that region); the work
 * runs in one transaction; a record's `version` is its optimistic lock (an update names the version
 * it read, and loses with `CONFLICT` if someone wrote since); and the audit rows the work reports
 * are inserted in the same transaction, so an accepted write is always audited and a refused one
 * never is.
 */
import { GraphQLError } from 'graphql';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Caller } from '../auth/caller.js';
import { ErrorCode } from '../errors.js';
import { isUniqueViolation } from '../db/index.js';
import { insertAuditRows, type AuditDb, type AuditEntry } from './auditStore.js';

/** Who may write: the owning partner, with `scope`. */
export interface WriteRule {
  /** The partner (subgraph name) that owns the records. */
  readonly partner: string;
  /** The scope the caller's token must carry, e.g. `services:write`. */
  readonly scope: string;
}

/** The caller, when it may write under `rule`; otherwise `UNAUTHENTICATED` or `FORBIDDEN`. */
export function requireWriter(caller: Caller | undefined, rule: WriteRule): Caller {
  if (!caller)
    throw new GraphQLError('Writing requires an authenticated caller', {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  if (caller.partner !== rule.partner) {
    throw new GraphQLError(
      `Only the ${rule.partner} partner may change these records; the caller is ${caller.partner}`,
      {
        extensions: { code: ErrorCode.FORBIDDEN },
      },
    );
  }
  if (!caller.scopes.includes(rule.scope)) {
    throw new GraphQLError(`Writing requires the scope ${rule.scope}`, {
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  }
  return caller;
}

/**
 * Refuses a region-limited caller a record of another region, and a record of no region (`null`:
 * an EU, national or multi-regional one), which is no region's to change.
 */
export function requireRegion(caller: Caller, regionCode: string | null, what: string): void {
  if (caller.region === undefined || caller.region === regionCode) return;
  const whose =
    regionCode === null
      ? 'has no region (an EU, national or multi-regional record)'
      : `belongs to region ${regionCode}`;
  throw new GraphQLError(`${what} ${whose}; the caller may change only region ${caller.region}'s records`, {
    extensions: { code: ErrorCode.FORBIDDEN },
  });
}

/** A record the write names does not exist. */
export function notFound(field: string, what: string): GraphQLError {
  return new GraphQLError(`${what} does not exist`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument: field },
  });
}

export interface WriteContext {
  readonly caller: Caller;
  /** The gateway request id, kept with the audit rows. */
  readonly requestId?: string;
}

/** What the work of a write receives: the transaction, and where to report what it changed. */
export interface WriteScope<DB> {
  readonly trx: Transaction<DB>;
  /** Reports one changed record; it is audited when the transaction commits. */
  audit: (entry: AuditEntry) => void;
}

/** How many times a write that lost a race for a new id (a unique violation) is run again. */
const ATTEMPTS = 5;

/**
 * Runs `work` in one transaction and audits what it reports, in that transaction. When two writes
 * race for the same new id (a unique violation), the loser's transaction is rolled back and run
 * again from the start, so `work` must derive new ids inside the transaction.
 */
export async function runWrite<DB extends AuditDb, T>(
  db: Kysely<DB>,
  context: WriteContext,
  work: (scope: WriteScope<DB>) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const entries: AuditEntry[] = [];
        const result = await work({ trx, audit: (entry) => entries.push(entry) });
        const who = {
          subject: context.caller.subject,
          partner: context.caller.partner,
          requestId: context.requestId,
        };
        await insertAuditRows(trx as unknown as Kysely<AuditDb>, entries, who);
        return result;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Every attempt lost a race for a new key to other writes: nothing was written, and the
      // same request sent again will get the next free id. The caller's to retry, not a fault.
      if (attempt >= ATTEMPTS) {
        throw new GraphQLError(
          `Other writes took the new id ${ATTEMPTS} times while this one ran; nothing was written. Send it again.`,
          { extensions: { code: ErrorCode.CONFLICT } },
        );
      }
    }
  }
}

/**
 * Claims the right to change a versioned record: moves `table.version` from `expectedVersion` to
 * the next one, which also locks the row until the transaction ends. Call it first in an update.
 * A record that does not exist is `notFound`; one whose version moved on is a `CONFLICT` that
 * names the current version. Returns the new version.
 */
export async function claimVersion<DB>(
  trx: Transaction<DB>,
  target: { readonly table: string; readonly id: string; readonly idField: string; readonly what: string },
  expectedVersion: number,
): Promise<number> {
  const table = sql.table(target.table);
  const updated =
    await sql`update ${table} set version = version + 1 where id = ${target.id} and version = ${expectedVersion}`.execute(
      trx,
    );
  if (Number(updated.numAffectedRows ?? 0) === 1) return expectedVersion + 1;
  const current = await sql<{
    version: number;
  }>`select version from ${table} where id = ${target.id}`.execute(trx);
  const row = current.rows[0];
  if (!row) throw notFound(target.idField, target.what);
  throw new GraphQLError(
    `${target.what} was changed by someone else: it is at version ${row.version}, not ${expectedVersion}. Read it again and retry.`,
    { extensions: { code: ErrorCode.CONFLICT, currentVersion: Number(row.version) } },
  );
}
