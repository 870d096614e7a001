import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import {
  encodeCursor,
  loadConnection,
  parsePage,
  toConnection,
  MAX_PAGE_SIZE,
  type Page,
} from './pagination.js';

function argumentOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions['argument'] : error;
  }
  return undefined;
}

describe('pagination', () => {
  it('continues after the cursor of the last edge', () => {
    const first = parsePage({ first: 2 });
    const connection = toConnection(['a', 'b'], first, 5);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(1) });
    const second = parsePage({ first: 2, after: connection.pageInfo.endCursor });
    expect(second).toEqual({ limit: 2, offset: 2 });
    expect(toConnection(['e'], { limit: 2, offset: 4 }, 5).pageInfo.hasNextPage).toBe(false);
  });
  it('names the bad argument', () => {
    expect(argumentOf(() => parsePage({ first: MAX_PAGE_SIZE + 1 }))).toBe('first');
    expect(argumentOf(() => parsePage({ first: -1 }))).toBe('first');
    expect(argumentOf(() => parsePage({ after: 'bm90LWEtY3Vyc29y' }))).toBe('after');
    expect(argumentOf(() => parsePage({ after: '%%%' }))).toBe('after');
  });
  it('loads the page the arguments ask for and answers it as a connection', async () => {
    const letters = ['a', 'b', 'c', 'd', 'e'];
    const asked: Page[] = [];
    const load = async (page: Page) => {
      asked.push(page);
      return { rows: letters.slice(page.offset, page.offset + page.limit), totalCount: letters.length };
    };
    const first = await loadConnection({ first: 2 }, load);
    expect(first.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(1) });
    const last = await loadConnection({ first: 2, after: encodeCursor(3) }, load);
    expect(last).toEqual({
      edges: [{ cursor: encodeCursor(4), node: 'e' }],
      pageInfo: { hasNextPage: false, endCursor: encodeCursor(4) },
      totalCount: 5,
    });
    expect(asked).toEqual([
      { limit: 2, offset: 0 },
      { limit: 2, offset: 4 },
    ]);
  });
  it('refuses bad paging before loading anything', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      return { rows: [], totalCount: 0 };
    };
    const refusal = await loadConnection({ first: MAX_PAGE_SIZE + 1 }, load).catch((error: unknown) => error);
    expect(refusal instanceof GraphQLError ? refusal.extensions['argument'] : refusal).toBe('first');
    expect(loads).toBe(0);
  });
});
