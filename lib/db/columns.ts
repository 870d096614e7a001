/**
 * Changing a column's declared width, for migrations. PostgreSQL enforces `varchar(n)`; SQLite
 * never does (its varchar is text of any length, and it has no ALTER COLUMN), so there the
 * declared width is only documentation and nothing needs to change.
 */
import { SqliteAdapter, type Kysely } from 'kysely';

/** Declares `table.column` as `varchar(width)`: wider in an `up`, back to the old width in a `down`. */
export async function setVarcharWidth(
  db: Kysely<unknown>,
  table: string,
  column: string,
  width: number,
): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await db.schema
    .alterTable(table)
    .alterColumn(column, (c) => c.setDataType(`varchar(${width})`))
    .execute();
}
