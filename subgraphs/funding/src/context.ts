import type { SubgraphContext } from '../../../lib/subgraph/define.js';
import type { FundingDb } from './data/tables.js';
import type { Loaders } from './data/funding.loaders.js';

/** Per-request context of the funding subgraph: its database, the request's language, fresh DataLoaders. */
export type Context = SubgraphContext<FundingDb, Loaders>;
