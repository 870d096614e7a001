/**
 * Each subgraph's own definition (`subgraphs/<name>/src/subgraph.ts`) says its name, port and
 * environment prefix, so it runs without this list; the list says the same for composition, the
 * orchestrator and the gateway. They must agree, or `npm start` would look for a subgraph where it
 * does not listen.
 */
import { describe, expect, it } from 'vitest';
import { associations } from '../subgraphs/associations/src/subgraph.js';
import { content } from '../subgraphs/content/src/subgraph.js';
import { funding } from '../subgraphs/funding/src/subgraph.js';
import { pilotActions } from '../subgraphs/pilot-actions/src/subgraph.js';
import { services } from '../subgraphs/services/src/subgraph.js';
import { statistics } from '../subgraphs/statistics/src/subgraph.js';
import { territories } from '../subgraphs/territories/src/subgraph.js';
import { subgraphs } from './subgraphs.js';

describe('schema/subgraphs.ts', () => {
  it('lists every subgraph with the name, port and environment prefix its definition carries', () => {
    const definitions = [territories, services, associations, funding, pilotActions, content, statistics];
    expect(subgraphs.map((s) => ({ name: s.name, port: s.defaultPort, envPrefix: s.envPrefix }))).toEqual(
      definitions.map((d) => ({ name: d.name, port: d.port, envPrefix: d.envPrefix })),
    );
  });
});
