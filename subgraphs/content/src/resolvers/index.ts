import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Query } from './Query.js';
import { Content } from './Content.js';

/** The subgraph's resolvers: one file per type. */
export const resolvers: Resolvers = { Query, Content };
