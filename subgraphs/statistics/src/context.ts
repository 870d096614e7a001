import type { SubgraphContext } from '../../../lib/subgraph/define.js';
import type { StatisticsDb } from './data/tables.js';
import type { Loaders } from './data/statistics.loaders.js';

/** Per-request context of the statistics subgraph: its database, the request's language and caller, fresh DataLoaders. */
export type Context = SubgraphContext<StatisticsDb, Loaders>;
