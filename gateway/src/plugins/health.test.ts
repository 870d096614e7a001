import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import express from 'express';
import { gql } from 'graphql-tag';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { composeServices } from '@apollo/composition';
import { startTestGateway } from '../testing/harness.js';
import type { GatewayContext } from '../context.js';
import { healthPlugin } from './health.js';

// Loading a supergraph does not contact the subgraphs, so none needs to run here.
const { supergraphSdl } = composeServices([
  {
    name: 'territories',
    url: 'http://127.0.0.1:9/graphql',
    typeDefs: gql`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Query {
        regions: [Region!]!
      }
      type Region @key(fields: "code") {
        code: ID!
      }
    `,
  },
]);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listen(app: express.Express): Promise<string> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
}

async function health(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /health', () => {
  it('answers 503 until the supergraph is loaded, 200 once it is, and 503 again while stopping', async () => {
    if (!supergraphSdl) throw new Error('composition failed');
    const plugin = healthPlugin();
    const app = express();
    plugin.routes?.(app);
    const url = await listen(app);
    const server = new ApolloServer<GatewayContext>({
      gateway: new ApolloGateway({ supergraphSdl }),
      plugins: plugin.apollo ? [plugin.apollo] : [],
    });

    expect(await health(url)).toEqual({ status: 503, body: { status: 'unavailable', phase: 'loading' } });

    await server.start();
    const ready = await health(url);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      phase: 'ready',
      supergraph: expect.stringMatching(/^[0-9a-f]{12}$/),
    });

    await server.stop();
    expect(await health(url)).toEqual({ status: 503, body: { status: 'unavailable', phase: 'stopping' } });
  });

  it('is served by the assembled gateway once it has loaded its supergraph file', async () => {
    if (!supergraphSdl) throw new Error('composition failed');
    const gateway = await startTestGateway({ supergraphSdl });
    cleanups.push(() => gateway.dispose());
    const response = await fetch(`${gateway.origin}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok', phase: 'ready' });
  });
});
