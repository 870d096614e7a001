import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs, supergraphPath } from '../../../schema/subgraphs.js';
import { mintDevToken } from '../../../lib/auth/keys.js';
import { readCounter } from '../../../lib/metrics.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { services } from '../../../subgraphs/services/src/createServer.js';
import { territories } from '../../../subgraphs/territories/src/createServer.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../testing/harness.js';
import { TEST_REDIS_URL as REDIS_URL, describeWithRedis } from '../../../test/redis.js';

// The real services and territories subgraphs, seeded; the committed supergraph routed to them.
let servicesSubgraph: RunningSubgraph;
let territoriesSubgraph: RunningSubgraph;
let baseEnv: Record<string, string>;
const started: TestGateway[] = [];
beforeAll(async () => {
  [servicesSubgraph, territoriesSubgraph] = await Promise.all([
    startSubgraph(services, { dialect: 'sqlite', file: ':memory:' }),
    startSubgraph(territories, { dialect: 'sqlite', file: ':memory:' }),
  ]);
  // The other subgraphs are not asked: their port refuses connections.
  baseEnv = Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_URL`, 'http://127.0.0.1:9/graphql']));
  baseEnv['SERVICES_URL'] = servicesSubgraph.url;
  baseEnv['TERRITORIES_URL'] = territoriesSubgraph.url;
});
afterAll(async () => {
  await Promise.all(started.map((g) => g.dispose()));
  await Promise.all([servicesSubgraph?.dispose(), territoriesSubgraph?.dispose()]);
});

async function startGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  const gateway = await startTestGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8'), env: { ...baseEnv, ...env } });
  started.push(gateway);
  return gateway;
}

/** An operation no other test or run sends, so no cache entry (in memory or in a shared Redis) can answer it yet. */
function unique(selection: string, variables = ''): string {
  return `query Read_${randomUUID().replace(/-/g, '')}${variables} ${selection}`;
}

async function bearer(partner: string, scopes: string[] = [], region?: string): Promise<Record<string, string>> {
  const token = await mintDevToken({ partner, scopes, region, issuer: 'https://integra.dev/issuer', audience: 'integra-gateway' });
  return { authorization: `Bearer ${token}` };
}

type Data = Record<string, any>;
const ask = (gateway: TestGateway, query: string, variables: object = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<Data>> =>
  gateway.post<Data>({ query, variables }, headers);

/** What went upstream so far (fetches the gateway sent, SQL the subgraphs ran) and the gateway's cache counters. */
async function counts(gateway: TestGateway) {
  const text = await (await fetch(`${gateway.origin}/metrics`)).text();
  return {
    services: readCounter(text, 'integra_subgraph_fetches_total', { subgraph: 'services' }),
    territories: readCounter(text, 'integra_subgraph_fetches_total', { subgraph: 'territories' }),
    sql: servicesSubgraph.statements() + territoriesSubgraph.statements(),
    hits: readCounter(text, 'integra_gateway_response_cache_lookups_total', { result: 'hit' }),
    misses: readCounter(text, 'integra_gateway_response_cache_lookups_total', { result: 'miss' }),
    invalidations: readCounter(text, 'integra_gateway_response_cache_invalidations_total'),
    entityHits: readCounter(text, 'integra_gateway_entity_cache_lookups_total', { result: 'hit' }),
    entityMisses: readCounter(text, 'integra_gateway_entity_cache_lookups_total', { result: 'miss' }),
  };
}

const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateServiceInput!) { updateService(id: $id, expectedVersion: $v, input: $input) { id version address } }`;

describe('the in-memory response cache (the default)', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });

  it('serves a cacheable query from the cache the second time, without asking any subgraph', async () => {
    const query = unique(`{ service(id: "SRV-00001") { id name { text } municipality { name province { abbreviation } } } }`);
    const before = await counts(gateway);
    const first = await ask(gateway, query);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.['service']).toMatchObject({ id: 'SRV-00001', municipality: { name: expect.any(String) } });
    // The lowest maxAge of the subgraphs asked: services (60 s), territories (600 s).
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    expect(first.headers.get('age')).toBeNull();
    const afterFirst = await counts(gateway);
    expect(afterFirst.services).toBe(before.services + 1);
    expect(afterFirst.territories).toBe(before.territories + 1);
    expect(afterFirst.misses).toBe(before.misses + 1);

    const second = await ask(gateway, query);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('age')).toMatch(/^\d+$/);
    expect(second.headers.get('vary')).toMatch(/Accept-Language, Authorization/);
    const afterSecond = await counts(gateway);
    expect(afterSecond).toEqual({ ...afterFirst, hits: afterFirst.hits + 1 });
  });

  it('keeps answers apart per language and per caller (anonymous, partner, scopes, region)', async () => {
    const query = unique(`{ region(code: "03") { name { text } } }`);
    const asks: [Record<string, string>, string, 'hit' | 'miss'][] = [
      [{}, 'Lombardia', 'miss'],
      [{}, 'Lombardia', 'hit'],
      [{ 'accept-language': 'en' }, 'Lombardy', 'miss'],
      [{ 'accept-language': 'en' }, 'Lombardy', 'hit'],
      [await bearer('associations'), 'Lombardia', 'miss'],
      [await bearer('associations'), 'Lombardia', 'hit'],
      [await bearer('associations', ['audit:read']), 'Lombardia', 'miss'],
      [await bearer('associations', [], '03'), 'Lombardia', 'miss'],
      [await bearer('funding'), 'Lombardia', 'miss'],
      [await bearer('funding'), 'Lombardia', 'hit'],
    ];
    for (const [headers, name, expected] of asks) {
      const before = await counts(gateway);
      const response = await ask(gateway, query, {}, headers);
      expect(response.body).toEqual({ data: { region: { name: { text: name } } } });
      const after = await counts(gateway);
      expect({ headers, result: after.territories > before.territories ? 'miss' : 'hit' }).toEqual({ headers, result: expected });
    }
  });

  it('never shares a caller-dependent field, and never caches an answer with errors', async () => {
    const writer = await bearer('services', ['services:write']);
    const written = await ask(gateway, UPDATE, { id: 'SRV-00002', v: 1, input: { contactPerson: { name: 'Awa Diop' } } }, writer);
    expect(written.body.errors).toBeUndefined();
    expect(written.headers.get('cache-control')).toBe('no-store');
    const query = unique(`{ service(id: "SRV-00002") { address contactPerson { name } } }`);

    const known = await bearer('associations');
    for (let i = 0; i < 2; i++) {
      const before = await counts(gateway);
      const response = await ask(gateway, query, {}, known);
      expect(response.body).toEqual({ data: { service: { address: expect.any(String), contactPerson: { name: 'Awa Diop' } } } });
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect((await counts(gateway)).services).toBe(before.services + 1);
    }
    // Anonymous: the gateway leaves contactPerson out (services answers a cacheable max-age=60), then
    // adds null and UNAUTHENTICATED; with that error the answer is not kept.
    for (let i = 0; i < 2; i++) {
      const before = await counts(gateway);
      const response = await ask(gateway, query);
      expect(response.body.data).toEqual({ service: { address: expect.any(String), contactPerson: null } });
      expect(response.body.errors?.[0]).toMatchObject({ path: ['service', 'contactPerson'], extensions: { code: 'UNAUTHENTICATED' } });
      expect((await counts(gateway)).services).toBe(before.services + 1);
    }
  });

  it('answers fresh after a mutation a subgraph did, and keeps its answers after one the subgraph refused', async () => {
    const query = unique(`($id: ID!) { service(id: $id) { address version } }`);
    const read = async () => {
      const before = await counts(gateway);
      const response = await ask(gateway, query, { id: 'SRV-00003' });
      expect(response.body.errors).toBeUndefined();
      return { service: response.body.data?.['service'], fetched: (await counts(gateway)).services - before.services };
    };
    const original = await read();
    expect(original.fetched).toBe(1);
    expect(await read()).toEqual({ ...original, fetched: 0 });

    const writer = await bearer('services', ['services:write']);
    const before = await counts(gateway);
    const accepted = await ask(gateway, UPDATE, { id: 'SRV-00003', v: 1, input: { address: 'Via Nuova 1' } }, writer);
    expect(accepted.body.errors).toBeUndefined();
    expect(await read()).toEqual({ service: { address: 'Via Nuova 1', version: 2 }, fetched: 1 });
    expect(await read()).toEqual({ service: { address: 'Via Nuova 1', version: 2 }, fetched: 0 });

    const refused = await ask(gateway, UPDATE, { id: 'SRV-00003', v: 1, input: { address: 'Via Vecchia 2' } }, writer);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(await read()).toEqual({ service: { address: 'Via Nuova 1', version: 2 }, fetched: 0 });
    expect((await counts(gateway)).invalidations).toBe(before.invalidations + 1);
  });
});

describe('the response cache turned off (GATEWAY_RESPONSE_CACHE=false)', () => {
  it('sends every query to the subgraphs', async () => {
    const gateway = await startGateway({ GATEWAY_RESPONSE_CACHE: 'false' });
    const query = unique(`{ service(id: "SRV-00005") { id name { text } } }`);
    for (let i = 0; i < 3; i++) {
      const before = await counts(gateway);
      const response = await ask(gateway, query);
      expect(response.body.data).toEqual({ service: { id: 'SRV-00005', name: { text: expect.any(String) } } });
      expect(response.headers.get('age')).toBeNull();
      const after = await counts(gateway);
      expect(after.services).toBe(before.services + 1);
      expect(after.sql).toBeGreaterThan(before.sql);
    }
    expect(await counts(gateway)).toMatchObject({ hits: 0, misses: 0 });
  });
});

describe('the entity cache (GATEWAY_ENTITY_CACHE=true; here without the response cache)', () => {
  let gateway: TestGateway;
  let uncached: TestGateway;
  beforeAll(async () => {
    [gateway, uncached] = await Promise.all([
      startGateway({ GATEWAY_RESPONSE_CACHE: 'false', GATEWAY_ENTITY_CACHE: 'true' }),
      startGateway({ GATEWAY_RESPONSE_CACHE: 'false' }),
    ]);
  });
  const municipalities = (first: number) =>
    unique(`{ services(filter: { regionCode: "01" }, first: ${first}) { edges { node { id municipality { name province { abbreviation } } } } } }`);
  const municipalitiesOf = (data: Data | null | undefined): string[] =>
    (data?.['services'].edges as Data[]).map((edge) => JSON.stringify(edge['node'].municipality));

  it('asks a subgraph only for the entities it does not hold, and answers as without the cache', async () => {
    const before = await counts(gateway);
    const five = await ask(gateway, municipalities(5));
    expect(five.body.errors).toBeUndefined();
    const afterFive = await counts(gateway);
    expect(afterFive.territories).toBe(before.territories + 1);
    expect(afterFive.entityMisses - before.entityMisses).toBeGreaterThan(0);

    // Another operation meeting the same municipalities and more: the first five are served from
    // the cache, only the others are asked for; the answer is the one a gateway without it gives.
    const query = municipalities(12);
    const twelve = await ask(gateway, query);
    expect(twelve.body).toEqual((await ask(uncached, query)).body);
    const afterTwelve = await counts(gateway);
    expect(afterTwelve.territories).toBe(afterFive.territories + 1);
    // One representation per service: those whose municipality the first answer had are hits.
    const held = new Set(municipalitiesOf(five.body.data));
    const expectedHits = municipalitiesOf(twelve.body.data).filter((m) => held.has(m)).length;
    expect(expectedHits).toBeGreaterThanOrEqual(5);
    expect(afterTwelve.entityHits - afterFive.entityHits).toBe(expectedHits);
    expect(afterTwelve.entityMisses - afterFive.entityMisses).toBe(12 - expectedHits);

    // All of them held: territories is not asked at all, and the cacheable answer says how long is left.
    const again = await ask(gateway, municipalities(12));
    expect(again.body.data).toEqual(twelve.body.data);
    expect((await counts(gateway)).territories).toBe(afterTwelve.territories);
    expect(again.headers.get('cache-control')).toMatch(/^max-age=(59|60), public$/);
  });

  it('keeps apart what differs by language, and never keeps a caller-dependent entity', async () => {
    const query = `{ services(filter: { regionCode: "02" }, first: 3) { edges { node { id municipality { name province { region { name { text } } } } } } } }`;
    const italian = await ask(gateway, unique(query), {}, { 'accept-language': 'it' });
    const english = await ask(gateway, unique(query), {}, { 'accept-language': 'en' });
    // The two languages name the region differently: an entity kept for one would show in the other.
    expect(english.body.data).not.toEqual(italian.body.data);
    expect(english.body).toEqual((await ask(uncached, unique(query), {}, { 'accept-language': 'en' })).body);
    expect(italian.body).toEqual((await ask(uncached, unique(query), {}, { 'accept-language': 'it' })).body);

    const caller = await bearer('services', ['services:read']);
    const privateQuery = `{ region(code: "09") { services(first: 2) { edges { node { id contactPerson { name } } } } } }`;
    for (let i = 0; i < 2; i++) {
      const before = await counts(gateway);
      const response = await ask(gateway, unique(privateQuery), {}, caller);
      expect(response.body.errors).toBeUndefined();
      const after = await counts(gateway);
      expect(after.services).toBe(before.services + 1);
      expect(after.entityHits).toBe(before.entityHits);
    }
  });

  it('answers fresh after a write through the gateway', async () => {
    const query = `{ region(code: "07") { services(first: 1) { edges { node { id version address } } } } }`;
    const read = async () => {
      const response = await ask(gateway, unique(query));
      expect(response.body.errors).toBeUndefined();
      return response.body.data?.['region'].services.edges[0].node as { id: string; version: number; address: string };
    };
    const original = await read();
    const before = await counts(gateway);
    expect(await read()).toEqual(original);
    expect((await counts(gateway)).services).toBe(before.services); // the region's services, from the cache

    const writer = await bearer('services', ['services:write']);
    const written = await ask(gateway, UPDATE, { id: original.id, v: original.version, input: { address: 'Via della Cache 7' } }, writer);
    expect(written.body.errors).toBeUndefined();
    expect(await read()).toEqual({ id: original.id, version: original.version + 1, address: 'Via della Cache 7' });
  });
});

describe('an unreachable Redis', () => {
  it('lets every query through to the subgraphs instead of failing it', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const gateway = await startGateway({ REDIS_URL: `redis://127.0.0.1:${closed}` });
    const query = unique(`{ service(id: "SRV-00006") { id } }`);
    for (let i = 0; i < 2; i++) {
      const before = await counts(gateway);
      expect((await ask(gateway, query)).body).toEqual({ data: { service: { id: 'SRV-00006' } } });
      expect((await counts(gateway)).services).toBe(before.services + 1);
    }
  });
});

describeWithRedis(`the Redis response cache at ${REDIS_URL}`, () => {
  it('keeps entities in Redis for every replica', async () => {
    const [a, b] = await Promise.all([
      startGateway({ REDIS_URL, GATEWAY_RESPONSE_CACHE: 'false', GATEWAY_ENTITY_CACHE: 'true' }),
      startGateway({ REDIS_URL, GATEWAY_RESPONSE_CACHE: 'false', GATEWAY_ENTITY_CACHE: 'true' }),
    ]);
    const query = `{ services(filter: { regionCode: "20" }, first: 4) { edges { node { id municipality { name } } } } }`;
    const first = await ask(a, unique(query));
    expect(first.body.errors).toBeUndefined();
    // Written in the background: wait until a itself is served from Redis, then ask b.
    for (let i = 0; i < 50 && (await counts(a)).entityHits === 0; i++) await ask(a, unique(query));
    expect((await counts(a)).entityHits).toBeGreaterThan(0);
    const before = await counts(b);
    const second = await ask(b, unique(query));
    expect(second.body.data).toEqual(first.body.data);
    const after = await counts(b);
    expect(after.territories).toBe(before.territories);
    expect(after.entityHits - before.entityHits).toBe(4);
  });

  it('is shared by two gateways, and a write through one makes the other answer fresh', async () => {
    const [a, b] = await Promise.all([startGateway({ REDIS_URL }), startGateway({ REDIS_URL })]);
    const query = unique(`($id: ID!) { service(id: $id) { address version } }`);
    const read = async (gateway: TestGateway) => {
      const before = await counts(gateway);
      const response = await ask(gateway, query, { id: 'SRV-00004' });
      expect(response.body.errors).toBeUndefined();
      return { service: response.body.data?.['service'], fetched: (await counts(gateway)).services - before.services, age: response.headers.get('age') };
    };
    // Gateway a answers and stores in the background: once a itself hits, the entry is in Redis.
    const first = await read(a);
    expect(first.fetched).toBe(1);
    for (let i = 0; i < 50 && (await read(a)).age === null; i++) await new Promise((resolve) => setTimeout(resolve, 20));

    const sql = servicesSubgraph.statements();
    const shared = await read(b);
    expect(shared).toEqual({ service: first.service, fetched: 0, age: expect.stringMatching(/^\d+$/) });
    expect(servicesSubgraph.statements()).toBe(sql);

    const written = await ask(a, UPDATE, { id: 'SRV-00004', v: 1, input: { address: 'Via Condivisa 4' } }, await bearer('services', ['services:write']));
    expect(written.body.errors).toBeUndefined();
    expect(await read(b)).toEqual({ service: { address: 'Via Condivisa 4', version: 2 }, fetched: 1, age: null });
  });
});
