import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gql } from 'graphql-tag';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
  type TestSubgraphContext,
} from '../testing/harness.js';
import { ASSERTION_HEADER, createAssertionVerifier } from '../../../lib/auth/assertion.js';
import {
  DEV_GATEWAY_KEY,
  DEV_IDENTITY_PROVIDER,
  keyResolver,
  mintDevToken,
  signToken,
} from '../../../lib/auth/keys.js';

const DEV_PUBLIC_JWKS_PATH = DEV_IDENTITY_PROVIDER.publicJwksPath;
const verifyAssertion = createAssertionVerifier({
  subgraph: 'territories',
  getKey: keyResolver({ kind: 'dev-keys' }, DEV_GATEWAY_KEY),
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const issuer = 'https://integra.dev/issuer';
const audience = 'integra-gateway';
const query = '{ region(code: "03") { name caller authorization } }';

/**
 * A region subgraph that tells who the gateway's assertion says is calling (verified with the
 * development gateway key), and which Authorization header it received.
 */
const echoSubgraph = {
  name: 'territories',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query {
      region(code: ID!): Region
    }
    type Region @key(fields: "code") {
      code: ID!
      name: String!
      caller: String!
      authorization: String
    }
  `,
  resolvers: {
    Query: { region: (_: unknown, { code }: { code: string }) => ({ code, name: 'Lombardia' }) },
    Region: {
      caller: async (_: unknown, __: unknown, { headers }: TestSubgraphContext) => {
        const assertion = headers[ASSERTION_HEADER];
        if (typeof assertion !== 'string') return 'no assertion';
        const { caller } = await verifyAssertion(assertion);
        return caller
          ? `${caller.subject} ${caller.partner} [${caller.scopes.join(' ')}] ${caller.region ?? '-'}`
          : 'anonymous';
      },
      authorization: (_: unknown, __: unknown, { headers }: TestSubgraphContext) =>
        headers.authorization ?? null,
    },
  },
};

async function otherKeyPair(kid: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const common = { kid, alg: 'ES256', use: 'sig' };
  return {
    privateJwk: { ...(await exportJWK(privateKey)), ...common },
    publicJwk: { ...(await exportJWK(publicKey)), ...common },
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let subgraph: TestSubgraph;
let gateway: TestGateway;
beforeAll(async () => {
  subgraph = await startSubgraph(echoSubgraph);
  gateway = await startTestGateway({ supergraphSdl: composeSupergraph([subgraph]) });
});
afterAll(async () => {
  await gateway?.dispose();
  await subgraph?.stop();
});

describe('authPlugin with the development keys', () => {
  it('answers a request without a token, and asserts to the subgraph that it is anonymous', async () => {
    const response = await gateway.query(query);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: { region: { name: 'Lombardia', caller: 'anonymous', authorization: null } },
    });
  });

  it('answers a valid development token and asserts its identity to the subgraph, without forwarding the token', async () => {
    const token = await mintDevToken({
      partner: 'services',
      scopes: ['services:write'],
      region: '03',
      issuer,
      audience,
    });
    const response = await gateway.query(query, bearer(token));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: {
        region: {
          name: 'Lombardia',
          caller: 'dev:services services [services:write] 03',
          authorization: null,
        },
      },
    });
  });

  it('publishes the public key that verifies its assertions', async () => {
    const response = await fetch(`${gateway.origin}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    const jwks = (await response.json()) as { keys: JWK[] };
    const committed = JSON.parse(await readFile(DEV_GATEWAY_KEY.publicJwksPath, 'utf8')) as { keys: JWK[] };
    expect(jwks.keys.map((k) => [k.kid, k.x, k.y, k.d])).toEqual(
      committed.keys.map((k) => [k.kid, k.x, k.y, undefined]),
    );
  });

  it.each<[string, () => Promise<string>, RegExp]>([
    [
      'an expired token',
      () => mintDevToken({ partner: 'services', ttlSeconds: -60, issuer, audience }),
      /expired/,
    ],
    [
      'a token from another issuer',
      () => mintDevToken({ partner: 'services', issuer: 'https://evil.example/', audience }),
      /not issued by "https:\/\/integra\.dev\/issuer"/,
    ],
    [
      'a token for another audience',
      () => mintDevToken({ partner: 'services', issuer, audience: 'another-api' }),
      /not meant for this graph/,
    ],
    [
      'a token signed by another key under the development key id',
      async () => {
        const devKid =
          (JSON.parse(await readFile(DEV_PUBLIC_JWKS_PATH, 'utf8')) as { keys: JWK[] }).keys[0]?.kid ?? '';
        return signToken((await otherKeyPair(devKid)).privateJwk, { partner: 'services', issuer, audience });
      },
      /not signed by a key this graph trusts/,
    ],
    [
      'a token signed by an unknown key',
      async () =>
        signToken((await otherKeyPair('unknown')).privateJwk, { partner: 'services', issuer, audience }),
      /not signed by a key this graph trusts/,
    ],
    ['garbage', async () => 'not-a-jwt', /not a valid signed JWT/],
    ['three garbage segments', async () => 'aaa.bbb.ccc', /not a valid signed JWT/],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_name, makeToken, message) => {
    const response = await gateway.query(query, bearer(await makeToken()));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toEqual([
      { message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } },
    ]);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await gateway.query(query, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]).toEqual({
      message: 'The Authorization header must be "Bearer <token>"',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('accepts a token minted by `npm run token`', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(root, 'scripts/token.ts'),
        '--partner',
        'pilot-actions',
        '--scopes',
        'a b',
        '--region',
        '03',
        '--ttl',
        '600',
      ],
      { cwd: root, env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true' } },
    );
    const token = stdout.trim();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const response = await gateway.query(query, bearer(token));
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      region: { name: 'Lombardia', caller: 'dev:pilot-actions pilot-actions [a b] 03', authorization: null },
    });
  });

  it('`npm run token` refuses an unknown partner with exit code 2', async () => {
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'scripts/token.ts'), '--partner', 'ministry'],
      {
        cwd: root,
        env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true' },
      },
    );
    await expect(run).rejects.toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/unknown partner "ministry"/),
    });
  });
});

describe('authPlugin with a JWKS file', () => {
  let dir: string;
  const started: TestGateway[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'integra-jwks-'));
  });
  afterAll(async () => {
    await Promise.all(started.map((g) => g.dispose()));
    await rm(dir, { recursive: true, force: true });
  });

  async function start(env: Record<string, string>): Promise<TestGateway> {
    const started_ = await startTestGateway({ supergraphSdl: composeSupergraph([subgraph]), env });
    started.push(started_);
    return started_;
  }
  const claims = { partner: 'funding', scopes: ['funding:write'], issuer, audience };

  it('picks up a key rotated on disk without a restart', async () => {
    const file = path.join(dir, 'rotated.json');
    const first = await otherKeyPair('key-1');
    const second = await otherKeyPair('key-2');
    await writeFile(file, JSON.stringify({ keys: [first.publicJwk] }));
    const gw = await start({ GATEWAY_JWKS_FILE: file });
    const secondToken = await signToken(second.privateJwk, claims);

    expect((await gw.query(query, bearer(await signToken(first.privateJwk, claims)))).status).toBe(200);
    expect((await gw.query(query, bearer(secondToken))).status).toBe(401);
    expect((await gw.query(query, bearer(await mintDevToken(claims)))).status).toBe(401); // the JWKS replaces the dev keys

    // Rotate: the new file (written beside, then renamed over it, as deployments do) holds the new key only.
    await writeFile(`${file}.new`, JSON.stringify({ keys: [second.publicJwk] }));
    await rename(`${file}.new`, file);
    const rotated = await gw.query(query, bearer(secondToken));
    expect(rotated.status).toBe(200);
    expect(rotated.body.data).toEqual({
      region: { name: 'Lombardia', caller: 'dev:funding funding [funding:write] -', authorization: null },
    });
    expect((await gw.query(query, bearer(await signToken(first.privateJwk, claims)))).status).toBe(401);
  });

  it('refuses development tokens in production even when the JWKS holds the development key', async () => {
    const file = path.join(dir, 'with-dev-key.json');
    await writeFile(file, await readFile(DEV_PUBLIC_JWKS_PATH, 'utf8'));
    const gw = await start({ NODE_ENV: 'production', GATEWAY_JWKS_FILE: file });
    const response = await gw.query(query, bearer(await mintDevToken(claims)));
    expect(response.status).toBe(401);
    expect(response.body.errors).toEqual([
      { message: 'Development tokens are refused in production', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
  });

  it('answers 503, not 500, when the JWKS file cannot be read', async () => {
    const gw = await start({ GATEWAY_JWKS_FILE: path.join(dir, 'missing.json') });
    const response = await gw.query(query, bearer(await mintDevToken(claims)));
    expect(response.status).toBe(503);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.errors?.[0]?.message).toMatch(/signing keys are unavailable/);
  });
});

describe('authPlugin with a JWKS URL', () => {
  let jwks: { keys: JWK[] } = { keys: [] };
  let available = true;
  let server: http.Server;
  let jwksUrl: string;
  const started: TestGateway[] = [];
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      if (!available) {
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(async () => {
    await Promise.all(started.map((g) => g.dispose()));
    await new Promise((resolve) => server.close(resolve));
  });
  const claims = { partner: 'funding', scopes: ['funding:write'], issuer, audience };

  it('picks up a key the identity provider rotated in, without a restart', async () => {
    const first = await otherKeyPair('url-key-1');
    const second = await otherKeyPair('url-key-2');
    jwks = { keys: [first.publicJwk] };
    const gw = await startTestGateway({
      supergraphSdl: composeSupergraph([subgraph]),
      env: { GATEWAY_JWKS_URL: jwksUrl },
    });
    started.push(gw);
    // jose fetches the set again at most once a second, by the wall clock: the test moves that clock.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      expect((await gw.query(query, bearer(await signToken(first.privateJwk, claims)))).status).toBe(200);
      jwks = { keys: [first.publicJwk, second.publicJwk] };
      vi.setSystemTime(Date.now() + 1000);
      const rotated = await gw.query(query, bearer(await signToken(second.privateJwk, claims)));
      expect(rotated.status).toBe(200);
      expect(rotated.body.data).toEqual({
        region: { name: 'Lombardia', caller: 'dev:funding funding [funding:write] -', authorization: null },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers 503, not 500 or 401, while the identity provider cannot be reached', async () => {
    available = false;
    try {
      const gw = await startTestGateway({
        supergraphSdl: composeSupergraph([subgraph]),
        env: { GATEWAY_JWKS_URL: jwksUrl },
      });
      started.push(gw);
      const response = await gw.query(
        query,
        bearer(await signToken((await otherKeyPair('url-key-3')).privateJwk, claims)),
      );
      expect(response.status).toBe(503);
      expect(response.body.errors?.[0]?.message).toMatch(/signing keys are unavailable/);
    } finally {
      available = true;
    }
  });
});
