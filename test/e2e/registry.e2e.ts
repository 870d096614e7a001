/**
 * Partners publishing through the schema registry while the graph serves traffic: a compatible
 * change under load (no failed request, the new field answering within seconds), a breaking change
 * refused naming the registered operations it breaks, another partner's credential refused, a
 * rollback restoring the previous supergraph, and two gateway replicas converging on each publish.
 * Everything runs as real processes; the partner uses the CLI, as in docs/partners.md.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { gql } from 'graphql-tag';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { subgraphs } from '../../schema/subgraphs.js';
import { freePort } from '../../scripts/graph.js';
import { startSubgraph, type TestSubgraph } from '../../gateway/src/testing/harness.js';
import { startE2EGraph, type E2EGraph } from './harness.js';
import { TEST_REDIS_URL as REDIS_URL, redisUp } from '../redis.js';

const root = path.resolve(import.meta.dirname, '../..');
if (!redisUp) {
  if (process.env['CI'] === 'true')
    throw new Error(`Redis is not reachable at ${REDIS_URL}, and CI=true requires it`);
  console.warn(
    `[registry e2e] Redis is not reachable at ${REDIS_URL}: gateways learn of publishes by polling only.`,
  );
}

/** A new partner's subgraph extending Region, as the partner deploys it: each version at its own URL. */
const partnerSubgraph = (name: string, fields: string) => ({
  name,
  typeDefs: gql(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key"])
    type Region @key(fields: "code") { code: ID! ${fields} }
  `),
  resolvers: {
    Region: {
      __resolveReference: ({ code }: { code: string }) => ({
        code,
        integrationIndex: 0.62,
        integrationTrend: 'RISING',
        barometerIndex: 0.4,
        barometerTrend: 'STEADY',
      }),
    },
  },
});
const V1_SDL =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key"])\ntype Region @key(fields: "code") { code: ID! integrationIndex: Float }\n';
const V2_SDL = V1_SDL.replace(
  'integrationIndex: Float',
  'integrationIndex: Float\n  "Direction of the index over the last year."\n  integrationTrend: String',
);
// A second new partner, for the rollback: its own subgraph, so that test publishes what it rolls back.
const BAROMETER_V1_SDL = V1_SDL.replace('integrationIndex', 'barometerIndex');
const BAROMETER_V2_SDL = V2_SDL.replace('integrationIndex', 'barometerIndex').replace(
  'integrationTrend',
  'barometerTrend',
);

let graph: E2EGraph;
let replica: { url: string; readyUrl: string };
let v1: TestSubgraph;
let v2: TestSubgraph;
let barometer1: TestSubgraph;
let barometer2: TestSubgraph;
const files: Record<string, string> = {};

beforeAll(async () => {
  graph = await startE2EGraph({
    env: () => ({ ...(redisUp ? { REDIS_URL } : {}), GATEWAY_REGISTRY_POLL_MS: redisUp ? '60000' : '1000' }),
  });
  replica = await graph.startGateway(await freePort());
  v1 = await startSubgraph(partnerSubgraph('observatory', 'integrationIndex: Float'));
  v2 = await startSubgraph(
    partnerSubgraph('observatory', 'integrationIndex: Float integrationTrend: String'),
  );
  barometer1 = await startSubgraph(partnerSubgraph('barometer', 'barometerIndex: Float'));
  barometer2 = await startSubgraph(
    partnerSubgraph('barometer', 'barometerIndex: Float barometerTrend: String'),
  );
  const dir = path.join(graph.dataDir, 'schemas');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string) => {
    files[name] = path.join(dir, name);
    writeFileSync(files[name], text);
  };
  write('observatory-v1.graphql', V1_SDL);
  write('observatory-v2.graphql', V2_SDL);
  write('barometer-v1.graphql', BAROMETER_V1_SDL);
  write('barometer-v2.graphql', BAROMETER_V2_SDL);
  const services = readFileSync(subgraphs.find((s) => s.name === 'services')!.sdlPath, 'utf8');
  write(
    'services-breaking.graphql',
    services.replace(/\n {2}openingHours\(lang: Locale\): LocalizedText!/, ''),
  );
});
afterAll(async () => {
  await graph?.dispose();
  await Promise.all([v1?.stop(), v2?.stop(), barometer1?.stop(), barometer2?.stop()]);
});

/** Runs the partner's CLI against the test registry: its exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'registry/cli/main.ts'), ...args],
      {
        cwd: root,
        env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true', INTEGRA_REGISTRY_URL: graph.registry!.url },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
const devToken = async (partner: string) =>
  (await cli('dev-token', partner)).stdout.trim().split('\n').at(-1)!;

async function servedVersions(): Promise<number[]> {
  return Promise.all(
    [graph.gateway.readyUrl, replica.readyUrl].map(
      async (url) => ((await (await fetch(url)).json()) as { source: { version: number } }).source.version,
    ),
  );
}
/** A read of the registry, with a partner's credential (its reads are not public). */
let reader: string | undefined;
async function read<T>(route: string): Promise<T> {
  reader ??= await devToken('funding');
  return (await (
    await fetch(`${graph.registry!.url}${route}`, { headers: { authorization: `Bearer ${reader}` } })
  ).json()) as T;
}
async function registryVersion(): Promise<{ version: number; id: string }> {
  return read('/api/supergraph');
}
/** Waits until both replicas serve the registry's current supergraph; fails after `timeoutMs`. */
async function converged(timeoutMs = 8000): Promise<number> {
  const target = (await registryVersion()).version;
  await expect
    .poll(servedVersions, {
      timeout: timeoutMs,
      interval: 100,
      message: `both replicas on version ${target}`,
    })
    .toEqual([target, target]);
  return target;
}
/** Region belongs to territories: its partner lets the new partners extend it (the same list from every test). */
async function allowRegionExtensions(): Promise<void> {
  const allowed = await cli(
    'extensions',
    'territories',
    '--type',
    'Region',
    '--allow',
    'associations,pilot-actions,services,observatory,barometer',
    '--token',
    await devToken('territories'),
  );
  expect(allowed.code, allowed.stderr).toBe(0);
}
/** Resolves once `count` more responses have arrived from a running load. */
function responses(load: autocannon.Instance, count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const onResponse = () => {
      if (++seen < count) return;
      load.off('response', onResponse);
      resolve();
    };
    load.on('response', onResponse);
  });
}

const query = (gatewayUrl: string, text: string) =>
  fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text }),
  }).then(
    async (r) => (await r.json()) as { data?: { region?: Record<string, unknown> }; errors?: unknown[] },
  );

it('publishes a new partner subgraph and a compatible change under load: no request fails, both replicas serve the new field within seconds', async () => {
  const token = await devToken('observatory');
  await allowRegionExtensions();
  const first = await cli(
    'publish',
    'observatory',
    '--schema',
    files['observatory-v1.graphql']!,
    '--url',
    v1.url,
    '--token',
    token,
  );
  expect(first.code, first.stderr).toBe(0);
  await converged();
  expect((await query(graph.gateway.url, '{ region(code: "03") { integrationIndex } }')).data).toEqual({
    region: { integrationIndex: 0.62 },
  });

  const body = JSON.stringify({ query: '{ region(code: "03") { code integrationIndex } }' });
  // Apollo Server ends every JSON answer with a newline.
  const expected = `${JSON.stringify({ data: { region: { code: '03', integrationIndex: 0.62 } } })}\n`;
  // The load runs until stopped: it is under way before the publish and still running after both replicas swapped.
  let finished: (result: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve) => (finished = resolve));
  const load = autocannon(
    {
      url: graph.gateway.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: 50,
      duration: 50,
      expectBody: expected,
    },
    (_error, result) => finished(result),
  );
  await responses(load, 500);
  const published = performance.now();
  const second = await cli(
    'publish',
    'observatory',
    '--schema',
    files['observatory-v2.graphql']!,
    '--url',
    v2.url,
    '--token',
    token,
  );
  expect(second.code, second.stderr).toBe(0);
  // Announced on Redis, the swap does not wait for the next poll (a minute): converged() fails after 8 s.
  const version = await converged();
  const swapMs = Math.round(performance.now() - published);
  await responses(load, 500);
  load.stop();
  const result = await done;
  const answers = await Promise.all(
    [graph.gateway.url, replica.url].map((url) => query(url, '{ region(code: "03") { integrationTrend } }')),
  );
  expect(answers.map((a) => a.data)).toEqual([
    { region: { integrationTrend: 'RISING' } },
    { region: { integrationTrend: 'RISING' } },
  ]);
  console.log(
    `[registry e2e] ${result.requests.total} requests under load, ${result.errors} errors, ${result.non2xx} non-2xx, ${result.mismatches} wrong answers; both replicas on version ${version} ${swapMs} ms after the publish`,
  );
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.non2xx).toBe(0);
  expect(result.mismatches).toBe(0);
}, 60_000);

it('refuses a breaking change that breaks a registered operation, naming it and its client, and publishes nothing', async () => {
  const before = await registryVersion();
  const token = await devToken('services');
  const check = await cli(
    'check',
    'services',
    '--schema',
    files['services-breaking.graphql']!,
    '--token',
    token,
  );
  expect(check.code).toBe(1);
  expect(check.stdout + check.stderr).toMatch(/TurinServicesByLanguage/);
  expect(check.stdout + check.stderr).toMatch(/integra-client/);
  const url = graph.subgraphs.find((s) => s.name === 'services')!.url;
  const publish = await cli(
    'publish',
    'services',
    '--schema',
    files['services-breaking.graphql']!,
    '--url',
    url,
    '--token',
    token,
  );
  expect(publish.code).toBe(1);
  expect(publish.stdout + publish.stderr).toMatch(/TurinServicesByLanguage/);
  expect(await registryVersion()).toEqual(before);
});

it("refuses another partner's credential with 403", async () => {
  const before = await registryVersion();
  const response = await fetch(`${graph.registry!.url}/api/subgraphs/observatory/publish`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await devToken('funding')}` },
    body: JSON.stringify({ sdl: V1_SDL, routingUrl: v1.url }),
  });
  expect(response.status).toBe(403);
  expect(await registryVersion()).toEqual(before);
});

it('rolls back to the previous version: the previous supergraph again, on both replicas', async () => {
  const token = await devToken('barometer');
  await allowRegionExtensions();
  const afterPublish: { version: number; id: string }[] = [];
  for (const [file, subgraph] of [
    ['barometer-v1.graphql', barometer1],
    ['barometer-v2.graphql', barometer2],
  ] as const) {
    const published = await cli(
      'publish',
      'barometer',
      '--schema',
      files[file]!,
      '--url',
      subgraph.url,
      '--token',
      token,
    );
    expect(published.code, published.stderr).toBe(0);
    afterPublish.push(await registryVersion());
  }
  const history = await read<{ versions: { version: number }[] }>('/api/subgraphs/barometer/versions');
  expect(history.versions.map((v) => v.version)).toEqual([2, 1]);
  await converged();
  expect((await query(replica.url, '{ region(code: "03") { barometerTrend } }')).data).toEqual({
    region: { barometerTrend: 'STEADY' },
  });

  const rollback = await cli('rollback', 'barometer', '--to', '1', '--token', token);
  expect(rollback.code, rollback.stderr).toBe(0);
  const current = await registryVersion();
  // A new version of the graph, composed of what the first publish composed: the same supergraph.
  expect(current.version).toBeGreaterThan(afterPublish[1]!.version);
  expect(current.id).toBe(afterPublish[0]!.id);
  await converged();
  const answer = await query(replica.url, '{ region(code: "03") { barometerTrend } }');
  expect(answer.errors).toBeDefined();
  expect((await query(graph.gateway.url, '{ region(code: "03") { barometerIndex } }')).data).toEqual({
    region: { barometerIndex: 0.4 },
  });
});
