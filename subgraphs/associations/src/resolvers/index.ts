import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Query } from './Query.js';
import { Association } from './Association.js';
import { Region } from './Region.js';
import { Province } from './Province.js';
import { Municipality } from './Municipality.js';

export const resolvers: Resolvers = { Query, Association, Region, Province, Municipality };
