import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Query } from './Query.js';
import { Statistic } from './Statistic.js';

/** The subgraph's resolvers: one file per type. */
export const resolvers: Resolvers = { Query, Statistic };
