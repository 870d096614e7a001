import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badUserInput } from '../../../../lib/errors.js';
import { loadConnection } from '../../../../lib/pagination.js';
import * as repo from '../data/statistics.repository.js';

const ID = /^STA-\d{5}$/;

/**
 * A malformed id is bad input (`BAD_USER_INPUT` naming the argument); a well-formed id that
 * matches nothing simply finds nothing.
 */
export function checkId(argument: string, value: string): string {
  if (!ID.test(value)) throw badUserInput(argument, `must be an id such as "STA-00001", got "${value}"`);
  return value;
}

/** The root fields: a lookup by id (batched with the request's other lookups) and the paged list. */
export const Query: QueryResolvers = {
  statistic: (_parent, { id }, { loaders }) => loaders.statistic.load(checkId('id', id)),
  statistics: (_parent, args, { db }) => loadConnection(args, (page) => repo.listStatistics(db, page)),
};
