import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { RemoteGraphQLDataSource, type SupergraphManager } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCounter } from '../../../../lib/metrics.js';
import { silentLogger } from '../../../../lib/log.js';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  territoriesVersion,
  type TestGateway,
  type TestSubgraph,
} from '../../testing/harness.js';
import { startRegistryStandIn, type RegistryStandIn } from '../../testing/registryStandIn.js';
import { federatedGateway } from '../../execution/index.js';
import { parsedSupergraph } from '../../supergraph/parsed.js';
import { planStoreKey, warmPlansPlugin } from './index.js';

const REGION = 'query Region($code: ID!) { region(code: $code) { code name } }';
/** Plans only on version 2. */
const POPULATION = 'query Population { region(code: "03") { population } }';
/** Plans only on version 1: on version 2 it is the broken operation. */
const FORMER_NAME = 'query FormerName { region(code: "03") { formerName } }';
const TWO_OPERATIONS =
  'query First { region(code: "01") { name } } query Second { region(code: "02") { code } }';
const REGISTERED = [REGION, POPULATION, FORMER_NAME, TWO_OPERATIONS];
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Requests of registered operations valid on version 2, each shape a client may send. */
const ON_V2: readonly object[] = [
  { query: REGION, operationName: 'Region', variables: { code: '03' } },
  { query: REGION, variables: { code: '03' } }, // no operationName
  { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(REGION) } }, variables: { code: '05' } },
  { query: POPULATION, operationName: 'Population' },
  { query: POPULATION },
  { query: TWO_OPERATIONS, operationName: 'First' },
  { query: TWO_OPERATIONS, operationName: 'Second' },
];

let v1: TestSubgraph;
let v2: TestSubgraph;
let registry: RegistryStandIn;
let dir: string;
let manifestPath: string;
const gateways: TestGateway[] = [];
beforeAll(async () => {
  // Version 1 has `formerName`; version 2 drops it and adds `population`.
  v1 = await startSubgraph(territoriesVersion('name: String! formerName: String'));
  v2 = await startSubgraph(territoriesVersion('name: String! population: Int'));
  registry = await startRegistryStandIn();
  dir = await mkdtemp(path.join(tmpdir(), 'integra-warm-plans-'));
  manifestPath = path.join(dir, 'manifest.json');
  await writeFile(manifestPath, JSON.stringify(Object.fromEntries(REGISTERED.map((t) => [sha256(t), t]))));
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.dispose()));
  await Promise.all([v1?.stop(), v2?.stop(), registry?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The gateway's log lines, parsed. */
function logSink() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

async function allowListedGateway(env: Record<string, string>, log = silentLogger()): Promise<TestGateway> {
  const gateway = await startTestGateway({
    supergraphSdl: '',
    registryUrl: registry.url,
    log,
    env: {
      GATEWAY_REGISTRY_POLL_MS: '100',
      GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed',
      GATEWAY_TRUSTED_DOCUMENTS_FILE: manifestPath,
      GATEWAY_TRUSTED_DOCUMENTS_REGISTRY: 'false',
      ...env,
    },
  });
  gateways.push(gateway);
  return gateway;
}

/** Apollo Gateway's plan lookups so far: a miss is an operation planned on the request path. */
async function lookups(gateway: TestGateway) {
  const text = await (await fetch(`${gateway.origin}/metrics`)).text();
  return {
    hits: readCounter(text, 'integra_gateway_query_plan_lookups_total', { result: 'hit' }),
    misses: readCounter(text, 'integra_gateway_query_plan_lookups_total', { result: 'miss' }),
  };
}

/** Publishes `subgraph`'s supergraph and waits until the gateway serves it (asking /health: no plan lookup). */
async function publishAndWait(gateway: TestGateway, subgraph: TestSubgraph): Promise<void> {
  const version = registry.publish(composeSupergraph([subgraph]));
  await expect
    .poll(
      async () =>
        ((await (await fetch(`${gateway.origin}/health`)).json()) as { source: { version: number } }).source
          .version,
      { timeout: 10_000 },
    )
    .toBe(version);
}

async function sendAll(gateway: TestGateway, bodies: readonly object[]) {
  const responses = [];
  for (const body of bodies) responses.push(await gateway.post(body));
  return responses;
}

describe('warm plans on a gateway following the registry', () => {
  it("has every registered operation's plan in place when a new supergraph starts serving; a broken one is skipped", async () => {
    const { log, lines } = logSink();
    registry.publish(composeSupergraph([v1]));
    const gateway = await allowListedGateway({}, log);

    // At start: planned before the first request, Population (not on version 1) skipped.
    const region = await gateway.post({ query: REGION, operationName: 'Region', variables: { code: '03' } });
    expect(region.body).toEqual({ data: { region: { code: '03', name: 'Lombardia' } } });
    expect(await lookups(gateway)).toEqual({ hits: 1, misses: 0 });

    await publishAndWait(gateway, v2);
    const before = await lookups(gateway);
    const responses = await sendAll(gateway, ON_V2);
    expect(responses.map((r) => r.status)).toEqual(ON_V2.map(() => 200));
    expect(responses[3]?.body).toEqual({ data: { region: { population: 10_000_000 } } });
    // None of them planned on the request path: each found its plan, built before the swap.
    expect(await lookups(gateway)).toEqual({ hits: before.hits + ON_V2.length, misses: before.misses });

    // FormerName does not plan on version 2: skipped, logged, and the swap happened all the same.
    expect((await gateway.post({ query: FORMER_NAME })).status).toBe(400);
    const warmed = lines.filter((l) => l['msg'] === 'query plans warmed for the supergraph now served');
    expect(warmed).toEqual([
      expect.objectContaining({ warmed: 4, failed: 1, plannedAhead: true }), // start: Population fails
      expect.objectContaining({ warmed: 4, failed: 1, plannedAhead: true }), // swap: FormerName fails
    ]);
    const skipped = lines.filter((l) => l['level'] === 40 && l['failed'] === 1);
    expect(skipped.map((l) => (l['failures'] as { operation: string }[])[0]?.operation)).toEqual([
      'Population',
      'FormerName',
    ]);
  });

  it('with GATEWAY_WARM_PLANS=false, the first requests after a swap plan on the request path', async () => {
    registry.publish(composeSupergraph([v1]));
    const gateway = await allowListedGateway({ GATEWAY_WARM_PLANS: 'false' });
    await gateway.post({ query: REGION, operationName: 'Region', variables: { code: '03' } });
    expect(await lookups(gateway)).toEqual({ hits: 0, misses: 1 });

    await publishAndWait(gateway, v2);
    const before = await lookups(gateway);
    const responses = await sendAll(gateway, ON_V2);
    expect(responses.map((r) => r.status)).toEqual(ON_V2.map(() => 200));
    // One miss per plan-store key: Region named and unnamed (the hash-only request reuses the
    // unnamed one), Population named and unnamed, First, Second.
    expect(await lookups(gateway)).toEqual({ hits: before.hits + 1, misses: before.misses + 6 });
  });
});

describe('warm plans on a supergraph file', () => {
  it('plans the registered operations before the gateway first serves', async () => {
    const gateway = await startTestGateway({
      supergraphSdl: composeSupergraph([v2]),
      env: { GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed', GATEWAY_TRUSTED_DOCUMENTS_FILE: manifestPath },
    });
    gateways.push(gateway);
    const responses = await sendAll(gateway, ON_V2);
    expect(responses.map((r) => r.status)).toEqual(ON_V2.map(() => 200));
    expect(await lookups(gateway)).toEqual({ hits: ON_V2.length, misses: 0 });
  });
});

describe('in the swap', () => {
  /** The gateway and Apollo Server as createGateway builds them, with a manager whose `update` the test calls. */
  async function servedWith(plugin: ReturnType<typeof warmPlansPlugin>, first: string) {
    let update: ((sdl: string) => void) | undefined;
    const manager: SupergraphManager = {
      async initialize(hooks) {
        update = hooks.update;
        return { supergraphSdl: first };
      },
    };
    const gateway = federatedGateway({
      manager,
      buildService: ({ url }) => new RemoteGraphQLDataSource({ url }),
      validate: false,
      parse: parsedSupergraph,
      plans: plugin.plans,
      beforeSwap: plugin.beforeSwap,
      onSwap: plugin.onSwap,
      log: silentLogger(),
    });
    const server = new ApolloServer({ gateway });
    await server.start();
    return { server, gateway, update: (sdl: string) => update?.(sdl) };
  }
  /** What the executor would find for `text` (named `name`). */
  const cached = (plugin: ReturnType<typeof warmPlansPlugin>, text: string, name?: string) =>
    plugin.plans.find(planStoreKey(text, name));

  it('puts the plans in the store within the same tick as the swap, planned ahead or not', async () => {
    const plugin = warmPlansPlugin({ operations: () => [POPULATION, FORMER_NAME], log: silentLogger() });
    const sdl1 = composeSupergraph([v1]);
    const sdl2 = composeSupergraph([v2]);
    const { server, gateway, update } = await servedWith(plugin, sdl1);
    try {
      expect(cached(plugin, FORMER_NAME, 'FormerName')).toEqual(
        expect.objectContaining({ kind: 'QueryPlan' }),
      );
      expect(cached(plugin, POPULATION, 'Population')).toBeUndefined();

      await gateway.prepare(sdl2);
      // Prepared ahead, not served yet: the store still holds the served supergraph's plans.
      expect(cached(plugin, POPULATION, 'Population')).toBeUndefined();
      update(sdl2);
      // Read synchronously after `update` returned: no request could have run in between.
      expect([cached(plugin, POPULATION, 'Population'), cached(plugin, FORMER_NAME, 'FormerName')]).toEqual([
        expect.objectContaining({ kind: 'QueryPlan' }),
        undefined,
      ]);

      // A supergraph nobody planned ahead is planned in the swap itself.
      const sdl3 = sdl2.replace('type Region', '"""A region of Italy"""\ntype Region');
      update(sdl3);
      expect(cached(plugin, POPULATION)).toEqual(expect.objectContaining({ kind: 'QueryPlan' }));
    } finally {
      await server.stop();
    }
  });
});
