/** Case-insensitive substring search that behaves the same on SQLite and PostgreSQL. */
import { sql, type RawBuilder, type SqlBool } from 'kysely';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `column LIKE '%text%' ESCAPE '\'` over a column that stores lower-cased text. The explicit
 * ESCAPE matters: SQLite has no default escape character, PostgreSQL's is the backslash, so
 * without it `%` and `_` in a user's search would mean different things on the two dialects.
 */
export function containsText(column: string, text: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`%${escapeLike(text.toLowerCase())}%`} escape ${'\\'}`;
}
