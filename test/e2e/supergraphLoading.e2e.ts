/**
 * A partner cannot stop scale-out or crash recovery: the registry (a real process) refuses a
 * publish whose supergraph no gateway could load, so a gateway process started afterwards still
 * starts and serves the registry's current supergraph.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../../scripts/graph.js';
import { mintDevToken } from '../../lib/auth/keys.js';
import { processes } from './processes.js';

const running = processes();
let dataDir: string;
let registryUrl: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'integra-loading-'));
  const port = await freePort();
  registryUrl = `http://127.0.0.1:${port}`;
  await running.start(
    'registry/src/main.ts',
    [],
    { REGISTRY_PORT: String(port), REGISTRY_SQLITE_FILE: path.join(dataDir, 'registry.sqlite') },
    `${registryUrl}/ready`,
  );
});
afterAll(async () => {
  await running.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const POLICY_SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@policy"])
type Query { observation(id: ID!): Observation @policy(policies: [["observatory:read"]]) }
type Observation @key(fields: "id") { id: ID! value: Float }
`;

it('refuses a @policy publish, forced, and a gateway started afterwards starts and serves the current supergraph', async () => {
  const token = (await (await fetch(`${registryUrl}/api/dev-token/observatory`)).json()) as { token: string };
  const before = (await (await fetch(`${registryUrl}/health`)).json()) as { supergraph: { version: number } };
  const publish = await fetch(`${registryUrl}/api/subgraphs/observatory/publish`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token.token}` },
    body: JSON.stringify({ sdl: POLICY_SDL, routingUrl: 'http://127.0.0.1:9/graphql', force: true }),
  });
  const refusal = (await publish.json()) as {
    error: { code: string };
    report: { errors: { kind: string; message: string }[] };
  };
  expect(publish.status).toBe(422);
  expect(refusal.error.code).toBe('CHECKS_FAILED');
  expect(refusal.report.errors).toEqual([
    {
      kind: 'loading',
      message:
        'The gateway cannot load the composed supergraph: feature https://specs.apollo.dev/policy/v0.1 is for: SECURITY but is unsupported',
    },
  ]);

  const gatewayPort = await freePort();
  const gatewayOrigin = `http://127.0.0.1:${gatewayPort}`;
  await running.start(
    'gateway/src/main.ts',
    ['--port', String(gatewayPort), '--registry', registryUrl],
    {},
    `${gatewayOrigin}/ready`,
  );
  const health = (await (await fetch(`${gatewayOrigin}/health`)).json()) as { source: { version: number } };
  expect(health.source.version).toBe(before.supergraph.version);
  const answer = await fetch(`${gatewayOrigin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await mintDevToken({ partner: 'services', issuer: 'https://integra.dev/issuer', audience: 'integra-gateway' })}`,
    },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
});
