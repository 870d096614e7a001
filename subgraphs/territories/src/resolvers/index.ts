import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Query } from './Query.js';
import { Region } from './Region.js';
import { Province } from './Province.js';
import { Municipality } from './Municipality.js';
import { Community } from './Community.js';

export const resolvers: Resolvers = { Query, Region, Province, Municipality, Community };
