import type { SubgraphContext } from '../../../lib/subgraph/define.js';
import type { PilotActionsDb } from './data/tables.js';
import type { Loaders } from './data/pilotActions.loaders.js';

/** Per-request context of the pilot-actions subgraph: its database, the request's language, fresh DataLoaders. */
export type Context = SubgraphContext<PilotActionsDb, Loaders>;
