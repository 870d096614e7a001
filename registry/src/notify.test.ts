/**
 * Announcements on Redis: a subscriber of SUPERGRAPH_CHANNEL receives the version of every new
 * supergraph (the seed's, a publish's); a Redis that is down never fails a publish. Skipped with a
 * notice when Redis is unreachable, except under CI=true, where it fails.
 */
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERGRAPH_CHANNEL } from './notify.js';
import { credential, seedSdl, startTestRegistry, withField, type TestRegistry } from './registry.fixture.js';
import { TEST_REDIS_URL as REDIS_URL, describeWithRedis } from '../../test/redis.js';

const publishBody = {
  sdl: withField(seedSdl('services'), 'Service', 'announced: String'),
  routingUrl: 'http://127.0.0.1:4002/graphql',
};

describeWithRedis('announcements on Redis', () => {
  const received: string[] = [];
  const subscriber = createClient({ url: REDIS_URL });
  let registry: TestRegistry;
  beforeAll(async () => {
    await subscriber.connect();
    await subscriber.subscribe(SUPERGRAPH_CHANNEL, (message) => void received.push(message));
    registry = await startTestRegistry({ dialect: 'sqlite', file: ':memory:' }, { REDIS_URL });
  });
  afterAll(async () => {
    await registry?.dispose();
    subscriber.destroy();
  });

  it('announces the seeded supergraph and every published one, by version', async () => {
    await expect.poll(() => received, { timeout: 2000 }).toContain('1');
    const answer = await registry.request<{ supergraph: { version: number } }>(
      'POST',
      '/api/subgraphs/services/publish',
      {
        body: publishBody,
        token: await credential('services'),
      },
    );
    expect(answer.status).toBe(201);
    // The registry announces before it answers; the subscriber's connection delivers it just after.
    await expect.poll(() => received, { timeout: 2000 }).toContain(String(answer.body.supergraph.version));
  });
});

describe('a Redis that is down', () => {
  it('never fails a publish: the supergraph is stored, the announcement is logged as lost', async () => {
    // Nothing listens on port 1: every connection attempt is refused at once.
    const registry = await startTestRegistry(
      { dialect: 'sqlite', file: ':memory:' },
      { REDIS_URL: 'redis://127.0.0.1:1' },
    );
    try {
      const answer = await registry.request('POST', '/api/subgraphs/services/publish', {
        body: publishBody,
        token: await credential('services'),
      });
      expect(answer).toMatchObject({ status: 201, body: { supergraph: { version: 2 } } });
      expect(registry.warnings).toContainEqual(
        expect.objectContaining({ msg: 'supergraph not announced: Redis is not connected', version: 2 }),
      );
    } finally {
      await registry.dispose();
    }
  });
});
