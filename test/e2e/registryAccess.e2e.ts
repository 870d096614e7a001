/**
 * Who may do what between the registry and the gateway, as real processes: reading the registry
 * takes a partner's registry credential or a gateway's own assertion (the gateway started here
 * loads its supergraph with one, without any human-issued token); a registry credential is no
 * caller of the graph and a caller's token no registry credential; malformed paths are 400s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/graph.js';
import { mintDevToken } from '../../lib/auth/keys.js';
import { processes } from './processes.js';

const running = processes();
let dataDir: string;
let registryUrl: string;
let gatewayOrigin: string;
const issuer = 'https://integra.dev/issuer';
const token = (audience: string | string[]) =>
  mintDevToken({ partner: 'services', scopes: ['registry:publish'], issuer, audience: audience as string });

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'integra-access-'));
  const port = await freePort();
  registryUrl = `http://127.0.0.1:${port}`;
  await running.start(
    'registry/src/main.ts',
    [],
    { REGISTRY_PORT: String(port), REGISTRY_SQLITE_FILE: path.join(dataDir, 'registry.sqlite') },
    `${registryUrl}/ready`,
  );
  const gatewayPort = await freePort();
  gatewayOrigin = `http://127.0.0.1:${gatewayPort}`;
  await running.start(
    'gateway/src/main.ts',
    ['--port', String(gatewayPort), '--registry', registryUrl],
    {},
    `${gatewayOrigin}/ready`,
  );
});
afterAll(async () => {
  await running.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers });
  return {
    status: response.status,
    body: (await response.json()) as {
      error?: { code: string; message: string };
      errors?: { extensions: { code: string } }[];
    },
  };
};
const READS = [
  '/api/supergraph',
  '/api/supergraph/versions/1',
  '/api/subgraphs',
  '/api/subgraphs/services/versions',
  '/api/subgraphs/services/versions/1',
  '/api/clients',
];

describe('reading the registry', () => {
  it('refuses every read route without a credential, while /health stays public', async () => {
    for (const route of READS)
      expect(await get(`${registryUrl}${route}`), route).toMatchObject({
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED' } },
      });
    expect((await fetch(`${registryUrl}/api/supergraph`, { method: 'HEAD' })).status).toBe(401);
    expect((await get(`${registryUrl}/health`)).status).toBe(200);
  });

  it("answers a partner's registry credential, whatever its scopes, and the gateway's own assertion (it loaded its supergraph)", async () => {
    const reader = await mintDevToken({ partner: 'funding', issuer, audience: 'integra-registry' });
    for (const route of READS)
      expect((await get(`${registryUrl}${route}`, { authorization: `Bearer ${reader}` })).status, route).toBe(
        200,
      );
    const health = (await (await fetch(`${gatewayOrigin}/health`)).json()) as {
      source: { source: string; version: number };
    };
    expect(health.source).toMatchObject({ source: 'registry', version: 1 });
  });
});

describe('a credential for one service is refused by the other', () => {
  it('the gateway refuses a registry credential, and one meant for both', async () => {
    for (const audience of ['integra-registry', ['integra-gateway', 'integra-registry']]) {
      const response = await fetch(`${gatewayOrigin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(audience)}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const caller = await fetch(`${gatewayOrigin}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await token('integra-gateway')}`,
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await caller.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it("the registry refuses a caller's token for the gateway, and one meant for both, to publish and to read", async () => {
    for (const audience of ['integra-gateway', ['integra-gateway', 'integra-registry']]) {
      const bearer = `Bearer ${await token(audience)}`;
      const check = await fetch(`${registryUrl}/api/subgraphs/services/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: bearer },
        body: JSON.stringify({ sdl: 'type Query { a: Int }' }),
      });
      expect(check.status).toBe(401);
      expect((await get(`${registryUrl}/api/supergraph`, { authorization: bearer })).status).toBe(401);
    }
  });
});

describe('malformed paths', () => {
  const SHAPES = ['%ZZ', '%', '%E0%A4%A', '%C0%AF', '%ED%A0%80'];
  it('are 400 BAD_REQUEST in JSON on the registry, never a 500', async () => {
    const reader = `Bearer ${await mintDevToken({ partner: 'funding', issuer, audience: 'integra-registry' })}`;
    for (const shape of SHAPES) {
      for (const route of [
        `/api/subgraphs/${shape}/versions`,
        `/api/subgraphs/services/versions/${shape}`,
        `/api/supergraph/versions/${shape}`,
      ]) {
        expect(await get(`${registryUrl}${route}`, { authorization: reader }), route).toMatchObject({
          status: 400,
          body: { error: { code: 'BAD_REQUEST' } },
        });
      }
      expect((await get(`${registryUrl}/api/dev-token/${shape}`)).status, shape).toBe(400);
    }
  });

  it('are never a 500 on the gateway', async () => {
    for (const shape of SHAPES) {
      for (const route of [`/graphql/${shape}`, `/health/${shape}`, `/${shape}`, `/.well-known/${shape}`]) {
        const response = await fetch(`${gatewayOrigin}${route}`);
        expect(response.status, route).toBeLessThan(500);
        expect(response.status, route).toBeGreaterThanOrEqual(400);
      }
    }
  });
});
