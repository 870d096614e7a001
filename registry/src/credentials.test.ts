/**
 * Who may change the graph, over HTTP, on each dialect: a partner's own subgraph only, with the
 * `registry:publish` scope (401 without a valid credential, 403 for another partner's, logged);
 * a new subgraph under the partner's own name; client operations, registered with
 * `registry:operations` and then protected by the usage check; bad input refused with a 400.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { describeEachDialect } from '../../test/dialects.js';
import {
  credential,
  startTestRegistry,
  withField,
  withoutField,
  type TestRegistry,
} from './registry.fixture.js';

const SERVICES_URL = 'http://127.0.0.1:4002/graphql';

/** True when `query` is valid against the public fields of a supergraph's SDL. */
function accepts(supergraphSdl: string, query: string): boolean {
  return validate(buildSchema(supergraphSdl, { assumeValidSDL: true }), parse(query)).length === 0;
}

describeEachDialect('credentials and client operations', (dialect) => {
  let registry: TestRegistry;
  let services: string;
  beforeAll(async () => {
    registry = await startTestRegistry(dialect.config('registry-access'));
    services = await credential('services');
  });
  afterAll(() => registry?.dispose());

  /** Publishes as `token`'s holder (the services partner by default; `null`: no credential). */
  const publish = (name: string, body: unknown, token: string | null = services) =>
    registry.publish(name, body, token ?? undefined);
  const history = (name: string) => registry.history(name);
  const supergraph = () => registry.supergraph();
  const currentSdl = (name: string) => registry.currentSdl(name);

  it("refuses a missing or invalid credential (401) and another partner's or a scope-less one (403), storing nothing", async () => {
    const sdl = withField(await currentSdl('services'), 'Service', 'parking: String');
    const before = (await supergraph()).version;
    const versions = (await history('services')).length;
    expect(await publish('services', { sdl, routingUrl: SERVICES_URL }, null)).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED' } },
    });
    expect(await publish('services', { sdl, routingUrl: SERVICES_URL }, 'not-a-jwt')).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: 'The token is not a valid signed JWT' } },
    });
    expect(
      await publish(
        'services',
        { sdl, routingUrl: SERVICES_URL },
        await credential('services', ['registry:publish'], -60),
      ),
    ).toMatchObject({
      status: 401,
      body: { error: { message: 'The token has expired' } },
    });
    const foreign = await publish(
      'services',
      { sdl, routingUrl: SERVICES_URL },
      await credential('associations'),
    );
    expect(foreign).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(registry.warnings).toContainEqual(
      expect.objectContaining({
        level: 40,
        subject: 'dev:associations',
        partner: 'associations',
        subgraph: 'services',
      }),
    );
    expect(
      await publish('services', { sdl, routingUrl: SERVICES_URL }, await credential('services', [])),
    ).toMatchObject({ status: 403 });
    const rollback = await registry.request('POST', '/api/subgraphs/services/rollback', {
      body: { version: 1 },
      token: await credential('funding'),
    });
    expect(rollback.status).toBe(403);
    expect((await supergraph()).version).toBe(before);
    expect(await history('services')).toHaveLength(versions);
  });

  it('refuses bad input with a 400', async () => {
    expect(await publish('services', '{"sdl": ', services)).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_REQUEST' } },
    });
    expect(await publish('services', { sdl: 'type Query { a: Int }' })).toMatchObject({
      status: 400,
      body: { error: { message: '"routingUrl" must be a non-empty string' } },
    });
    expect(await publish('services', { sdl: 'type Query { a: Int }', routingUrl: 'ftp://x' })).toMatchObject({
      status: 400,
    });
    expect(
      await publish('services', { sdl: 'type Query { a: Int }', routingUrl: SERVICES_URL, force: 'yes' }),
    ).toMatchObject({ status: 400 });
    expect(await registry.request('GET', '/api/subgraphs/nowhere/versions')).toMatchObject({ status: 404 });
    expect(await registry.request('GET', '/api/nothing-here')).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'No route for GET /api/nothing-here' } },
    });
    // What Node's HTTP parser refuses is answered in the registry's shape too.
    const oversized = await fetch(`${registry.origin}/health`, { headers: { 'x-long': 'v'.repeat(20_000) } });
    expect(oversized.status).toBe(431);
    expect(await oversized.json()).toEqual({
      error: { code: 'BAD_REQUEST', message: 'The request line and headers are too large' },
    });
  });

  it('protects the operations clients register', async () => {
    const text = 'query ServiceTargets { service(id: "SRV-00001") { id targetGroups } }';
    const body = { operations: [{ name: 'ServiceTargets', text }] };
    expect(
      await registry.request('POST', '/api/clients/partner-app/operations', { body, token: services }),
    ).toMatchObject({ status: 403 });
    const token = await credential('partner-app', ['registry:operations']);
    expect(
      await registry.request('POST', '/api/clients/partner-app/operations', {
        body: { operations: [{ name: 'X', text: '{ nope' }] },
        token,
      }),
    ).toMatchObject({ status: 400 });
    const registered = await registry.request('POST', '/api/clients/partner-app/operations', { body, token });
    const hash = createHash('sha256').update(text).digest('hex');
    expect(registered).toMatchObject({
      status: 200,
      body: { client: 'partner-app', operations: [{ name: 'ServiceTargets', hash }] },
    });
    await registry.request('POST', '/api/clients/partner-app/operations', { body, token });
    const clients = await registry.request<{
      clients: { client: string; operations: { name: string; hash: string }[] }[];
    }>('GET', '/api/clients');
    expect(clients.body.clients.find((c) => c.client === 'partner-app')?.operations).toEqual([
      { name: 'ServiceTargets', hash },
    ]);
    expect(
      clients.body.clients.find((c) => c.client === 'integra-client')?.operations.length,
    ).toBeGreaterThan(10);

    const answer = await publish('services', {
      sdl: withoutField(await currentSdl('services'), 'Service', /^ {2}targetGroups:/),
      routingUrl: SERVICES_URL,
    });
    expect(answer.status).toBe(422);
    expect(answer.body.report?.errors).toContainEqual(
      expect.objectContaining({
        kind: 'usage',
        operations: expect.arrayContaining([
          expect.objectContaining({ client: 'partner-app', name: 'ServiceTargets' }),
        ]),
      }),
    );
  });

  it('lets a partner publish a new subgraph under its own name only', async () => {
    const sdl = [
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key"])',
      'type Query {',
      '  housingOffers: [HousingOffer!]!',
      '}',
      'type HousingOffer @key(fields: "id") {',
      '  id: ID!',
      '  title: String!',
      '}',
    ].join('\n');
    const body = { sdl, routingUrl: 'http://127.0.0.1:4010/graphql' };
    expect(await publish('housing', body)).toMatchObject({ status: 403 });
    const answer = await publish('housing', body, await credential('housing'));
    expect(answer).toMatchObject({ status: 201, body: { version: 1 } });
    expect(accepts((await supergraph()).sdl, '{ housingOffers { id title } }')).toBe(true);
    expect(await history('housing')).toMatchObject([
      { version: 1, publishedBy: 'dev:housing', current: true },
    ]);
    expect(await publish('Bad_Name', body, await credential('Bad_Name'))).toMatchObject({ status: 400 });
  });
});
