/**
 * The servers under the graph restarted under load, with real processes: the services partner's
 * PostgreSQL (a throwaway cluster of this test, so that no other test loses its database), and the
 * Redis the gateway and the registry share (a throwaway server too) for caches, rate limits and the
 * registry's announcements. No client request fails (no answer, or not HTTP 200) while either is
 * down, and everything comes back by itself: PostgreSQL's fields answer again, the gateway hears
 * the registry's next announcement through Redis.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../../schema/subgraphs.js';
import { freePort } from '../../scripts/graph.js';
import { describeRun, pause, underLoad, until } from '../load.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

const PG_ROOT = '/usr/lib/postgresql';
const pgBin = existsSync(PG_ROOT)
  ? path.join(PG_ROOT, readdirSync(PG_ROOT).sort().at(-1)!, 'bin')
  : undefined;
const canRun = pgBin !== undefined && existsSync('/usr/bin/redis-server') && process.getuid?.() === 0;
if (!canRun) {
  if (process.env['CI'] === 'true')
    throw new Error('PostgreSQL binaries, redis-server and root are required in CI');
  console.warn(
    '[chaos stores] skipped: needs PostgreSQL binaries, redis-server and root to start throwaway servers',
  );
}

/** A PostgreSQL cluster of this test, owned by the postgres user, in a temporary folder. */
function throwawayPostgres(port: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'integra-pg-'));
  chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), 0);
  const data = path.join(dir, 'data');
  // No pipes: the server pg_ctl starts would inherit them, and the call would wait for it to exit.
  const asPostgres = (program: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(pgBin!, program), ...args], {
      stdio: 'ignore',
      timeout: 60_000,
    });
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres']);
  asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () => asPostgres('pg_ctl', ['-D', data, '-o', options, '-m', 'fast', '-w', 'restart']),
    remove() {
      try {
        asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A Redis server of this test, keeping nothing on disk. */
function throwawayRedis(port: number) {
  let server: ChildProcess | undefined;
  const start = async () => {
    server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    for (let i = 0; i < 100; i++) {
      try {
        execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'pipe' });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    throw new Error('redis-server did not start');
  };
  const kill = async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
  };
  return { url: `redis://127.0.0.1:${port}`, start, kill };
}

let graph: E2EGraph;
let postgres: ReturnType<typeof throwawayPostgres> | undefined;
let redis: ReturnType<typeof throwawayRedis> | undefined;

beforeAll(async () => {
  if (!canRun) return;
  postgres = throwawayPostgres(await freePort());
  redis = throwawayRedis(await freePort());
  await redis.start();
  graph = await startE2EGraph({
    env: () => ({
      REDIS_URL: redis!.url,
      SERVICES_DATABASE_URL: postgres!.url,
      // Only Redis's announcements can make a gateway swap within seconds.
      GATEWAY_REGISTRY_POLL_MS: '60000',
      // Counted in Redis, and high enough that these clients stay under them.
      GATEWAY_RATE_LIMITS: 'true',
      GATEWAY_RATE_LIMIT_REQUESTS: '1000000',
      GATEWAY_RATE_LIMIT_COST: '1000000000',
      // A partner's circuit, opened while its database restarts, is tried again soon after.
      GATEWAY_BREAKER_HALF_OPEN_AFTER_MS: '500',
    }),
  });
}, 180_000);
afterAll(async () => {
  await graph?.dispose();
  await redis?.kill();
  postgres?.remove();
});

/** 10 clients on the gateway; `first` varies so that answers are rarely cached. */
const circuits = async () =>
  (
    (await (await fetch(graph.gateway.url.replace('/graphql', '/health'))).json()) as {
      circuits: Record<string, string>;
    }
  ).circuits;

const load = (scenario: Parameters<typeof underLoad>[1]) =>
  underLoad(
    {
      url: graph.gateway.url,
      query: () =>
        `{ region(code: "03") { code services(first: ${1 + Math.floor(Math.random() * 50)}) { totalCount } } }`,
    },
    scenario,
  );

describe.skipIf(!canRun)('the servers under the graph restarted under load', () => {
  it("the services partner's PostgreSQL restarted: no client request fails, and its fields answer again", async () => {
    const { tally, result, failed } = await load(async (tally) => {
      await pause(1000);
      postgres!.restart();
      await until(async () => (await circuits())['services'] === 'closed', 10_000);
      // Well again, and for good: only whole answers from here on.
      const before = { ...tally };
      await pause(1500);
      expect(tally.whole).toBeGreaterThan(before.whole);
      expect(tally.partial).toBe(before.partial);
    });
    console.log(`[chaos] ${describeRun('PostgreSQL restarted', { tally, result, failed })}`);
    expect(failed).toBe(0);
  }, 60_000);

  it('Redis killed and started again: no client request fails, and the registry is heard through it again', async () => {
    await until(async () => Object.values(await circuits()).every((state) => state === 'closed'), 10_000);
    const { tally, result, failed } = await load(async () => {
      await pause(1000);
      await redis!.kill();
      await pause(2000);
      await redis!.start();
      await pause(2000);
    });
    console.log(`[chaos] ${describeRun('Redis killed and restarted', { tally, result, failed })}`);
    expect(failed).toBe(0);

    // A publish after Redis came back reaches the gateway by announcement (it polls once a minute).
    const registry = graph.registry!.url;
    const token = ((await (await fetch(`${registry}/api/dev-token/services`)).json()) as { token: string })
      .token;
    const entry = subgraphs.find((s) => s.name === 'services')!;
    const sdl = readFileSync(entry.sdlPath, 'utf8').replace(
      /^type Service @key/m,
      '"A service offered to foreign nationals (restarted Redis)."\ntype Service @key',
    );
    const published = await fetch(`${registry}/api/subgraphs/services/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ sdl, routingUrl: graph.subgraphs.find((s) => s.name === 'services')!.url }),
    });
    expect(published.status, await published.clone().text()).toBe(201);
    const { supergraph } = (await published.json()) as { supergraph: { version: number } };
    await expect
      .poll(
        async () =>
          (
            (await (await fetch(graph.gateway.url.replace('/graphql', '/health'))).json()) as {
              source: { version: number };
            }
          ).source.version,
        { timeout: 10_000, interval: 100 },
      )
      .toBe(supergraph.version);
  }, 60_000);
});
