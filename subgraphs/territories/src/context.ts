import type { Kysely } from 'kysely';
import type { LocaleCode } from '../../../lib/locale.js';
import type { TerritoriesDb } from './data/tables.js';
import type { Loaders } from './data/territories.loaders.js';

/** Per-request context of the territories subgraph. */
export interface Context {
  readonly db: Kysely<TerritoriesDb>;
  readonly locale: LocaleCode;
  readonly loaders: Loaders;
}
