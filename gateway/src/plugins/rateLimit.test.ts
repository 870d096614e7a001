/**
 * Rate limits through the real gateway: per caller (token subject, or client address), per
 * partner, per unit of estimated cost, shared by two replicas through Redis, and still enforced
 * (in process) when Redis is gone. Refusals are HTTP 429 `RATE_LIMITED` with `Retry-After`.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { mintDevToken } from '../../../lib/auth/keys.js';
import { TEST_REDIS_URL, describeWithRedis } from '../../../test/redis.js';
import { DEV_TOKEN_CLAIMS } from '../../../test/tokens.js';
import { regionGateways, type TestGateway } from '../testing/harness.js';

const gateways = regionGateways('Lombardia', {
  GATEWAY_RATE_LIMITS: 'true',
  GATEWAY_RESPONSE_CACHE: 'false',
});
afterAll(() => gateways.dispose());

const QUERY = '{ region(code: "03") { name } }';

/** A token of its own: a caller no other test (nor an earlier run, in a shared Redis) has counted. */
async function caller(partner = 'services'): Promise<Record<string, string>> {
  const token = await mintDevToken({ partner, subject: `test:${randomUUID()}`, ...DEV_TOKEN_CLAIMS });
  return { authorization: `Bearer ${token}` };
}

/** The statuses of `n` requests sent one after another. */
async function statuses(gateway: TestGateway, n: number, headers: Record<string, string>): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < n; i++) seen.push((await gateway.query(QUERY, headers)).status);
  return seen;
}

describe('rate limits', () => {
  it("refuses a caller's request over its limit with 429 RATE_LIMITED and Retry-After, and counts each caller apart", async () => {
    const gateway = await gateways.start({ GATEWAY_RATE_LIMIT_REQUESTS: '3' });
    const alice = await caller();
    expect(await statuses(gateway, 3, alice)).toEqual([200, 200, 200]);
    const refused = await gateway.query(QUERY, alice);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('at most 3 requests'),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
    });
    // Another caller, and an anonymous one, have their own counts.
    expect(await statuses(gateway, 3, await caller())).toEqual([200, 200, 200]);
    expect(await statuses(gateway, 4, {})).toEqual([200, 200, 200, 429]);
  });

  it("gives a partner's callers the partner's own limit", async () => {
    const gateway = await gateways.start({
      GATEWAY_RATE_LIMIT_REQUESTS: '2',
      ASSOCIATIONS_RATE_LIMIT_REQUESTS: '4',
    });
    expect(await statuses(gateway, 3, await caller('services'))).toEqual([200, 200, 429]);
    expect(await statuses(gateway, 5, await caller('associations'))).toEqual([200, 200, 200, 200, 429]);
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const spoofed = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}` });
    // Untrusted: a client naming a new address each time is still one address.
    const direct = await gateways.start({ GATEWAY_RATE_LIMIT_REQUESTS: '2' });
    const seen = [];
    for (let i = 0; i < 3; i++) seen.push((await direct.query(QUERY, spoofed(i))).status);
    expect(seen).toEqual([200, 200, 429]);

    // Behind a trusted proxy (here, loopback) each forwarded client has its own count.
    const proxied = await gateways.start({
      GATEWAY_RATE_LIMIT_REQUESTS: '2',
      GATEWAY_TRUSTED_PROXIES: 'loopback',
    });
    for (let i = 0; i < 3; i++) expect((await proxied.query(QUERY, spoofed(i))).status).toBe(200);
    expect(await statuses(proxied, 3, spoofed(7))).toEqual([200, 200, 429]);
  });

  it('charges the estimated cost of each operation to its caller, refusing it over the limit before any subgraph is asked', async () => {
    // `region(code:)` costs 1 and its `name` 0 under the default cost model: 3 units allow 3 operations.
    const gateway = await gateways.start({ GATEWAY_RATE_LIMIT_COST: '3' });
    const alice = await caller();
    expect(await statuses(gateway, 3, alice)).toEqual([200, 200, 200]);
    const refused = await gateway.query(QUERY, alice);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body).toMatchObject({
      errors: [
        {
          message: expect.stringContaining('at most 3 units of estimated cost'),
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });
    expect(refused.body.data).toBeUndefined();
  });

  it('is off in development unless asked for', async () => {
    // Empty is unset: the development default, whatever the suite's base environment says.
    const gateway = await gateways.start({ GATEWAY_RATE_LIMITS: '', GATEWAY_RATE_LIMIT_REQUESTS: '1' });
    expect(await statuses(gateway, 3, {})).toEqual([200, 200, 200]);
  });
});

describeWithRedis(`rate limits in Redis at ${TEST_REDIS_URL}`, () => {
  it('are shared by two replicas: what one counted, the other refuses', async () => {
    const env = { REDIS_URL: TEST_REDIS_URL, GATEWAY_RATE_LIMIT_REQUESTS: '4' };
    const [one, two] = [await gateways.start(env), await gateways.start(env)];
    const alice = await caller();
    expect(await statuses(one, 2, alice)).toEqual([200, 200]);
    expect(await statuses(two, 2, alice)).toEqual([200, 200]);
    expect((await one.query(QUERY, alice)).status).toBe(429);
    expect((await two.query(QUERY, alice)).status).toBe(429);
  });
});

describe('rate limits when Redis is gone', () => {
  it('still answer, counting in process instead', async () => {
    // Nothing listens on port 9: every Redis call fails at once.
    const gateway = await gateways.start({
      REDIS_URL: 'redis://127.0.0.1:9',
      GATEWAY_RATE_LIMIT_REQUESTS: '3',
    });
    expect(await statuses(gateway, 4, await caller())).toEqual([200, 200, 200, 429]);
  });
});
