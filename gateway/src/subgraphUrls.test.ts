/**
 * `<ENVPREFIX>_URL` routes every subgraph of the gateway's supergraph, not only those
 * `schema/subgraphs.ts` lists: a partner's `culture`, in a supergraph file or published through the
 * registry with a routing URL the gateway cannot reach, is served from `CULTURE_URL`.
 */
import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../../schema/subgraphs.js';
import { credential, startTestRegistry, type TestRegistry } from '../../registry/src/registry.fixture.js';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from './testing/harness.js';

/** A routing URL nothing answers at (port 9, discard). */
const UNREACHABLE = 'http://127.0.0.1:9/graphql';

const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key"])

type Query {
  culturalEvents: [String!]
}
`;

let culture: TestSubgraph;
let registry: TestRegistry | undefined;
const gateways: TestGateway[] = [];
beforeAll(async () => {
  culture = await startSubgraph({
    name: 'culture',
    typeDefs: gql(sdl),
    resolvers: { Query: { culturalEvents: () => ['Festa dei popoli'] } },
  });
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.dispose()));
  await registry?.dispose();
  await culture?.stop();
});

async function gateway(options: Parameters<typeof startTestGateway>[0]): Promise<TestGateway> {
  const started = await startTestGateway(options);
  gateways.push(started);
  return started;
}

describe('routing URL overrides', () => {
  it('are taken for a subgraph schema/subgraphs.ts does not list', () => {
    expect(subgraphs.map((s) => s.name)).not.toContain('culture');
  });

  it("route a supergraph file's unlisted subgraph to <ENVPREFIX>_URL", async () => {
    const supergraphSdl = composeSupergraph([culture], { culture: UNREACHABLE });
    const unrouted = await gateway({ supergraphSdl });
    expect((await unrouted.query('{ culturalEvents }')).body.data).toEqual({ culturalEvents: null });
    const routed = await gateway({ supergraphSdl, env: { CULTURE_URL: culture.url } });
    expect((await routed.query('{ culturalEvents }')).body).toEqual({
      data: { culturalEvents: ['Festa dei popoli'] },
    });
  });

  it('route a subgraph published through the registry to <ENVPREFIX>_URL', async () => {
    registry = await startTestRegistry({ dialect: 'sqlite', file: ':memory:' });
    const published = await registry.publish(
      'culture',
      { sdl, routingUrl: UNREACHABLE },
      await credential('culture'),
    );
    expect(published.status).toBe(201);
    const routed = await gateway({
      supergraphSdl: '',
      registryUrl: registry.origin,
      env: { CULTURE_URL: culture.url },
    });
    expect((await routed.query('{ culturalEvents }')).body).toEqual({
      data: { culturalEvents: ['Festa dei popoli'] },
    });
  });
});
