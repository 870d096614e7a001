import type { Kysely } from 'kysely';
import type { LocaleCode } from '../../../lib/locale.js';
import type { PilotActionsDb } from './data/tables.js';
import type { Loaders } from './data/pilotActions.loaders.js';

/** Per-request context of the pilot-actions subgraph. */
export interface Context {
  readonly db: Kysely<PilotActionsDb>;
  readonly locale: LocaleCode;
  readonly loaders: Loaders;
}
