import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { encodeCursor, parsePage, toConnection, MAX_PAGE_SIZE } from './pagination.js';

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
});
