/**
 * The entity cache through the whole gateway (`GATEWAY_ENTITY_CACHE=true`, here without the
 * response cache), in front of the real services and territories subgraphs. (How it merges cached
 * and fetched entities: entityCache.test.ts; invalidation by writes: cacheInvalidation.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL as REDIS_URL, describeWithRedis } from '../../../test/redis.js';
import { ask, bearer, cachedGraph, unique, type Data } from '../testing/cachedGraph.js';
import type { TestGateway } from '../testing/harness.js';

const { start: startGateway, counts } = cachedGraph();

describe('the entity cache in process', () => {
  let gateway: TestGateway;
  let uncached: TestGateway;
  beforeAll(async () => {
    [gateway, uncached] = await Promise.all([
      startGateway({ GATEWAY_RESPONSE_CACHE: 'false', GATEWAY_ENTITY_CACHE: 'true' }),
      startGateway({ GATEWAY_RESPONSE_CACHE: 'false' }),
    ]);
  });
  const municipalities = (first: number) =>
    unique(
      `{ services(filter: { regionCode: "01" }, first: ${first}) { edges { node { id municipality { name province { abbreviation } } } } } }`,
    );
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
    // One representation per distinct municipality (each entity is sent once): those the first
    // answer had are hits, every one of them, as the first five services are among the twelve.
    const held = new Set(municipalitiesOf(five.body.data));
    const wanted = new Set(municipalitiesOf(twelve.body.data));
    const expectedHits = [...wanted].filter((m) => held.has(m)).length;
    expect(expectedHits).toBe(held.size);
    expect(wanted.size).toBeGreaterThan(held.size);
    expect(afterTwelve.entityHits - afterFive.entityHits).toBe(expectedHits);
    expect(afterTwelve.entityMisses - afterFive.entityMisses).toBe(wanted.size - expectedHits);

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
});

describeWithRedis(`the entity cache in Redis at ${REDIS_URL}`, () => {
  it('keeps entities in Redis for every replica', async () => {
    const [a, b] = await Promise.all([
      startGateway({ REDIS_URL, GATEWAY_RESPONSE_CACHE: 'false', GATEWAY_ENTITY_CACHE: 'true' }),
      startGateway({ REDIS_URL, GATEWAY_RESPONSE_CACHE: 'false', GATEWAY_ENTITY_CACHE: 'true' }),
    ]);
    const query = `{ services(filter: { regionCode: "20" }, first: 4) { edges { node { id municipality { name } } } } }`;
    const first = await ask(a, unique(query));
    expect(first.body.errors).toBeUndefined();
    // Written in the background: wait until a itself is served from Redis, then ask b.
    await expect
      .poll(async () => (await ask(a, unique(query)), (await counts(a)).entityHits))
      .toBeGreaterThan(0);
    const before = await counts(b);
    const second = await ask(b, unique(query));
    expect(second.body.data).toEqual(first.body.data);
    const after = await counts(b);
    expect(after.territories).toBe(before.territories);
    expect(after.entityHits - before.entityHits).toBe(4);
  });
});
