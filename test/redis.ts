/**
 * Redis for the tests that need one. When it is not reachable their suites are skipped with a
 * visible message, except under `CI=true`, where they fail: CI must exercise Redis.
 */
import net from 'node:net';
import { beforeAll, describe } from 'vitest';

/** Redis used by the tests. @default redis://127.0.0.1:6379 */
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 500 });
    const done = (up: boolean) => (socket.destroy(), resolve(up));
    socket
      .once('connect', () => done(true))
      .once('timeout', () => done(false))
      .once('error', () => done(false));
  });
}

export const redisUp = await reachable(TEST_REDIS_URL);
const inCi = process.env['CI'] === 'true';
if (!redisUp && !inCi) {
  console.warn(`\n[integra] Redis is not reachable at ${TEST_REDIS_URL}: Redis suites are SKIPPED.\n`);
}

/** `describe` for a suite that needs Redis: skipped without it, failing without it under CI=true. */
export function describeWithRedis(title: string, body: () => void): void {
  if (!redisUp && !inCi) {
    describe.skip(`${title} [Redis not reachable, skipped]`, body);
    return;
  }
  describe(title, () => {
    beforeAll(() => {
      if (!redisUp) throw new Error(`Redis is not reachable at ${TEST_REDIS_URL}, and CI=true requires it`);
    });
    body();
  });
}
