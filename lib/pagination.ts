/**
 * Cursor connections. Cursors are opaque to clients (base64url of an offset); every list in the
 * graph takes `first` (page size) and `after` (a cursor from a previous page).
 */
import { badUserInput } from './errors.js';
import type { PageOfRows } from './db/paging.js';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A validated page: rows `offset .. offset + limit - 1` of the ordered list. */
export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return undefined;
  const offset = Number(text.slice(PREFIX.length));
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : undefined;
}

/**
 * Validates `first` and `after`; a bad value is a `BAD_USER_INPUT` error naming the argument.
 * @param defaultSize @default 20
 */
export function parsePage(args: PageArgs, defaultSize = 20): Page {
  const limit = args.first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be an integer between 0 and ${MAX_PAGE_SIZE}, got ${limit}`);
  }
  if (args.after == null) return { limit, offset: 0 };
  const previous = decodeCursor(args.after);
  if (previous === undefined) throw badUserInput('after', 'is not a cursor returned by this list');
  return { limit, offset: previous + 1 };
}

/**
 * A list field from its arguments: validates `first` and `after`, loads that page with `load`, and
 * answers it as a connection. `load` runs only once the page is valid, so bad paging costs no query
 * and is reported before anything `load` checks (a filter, say).
 */
export async function loadConnection<T>(
  args: PageArgs,
  load: (page: Page) => Promise<PageOfRows<T>>,
): Promise<Connection<T>> {
  const page = parsePage(args);
  const { rows, totalCount } = await load(page);
  return toConnection(rows, page, totalCount);
}

/** Builds a connection from one page of nodes and the total size of the list. */
export function toConnection<T>(nodes: readonly T[], page: Page, totalCount: number): Connection<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
