/**
 * Workload (a), the ecosystem's standard federation benchmark: accounts, products, reviews and
 * inventory as fast in-memory Node subgraphs (one process each, free ports), composed at start
 * with @apollo/composition, and the deep `TestQuery`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { composeServices } from '@apollo/composition';
import { freePort } from '../../scripts/graph.js';
import { spawnNode, waitForGraphQL, type NodeProcess } from '../process.js';
import { benchSubgraphs } from '../subgraphs/index.js';
import { expectedStandardData } from './oracle.js';
import { standardQuery } from './standardQuery.js';
import type { SubgraphStats } from '../subgraphs/server.js';
import type { RunningWorkload, SubgraphFetches } from './types.js';

export async function startStandardWorkload(): Promise<RunningWorkload> {
  const dir = mkdtempSync(path.join(tmpdir(), 'integra-bench-standard-'));
  const processes: NodeProcess[] = [];
  const dispose = async () => {
    await Promise.all(processes.map((p) => p.stop()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const running = await Promise.all(
      benchSubgraphs.map(async (subgraph) => {
        const port = await freePort();
        const proc = spawnNode(
          `subgraph ${subgraph.name}`,
          ['--import', 'tsx', 'bench/subgraphs/main.ts', subgraph.name, String(port)],
          {
            NODE_ENV: 'production',
          },
        );
        processes.push(proc);
        const url = `http://127.0.0.1:${port}/graphql`;
        await waitForGraphQL(proc, url);
        return { name: subgraph.name, url, typeDefs: subgraph.typeDefs };
      }),
    );
    const composed = composeServices(running);
    if (composed.errors)
      throw new Error(`composition failed:\n${composed.errors.map((e) => e.message).join('\n')}`);
    const supergraphPath = path.join(dir, 'supergraph.graphql');
    writeFileSync(supergraphPath, composed.supergraphSdl);

    const expected = expectedStandardData();
    const countFetches = async (): Promise<SubgraphFetches> => {
      const stats = await Promise.all(
        running.map(
          async (s) => (await (await fetch(s.url.replace(/\/graphql$/, '/stats'))).json()) as SubgraphStats,
        ),
      );
      return {
        requests: stats.reduce((total, s) => total + s.requests, 0),
        representations: stats.reduce((total, s) => total + s.representations, 0),
      };
    };
    return {
      name: 'standard',
      title: 'standard federation benchmark (accounts, products, reviews, inventory)',
      supergraphPath,
      upstream: { unit: 'subgraph requests', count: async () => (await countFetches()).requests },
      fetches: countFetches,
      operations: [
        {
          name: 'TestQuery',
          body: JSON.stringify({ query: standardQuery, operationName: 'TestQuery' }),
          check: (data) =>
            isDeepStrictEqual(data, expected)
              ? undefined
              : 'differs from the answer computed from the data (oracle.ts)',
        },
      ],
      notes: [
        'Subgraphs: node:http + graphql-js over buildSubgraphSchema, data in memory, parsed documents cached; one process each. They count the HTTP requests they receive and the entity representations in them (every `_entities` field, aliased ones included, and every operation of a batch).',
      ],
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
