import type { SubgraphContext } from '../../../lib/subgraph/define.js';
import type { ServicesDb } from './data/tables.js';
import type { Loaders } from './data/services.loaders.js';

/** Per-request context of the services subgraph: its database, the request's language, fresh DataLoaders. */
export type Context = SubgraphContext<ServicesDb, Loaders>;
