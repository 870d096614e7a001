/**
 * How long one SQL statement may run, on both dialects. PostgreSQL enforces it itself
 * (`statement_timeout`, set on every connection of the pool). better-sqlite3 runs statements
 * synchronously and exposes neither `sqlite3_progress_handler` nor `sqlite3_interrupt`, so a
 * statement that returns rows is read row by row, with the deadline checked between rows: a
 * statement that keeps producing rows (a runaway recursive query, a scan of a large table) is
 * stopped at the deadline. What SQLite computes before its first row (a sort, an aggregate) cannot
 * be interrupted; such a statement fails at its first row once past the deadline.
 */
import { performance } from 'node:perf_hooks';
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** What a statement-timeout failure is, whatever the dialect. */
export class StatementTimeoutError extends Error {
  readonly code = 'STATEMENT_TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(`statement ran past the statement timeout of ${timeoutMs} ms`);
    this.name = 'StatementTimeoutError';
  }
}

/** PostgreSQL's `query_canceled`: what `statement_timeout` raises (the graph never cancels otherwise). */
const PG_QUERY_CANCELED = '57014';

/** True when `error` is a statement stopped by its dialect's statement timeout. */
export function isStatementTimeout(error: unknown): boolean {
  if (error instanceof StatementTimeoutError) return true;
  return (error as { code?: unknown } | null)?.code === PG_QUERY_CANCELED;
}

/** Reads every row of `rows`, failing once `deadline` (in `performance.now()` time) has passed. */
function* withinDeadline(
  rows: IterableIterator<unknown>,
  deadline: number,
  timeoutMs: number,
): IterableIterator<unknown> {
  // for-of closes the statement's iterator (resets the statement) when the loop throws.
  for (const row of rows) {
    if (performance.now() > deadline) throw new StatementTimeoutError(timeoutMs);
    yield row;
  }
}

/**
 * `database` as Kysely's SQLite dialect uses it, with every statement that returns rows limited to
 * `timeoutMs`. Statements that return no rows (writes, DDL) run as they are: they take no input
 * from a request that can make them long.
 */
export function sqliteWithStatementTimeout(database: SQLite.Database, timeoutMs: number): SqliteDatabase {
  return {
    close: () => void database.close(),
    prepare(sql: string): SqliteStatement {
      const statement = database.prepare(sql);
      if (!statement.reader) return statement;
      const start = (parameters: ReadonlyArray<unknown>) =>
        withinDeadline(statement.iterate(parameters), performance.now() + timeoutMs, timeoutMs);
      return {
        reader: true,
        all: (parameters) => Array.from(start(parameters)),
        run: (parameters) => statement.run(parameters),
        iterate: start,
      };
    },
  };
}
