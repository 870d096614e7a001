/**
 * Vitest's global setup: builds the explorer's bundle and the Portal when they are missing or older
 * than their sources, so that a fresh clone's `npm test` serves the same pages `npm start` does.
 */
import { buildExplorer } from '../scripts/buildExplorer.js';
import { buildPortal } from '../scripts/buildPortal.js';

export default async function setup(): Promise<void> {
  await buildExplorer({ ifStale: true });
  await buildPortal({ ifStale: true });
}
