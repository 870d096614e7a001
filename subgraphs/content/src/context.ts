import type { SubgraphContext } from '../../../lib/subgraph/define.js';
import type { ContentDb } from './data/tables.js';
import type { Loaders } from './data/content.loaders.js';

/** Per-request context of the content subgraph: its database, the request's language and caller, fresh DataLoaders. */
export type Context = SubgraphContext<ContentDb, Loaders>;
