import type { Kysely } from 'kysely';
import type { LocaleCode } from '../../../lib/locale.js';
import type { FundingDb } from './data/tables.js';
import type { Loaders } from './data/funding.loaders.js';

/** Per-request context of the funding subgraph. */
export interface Context {
  readonly db: Kysely<FundingDb>;
  readonly locale: LocaleCode;
  readonly loaders: Loaders;
}
