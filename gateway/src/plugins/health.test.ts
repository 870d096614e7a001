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
import { createLifecycle } from '../../../lib/http/lifecycle.js';
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
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function get(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /health and GET /ready', () => {
  it('is alive throughout; ready only once listening with a supergraph, and neither draining nor stopping', async () => {
    if (!supergraphSdl) throw new Error('composition failed');
    const lifecycle = createLifecycle();
    const plugin = healthPlugin({ lifecycle });
    const app = express();
    plugin.routes?.(app);
    const origin = await listen(app);
    const server = new ApolloServer<GatewayContext>({
      gateway: new ApolloGateway({ supergraphSdl }),
      plugins: plugin.apollo ? [plugin.apollo] : [],
    });
    const both = async () => ({
      health: await get(`${origin}/health`),
      ready: (await get(`${origin}/ready`)).status,
    });

    lifecycle.ready();
    expect(await both()).toEqual({
      health: { status: 200, body: { status: 'ok', phase: 'ready', supergraph: null, pid: process.pid } },
      ready: 503,
    });

    await server.start();
    const loaded = await both();
    expect(loaded.ready).toBe(200);
    expect(loaded.health.body).toMatchObject({
      status: 'ok',
      phase: 'ready',
      supergraph: expect.stringMatching(/^[0-9a-f]{12}$/),
    });

    // Draining (SIGTERM): still alive and answering, no longer ready.
    lifecycle.drain();
    expect(await both()).toMatchObject({ health: { status: 200, body: { phase: 'draining' } }, ready: 503 });

    await server.stop();
    expect(await both()).toMatchObject({ health: { status: 200, body: { supergraph: null } }, ready: 503 });
  });

  it('is served by the assembled gateway once it has loaded its supergraph file', async () => {
    if (!supergraphSdl) throw new Error('composition failed');
    const gateway = await startTestGateway({ supergraphSdl });
    cleanups.push(() => gateway.dispose());
    for (const route of ['/health', '/ready']) {
      const response = await fetch(`${gateway.origin}${route}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toMatchObject({ status: 'ok', phase: 'ready', circuits: {} });
    }
  });
});
