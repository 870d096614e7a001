import type { SubgraphContext } from '../../../lib/subgraph/define.js';
import type { TerritoriesDb } from './data/tables.js';
import type { Loaders } from './data/territories.loaders.js';

/** Per-request context of the territories subgraph: its database, the request's language, fresh DataLoaders. */
export type Context = SubgraphContext<TerritoriesDb, Loaders>;
