import { createHash, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../lib/log.js';
import { TEST_REDIS_URL as REDIS_URL, describeWithRedis } from '../../../test/redis.js';
import { createStores } from '../stores.js';
import { regionGateways, type TestGateway } from '../testing/harness.js';

const gateways = regionGateways('Lombardia');
afterAll(() => gateways.dispose());

/** A query no other run has registered, so tests sharing a Redis never see each other's entries. */
function uniqueQuery(): { query: string; sha256Hash: string } {
  const query = `query Apq_${randomUUID().replace(/-/g, '')} { region(code: "03") { name } }`;
  return { query, sha256Hash: createHash('sha256').update(query).digest('hex') };
}

const persisted = (sha256Hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } } });

/** Hash only → PERSISTED_QUERY_NOT_FOUND; hash and query → registered; hash only → answered. */
async function apqRoundTrip(register: TestGateway, reuse: TestGateway = register): Promise<string> {
  const { query, sha256Hash } = uniqueQuery();
  const unknown = await register.post(persisted(sha256Hash));
  expect(unknown.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
  const registered = await register.post({ query, ...persisted(sha256Hash) });
  expect(registered.body).toEqual({ data: { region: { name: 'Lombardia' } } });
  const byHash = await reuse.post(persisted(sha256Hash));
  expect(byHash.body).toEqual({ data: { region: { name: 'Lombardia' } } });
  return sha256Hash;
}

describe('persistedQueriesPlugin', () => {
  it.each([
    [
      'a hash that does not match the query',
      {
        query: '{ region(code: "03") { name } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
      },
      'provided sha does not match query',
    ],
    [
      'an unknown protocol version',
      { extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } },
      'Unsupported persisted query version',
    ],
  ])('answers %s with 400 BAD_REQUEST, also in production', async (_name, body, message) => {
    const environments: Record<string, string>[] = [
      {},
      { NODE_ENV: 'production', GATEWAY_TRUSTED_DOCUMENTS: 'off' },
    ];
    for (const env of environments) {
      const gateway = await gateways.start(env);
      const response = await gateway.post(body);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ message, extensions: { code: 'BAD_REQUEST' } }]);
    }
  });

  it('still runs a persisted query whose hash matches', async () => {
    const gateway = await gateways.start();
    const query = '{ region(code: "03") { name } }';
    const { createHash } = await import('node:crypto');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const response = await gateway.post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    });
    expect(response.body).toEqual({ data: { region: { name: 'Lombardia' } } });
  });
});

describe('the persisted-query store in process (without REDIS_URL)', () => {
  it('registers a query by its hash, and answers the hash alone afterwards', async () => {
    await apqRoundTrip(await gateways.start());
  });
});

describeWithRedis(`the persisted-query store in Redis at ${REDIS_URL}`, () => {
  it('is shared between gateways: a query one registered, the other answers by its hash', async () => {
    const [first, second] = await Promise.all([gateways.start({ REDIS_URL }), gateways.start({ REDIS_URL })]);
    const store = createStores({
      persistedQueries: { kind: 'redis', url: REDIS_URL },
      data: { kind: 'off' },
      log: silentLogger(),
    });
    try {
      const hash = await apqRoundTrip(first, second);
      // Apollo Server keys persisted queries as `apq:<hash>` in the gateway's namespace.
      expect(await store.persistedQueries.get(`apq:${hash}`)).toContain('Apq_');
      await store.persistedQueries.delete(`apq:${hash}`);
    } finally {
      await store.dispose();
    }
  });
});
