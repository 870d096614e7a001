import type { SubgraphContext } from '../../../lib/subgraph/define.js';
import type { AssociationsDb } from './data/tables.js';
import type { Loaders } from './data/associations.loaders.js';

/** Per-request context of the associations subgraph: its database, the request's language, fresh DataLoaders. */
export type Context = SubgraphContext<AssociationsDb, Loaders>;
