import type { Kysely } from 'kysely';
import type { LocaleCode } from '../../../lib/locale.js';
import type { ServicesDb } from './data/tables.js';
import type { Loaders } from './data/services.loaders.js';

/** Per-request context of the services subgraph. */
export interface Context {
  readonly db: Kysely<ServicesDb>;
  readonly locale: LocaleCode;
  readonly loaders: Loaders;
}
