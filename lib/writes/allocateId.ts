/**
 * The one allocator of new numbered ids (`lib/ids.ts`), used by every create path inside its
 * write's transaction. Two writes that race for the same id meet on the primary key, and the
 * loser is run again with the next one by `runWrite`, a bounded number of times.
 */
import { sql, type Transaction } from 'kysely';
import { formatId, maxIdNumber, parseId, type NumberedIdKind } from '../ids.js';

/** No new id can be given: the numbering is exhausted or the table holds an id out of format. */
export class IdAllocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IdAllocationError';
  }
}

/**
 * The id after the greatest one of `table` (whose key column is `id`), e.g. `SRV-100000` after
 * `SRV-99999`, or number 1 in an empty table. Not the caller's fault, and no input can fix it,
 * so a failure is an `IdAllocationError` (an internal error, masked outside development).
 */
export async function allocateId<DB>(
  trx: Transaction<DB>,
  table: string,
  kind: NumberedIdKind,
): Promise<string> {
  // Longest first, then greatest: past the padded width `SRV-100000` sorts before `SRV-99999` as
  // text, and taking the text maximum would hand out `SRV-100000` again on every create.
  const { rows } = await sql<{
    id: string;
  }>`select id from ${sql.table(table)} order by length(id) desc, id desc limit 1`.execute(trx);
  const lastId = rows[0]?.id;
  const last = lastId === undefined ? 0 : parseId(kind, lastId);
  if (last === undefined)
    throw new IdAllocationError(
      `the greatest id of ${table}, "${lastId}", is not in the format of its kind (${kind})`,
    );
  if (last >= maxIdNumber(kind))
    throw new IdAllocationError(`${table} has used every id up to ${formatId(kind, maxIdNumber(kind))}`);
  return formatId(kind, last + 1);
}
