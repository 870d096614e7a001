import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Query } from './Query.js';
import { Region } from './Region.js';
import { Province } from './Province.js';
import { Community } from './Community.js';
import { DataSource } from './DataSource.js';

/** The subgraph's resolvers: one file per type; the figure types are plain objects (data/figures.ts). */
export const resolvers: Resolvers = { Query, Region, Province, Community, DataSource };
