/**
 * The graph as production runs it (`NODE_ENV=production`): bearer tokens verified against an
 * identity provider's JWKS (a file here), the gateway signing assertions with its own key, each
 * subgraph fetching the gateway's public key from its `/.well-known/jwks.json`, trusted documents
 * on, and the committed development keys refused everywhere.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  CreateServiceDocument,
  TurinServicesByLanguageDocument,
} from '../../clients/__generated__/operations.js';
import { mintDevToken, signToken } from '../../lib/auth/keys.js';
import { viaGateway } from '../assertions.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

const issuer = 'https://id.example.gov.it/';
const audience = 'integra';
let graph: E2EGraph;
let identityProvider: JWK;
let secrets: string;

async function keyPair(kid: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const common = { kid, alg: 'ES256', use: 'sig' };
  return {
    privateJwk: { ...(await exportJWK(privateKey)), ...common },
    publicJwk: { ...(await exportJWK(publicKey)), ...common },
  };
}

beforeAll(async () => {
  secrets = mkdtempSync(path.join(tmpdir(), 'integra-production-'));
  const idp = await keyPair('idp-2026-11');
  identityProvider = idp.privateJwk;
  writeFileSync(path.join(secrets, 'idp-jwks.json'), JSON.stringify({ keys: [idp.publicJwk] }));
  const gatewayKey = await keyPair('gateway-2026-11');
  writeFileSync(path.join(secrets, 'gateway-assertion.jwk.json'), JSON.stringify(gatewayKey.privateJwk));
  writeFileSync(path.join(secrets, 'gateway-jwks.json'), JSON.stringify({ keys: [gatewayKey.publicJwk] }));
  graph = await startE2EGraph({
    env: (gatewayOrigin) => ({
      NODE_ENV: 'production',
      GATEWAY_JWKS_FILE: path.join(secrets, 'idp-jwks.json'),
      GATEWAY_JWT_ISSUER: issuer,
      GATEWAY_JWT_AUDIENCE: audience,
      GATEWAY_ASSERTION_KEY_FILE: path.join(secrets, 'gateway-assertion.jwk.json'),
      INTEGRA_GATEWAY_JWKS_URL: `${gatewayOrigin}/.well-known/jwks.json`,
    }),
    // The registry verifies the gateway's reads before the gateway listens: its public key as a file.
    registryEnv: {
      INTEGRA_GATEWAY_JWKS_URL: '',
      INTEGRA_GATEWAY_JWKS_FILE: path.join(secrets, 'gateway-jwks.json'),
    },
  });
});
afterAll(async () => {
  await graph?.dispose();
  rmSync(secrets, { recursive: true, force: true });
});

const input = {
  name: { it: 'Sportello Stranieri – Asti' },
  description: { it: 'Informazioni e orientamento.' },
  openingHours: { it: 'lun 9-12' },
  areas: ['WORK' as const],
  providerKind: 'MUNICIPALITY' as const,
  municipalityCode: '005005',
  address: 'Piazza San Secondo 1, Asti',
  languages: ['it'],
  targetGroups: ['WORKERS' as const],
  freeOfCharge: true,
};

it('answers registered operations to anonymous callers, through subgraphs that verify the gateway by its published key', async () => {
  const result = await graph.execute(TurinServicesByLanguageDocument, {});
  expect(result.errors).toBeUndefined();
  expect(result.data?.province?.services.totalCount).toBeGreaterThan(0);
});

it("lets a partner write with the identity provider's token, and refuses development tokens and unregistered operations", async () => {
  const token = await signToken(identityProvider, {
    partner: 'services',
    scopes: ['services:write'],
    issuer,
    audience,
  });
  const created = await graph.execute(CreateServiceDocument, { input }, { authorization: `Bearer ${token}` });
  expect(created.errors).toBeUndefined();
  expect(created.data?.createService).toMatchObject({ version: 1, municipality: { name: 'Asti' } });

  const devToken = await mintDevToken({ partner: 'services', scopes: ['services:write'], issuer, audience });
  const refused = await fetch(graph.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${devToken}` },
    body: JSON.stringify({ query: print(CreateServiceDocument), variables: { input } }),
  });
  expect(refused.status).toBe(401);

  const unregistered = await fetch(graph.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation { closeService(id: "SRV-00001", expectedVersion: 1) { id } }' }),
  });
  expect(unregistered.status).toBe(400);
  expect(
    ((await unregistered.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions
      .code,
  ).toBe('OPERATION_NOT_TRUSTED');
});

it('has subgraphs refuse an assertion signed by the development gateway key', async () => {
  const services = graph.subgraphs.find((s) => s.name === 'services')!;
  const response = await fetch(services.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await viaGateway('services')) },
    body: JSON.stringify({ query: '{ service(id: "SRV-00001") { id } }' }),
  });
  expect(response.status).toBe(401);
  expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
    /development key/,
  );
});
