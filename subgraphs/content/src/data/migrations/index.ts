/** Versioned migrations, applied in name order. Add a file, then list it here. */
import type { Migration } from 'kysely';
import * as initial from './0001_initial.js';

export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
};
