/**
 * Vitest's global setup: builds the explorer's bundle when it is missing or older than its sources,
 * so that a fresh clone's `npm test` serves the same page `npm start` does.
 */
import { buildExplorer } from '../scripts/buildExplorer.js';

export default async function setup(): Promise<void> {
  await buildExplorer({ ifStale: true });
}
