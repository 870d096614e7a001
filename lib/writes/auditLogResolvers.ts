/**
 * The audit log as GraphQL: each writing subgraph exposes `<name>AuditLog(entityType, entityId,
 * first, after)` (marked `@requiresScopes(scopes: [["audit:read"]])` in its SDL), answered here for
 * the owning partner only, and the `AuditEntry` type's fields over the stored rows. A reader whose
 * token names a region sees that region's entries only, as if the others did not exist.
 */
import type { Kysely } from 'kysely';
import { GraphQLError } from 'graphql';
import type { Caller } from '../auth/caller.js';
import { ErrorCode, badUserInput } from '../errors.js';
import { loadConnection, type Connection, type PageArgs } from '../pagination.js';
import { listAuditLog, type AuditDb, type AuditRow, type FieldChange } from './auditStore.js';

export interface AuditLogArgs extends PageArgs {
  entityType?: string | null;
  entityId?: string | null;
}

/**
 * A page of the owner's audit log; any other partner is `FORBIDDEN`. A region-limited caller gets
 * only its region's entries: another region's record filtered by id gives an empty page, not an
 * error, so the answer does not tell whether it exists.
 */
export async function auditLogPage<DB extends AuditDb>(
  db: Kysely<DB>,
  caller: Caller | undefined,
  owner: string,
  args: AuditLogArgs,
): Promise<Connection<AuditRow>> {
  if (!caller)
    throw new GraphQLError('The audit log requires an authenticated caller', {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  if (caller.partner !== owner) {
    throw new GraphQLError(`Only the ${owner} partner may read its audit log`, {
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  }
  const entityType = args.entityType ?? null;
  if (entityType !== null && !/^[A-Z][A-Za-z]{0,63}$/.test(entityType))
    throw badUserInput('entityType', 'must be a GraphQL type name such as "Service"');
  const entityId = args.entityId ?? null;
  if (entityId !== null && entityId.length > 64)
    throw badUserInput('entityId', 'must be at most 64 characters');
  const filter = { entityType, entityId, readerRegion: caller.region };
  return loadConnection(args, (page) => listAuditLog(db as unknown as Kysely<AuditDb>, filter, page));
}

/** Values are shown as JSON text: `"ACTIVE"`, `125000`, `["ar","en"]`; `null` where there was none. */
function asJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Resolvers of the `AuditEntry` type over stored audit rows. */
export const auditEntryFields = {
  actor: (row: AuditRow) => row.subject,
  entityType: (row: AuditRow) => row.entity_type,
  entityId: (row: AuditRow) => row.entity_id,
  requestId: (row: AuditRow) => row.request_id,
  changes: (row: AuditRow) =>
    (JSON.parse(row.changes) as FieldChange[]).map((change) => ({
      field: change.field,
      before: asJson(change.before),
      after: asJson(change.after),
    })),
};
