import type { Kysely } from 'kysely';
import type { LocaleCode } from '../../../lib/locale.js';
import type { AssociationsDb } from './data/tables.js';
import type { Loaders } from './data/associations.loaders.js';

/** Per-request context of the associations subgraph. */
export interface Context {
  readonly db: Kysely<AssociationsDb>;
  readonly locale: LocaleCode;
  readonly loaders: Loaders;
}
