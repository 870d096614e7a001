/**
 * Trusted documents from the registry: an integrator registers its operation with its own
 * credential, the registry checks it against the current schema and computes its hash, and an
 * allow-listed gateway following that registry runs it within a poll, without a restart. Tried to
 * break: no credential, no scope, another client's credential, an invalid operation, a hash that
 * is not the text's, a gateway not configured to trust the registry's list, a registry outage.
 * The registry sits behind a pass-through proxy the test can switch to answer 503.
 */
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credential, startTestRegistry, type TestRegistry } from '../../../registry/src/registry.fixture.js';
import { startSubgraph, startTestGateway, type TestGateway, type TestSubgraph } from '../testing/harness.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const byHash = (text: string) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } },
});

const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key"])

type Query {
  culturalEvents: [String!]
  festival(year: Int!): String
}
`;
// Named afresh on every run, so no list an earlier run left can decide this one.
const run = randomUUID().replace(/-/g, '').slice(0, 12);
const REGISTERED = `query Events_${run} { culturalEvents }`;
const NEVER_REGISTERED = `query Festival_${run} { festival(year: 2026) }`;

/** Forwards every request to the registry, or answers 503 while `down`; counts the trusted-list reads by answer. */
function outageProxy(target: () => string) {
  const state = { down: false, refusedListReads: 0, unchangedListReads: 0 };
  const server = http.createServer((req, res) => {
    if (state.down) {
      if (req.url === '/api/trusted-documents') state.refusedListReads++;
      return void res.writeHead(503).end();
    }
    const upstream = http.request(
      `${target()}${req.url}`,
      { method: req.method, headers: req.headers },
      (answer) => {
        if (req.url === '/api/trusted-documents' && answer.statusCode === 304) state.unchangedListReads++;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return { server, state };
}

describe('operations registered by integrators, trusted by the gateways that follow the registry', () => {
  let culture: TestSubgraph;
  let registry: TestRegistry;
  const proxy = outageProxy(() => registry.origin);
  let following: TestGateway;
  let notTrusting: TestGateway;
  let client: string;
  const register = (body: unknown, token: string | null, name = 'partner-app') =>
    registry.request('POST', `/api/clients/${name}/operations`, { body, token });
  const trustedList = async () =>
    (await registry.request<Record<string, string>>('GET', '/api/trusted-documents')).body;
  const code = (answer: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
    answer.body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    culture = await startSubgraph({
      name: 'culture',
      typeDefs: gql(sdl),
      resolvers: { Query: { culturalEvents: () => ['Festa dei popoli'], festival: () => 'Migrarti' } },
    });
    registry = await startTestRegistry({ dialect: 'sqlite', file: ':memory:' });
    const published = await registry.publish(
      'culture',
      { sdl, routingUrl: culture.url },
      await credential('culture'),
    );
    expect(published.status).toBe(201);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    const registryUrl = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
    const env = { GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed', GATEWAY_REGISTRY_POLL_MS: '100' };
    [following, notTrusting] = await Promise.all([
      startTestGateway({ supergraphSdl: '', registryUrl, env }),
      startTestGateway({
        supergraphSdl: '',
        registryUrl,
        env: { ...env, GATEWAY_TRUSTED_DOCUMENTS_REGISTRY: 'false' },
      }),
    ]);
    client = await credential('partner-app', ['registry:operations']);
  });
  afterAll(async () => {
    await Promise.all([following?.dispose(), notTrusting?.dispose()]);
    await new Promise((resolve) => proxy.server.close(resolve));
    await registry?.dispose();
    await culture?.stop();
  });

  it('refuses a registration without a credential, without the scope, or with another client credential, and stores nothing', async () => {
    const body = { version: '1.0.0', operations: [{ name: 'Events', text: REGISTERED }] };
    expect((await register(body, null)).status).toBe(401);
    expect((await register(body, await credential('partner-app', ['registry:publish']))).status).toBe(403);
    const other = await register(body, await credential('other-app', ['registry:operations']));
    expect(other).toMatchObject({
      status: 403,
      body: { error: { code: 'FORBIDDEN', message: expect.stringContaining('partner-app') } },
    });
    expect(await trustedList()).not.toHaveProperty(sha256(REGISTERED));
  });

  it('refuses an operation invalid against the current schema, naming it and the error, and stores none of the batch', async () => {
    const answer = await register(
      {
        version: '1.0.0',
        operations: [
          { name: 'Events', text: REGISTERED },
          { name: 'Unknown', text: `query Unknown_${run} { culturalEvents nope }` },
        ],
      },
      client,
    );
    expect(answer).toMatchObject({
      status: 422,
      body: {
        error: {
          code: 'INVALID_OPERATION',
          message: expect.stringMatching(/Unknown.*Cannot query field "nope" on type "Query"/),
        },
      },
    });
    expect(await trustedList()).not.toHaveProperty(sha256(REGISTERED));
  });

  it('computes the hash itself: a text sent with another hash is refused', async () => {
    const answer = await register(
      { operations: [{ name: 'Events', text: REGISTERED, hash: sha256(NEVER_REGISTERED) }] },
      client,
    );
    expect(answer).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringMatching(/hash/) } },
    });
    const list = await trustedList();
    expect(list).not.toHaveProperty(sha256(NEVER_REGISTERED));
    expect(list).not.toHaveProperty(sha256(REGISTERED));
  });

  it('trusts a registered operation within a poll on the gateway that follows the registry, and only there', async () => {
    expect(code(await following.post(byHash(REGISTERED)))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(code(await following.post({ query: REGISTERED }))).toBe('OPERATION_NOT_TRUSTED');
    const answer = await register(
      { version: '1.0.0', operations: [{ name: 'Events', text: REGISTERED }] },
      client,
    );
    expect(answer).toMatchObject({
      status: 200,
      body: {
        client: 'partner-app',
        version: '1.0.0',
        operations: [{ name: 'Events', hash: sha256(REGISTERED) }],
      },
    });
    expect((await trustedList())[sha256(REGISTERED)]).toBe(REGISTERED);

    await expect
      .poll(async () => (await following.post(byHash(REGISTERED))).body, { timeout: 5000, interval: 50 })
      .toEqual({ data: { culturalEvents: ['Festa dei popoli'] } });
    expect((await following.post({ query: REGISTERED })).body.data).toEqual({
      culturalEvents: ['Festa dei popoli'],
    });
    // Nothing else rode in with it.
    expect(code(await following.post(byHash(NEVER_REGISTERED)))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(code(await following.post({ query: NEVER_REGISTERED }))).toBe('OPERATION_NOT_TRUSTED');
    // A gateway told not to trust the registry's list runs its manifest's operations only.
    expect(code(await notTrusting.post(byHash(REGISTERED)))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(code(await notTrusting.post({ query: REGISTERED }))).toBe('OPERATION_NOT_TRUSTED');
    // The explorer offers what each gateway runs: the registered operation as a tab where it runs.
    const tabs = async (gateway: TestGateway) => {
      const settings = (await (await fetch(`${gateway.origin}/explorer/settings.json`)).json()) as {
        tabs: { query: string }[];
      };
      return settings.tabs.map((t) => t.query);
    };
    expect(await tabs(following)).toContain(REGISTERED);
    expect(await tabs(notTrusting)).not.toContain(REGISTERED);
  });

  it('polls cheaply: an unchanged list is a bodiless 304', async () => {
    const before = proxy.state.unchangedListReads;
    await expect
      .poll(() => proxy.state.unchangedListReads, { timeout: 5000, interval: 50 })
      .toBeGreaterThan(before + 1);
  });

  it('keeps the list it holds while the registry does not answer', async () => {
    proxy.state.down = true;
    try {
      const before = proxy.state.refusedListReads;
      await expect
        .poll(() => proxy.state.refusedListReads, { timeout: 5000, interval: 50 })
        .toBeGreaterThan(before + 1);
      expect((await following.post(byHash(REGISTERED))).body).toEqual({
        data: { culturalEvents: ['Festa dei popoli'] },
      });
    } finally {
      proxy.state.down = false;
    }
  });

  it('names the version in the usage check that then protects the operation', async () => {
    const answer = await registry.publish(
      'culture',
      { sdl: sdl.replace('  culturalEvents: [String!]\n', ''), routingUrl: culture.url },
      await credential('culture'),
    );
    expect(answer.status).toBe(422);
    expect(answer.body.report?.errors).toContainEqual(
      expect.objectContaining({
        kind: 'usage',
        message: expect.stringContaining(`Events (partner-app 1.0.0)`),
        operations: [expect.objectContaining({ client: 'partner-app', version: '1.0.0', name: 'Events' })],
      }),
    );
  });
});
