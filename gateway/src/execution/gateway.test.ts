import { Writable } from 'node:stream';
import { RemoteGraphQLDataSource, type SupergraphManager } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../lib/log.js';
import type { LoadedSupergraph } from '../../../lib/supergraph/load.js';
import {
  composeSupergraph,
  startSubgraph,
  territoriesVersion,
  type TestSubgraph,
} from '../testing/harness.js';
import { parsedSupergraph } from '../supergraph/parsed.js';
import { federatedGateway, type FederatedGatewayOptions } from './index.js';

let v1: TestSubgraph;
let v2: TestSubgraph;
beforeAll(async () => {
  v1 = await startSubgraph(territoriesVersion('name: String! formerName: String'));
  v2 = await startSubgraph(territoriesVersion('name: String! population: Int'));
});
afterAll(() => Promise.all([v1.stop(), v2.stop()]));

/** Apollo Server over the gateway, with a manager whose `update` the test calls; what the hooks saw. */
async function serve(first: string, options: Partial<FederatedGatewayOptions> = {}) {
  let update: ((sdl: string) => void) | undefined;
  const manager: SupergraphManager = {
    async initialize(hooks) {
      update = hooks.update;
      return { supergraphSdl: first };
    },
  };
  const seen = { beforeSwap: [] as LoadedSupergraph[], onSwap: [] as LoadedSupergraph[], built: 0 };
  const plans = new Map<string, never>();
  const gateway = federatedGateway({
    manager,
    buildService: ({ url }) => {
      seen.built++;
      return new RemoteGraphQLDataSource({ url });
    },
    validate: true,
    parse: parsedSupergraph,
    plans: { find: (key) => plans.get(key), store: (key, plan) => plans.set(key, plan as never) },
    beforeSwap: async (loaded) => {
      seen.beforeSwap.push(loaded);
    },
    onSwap: (loaded) => seen.onSwap.push(loaded),
    log: silentLogger(),
    ...options,
  });
  const server = new ApolloServer({ gateway });
  await server.start();
  const ask = async (query: string, headers: Record<string, string> = {}) => {
    const http = { method: 'POST', headers: new HeaderMap(Object.entries(headers)), search: '', body: {} };
    const response = await server.executeOperation({ query, http });
    if (response.body.kind !== 'single') throw new Error('expected a single answer');
    return response.body.singleResult;
  };
  return { server, gateway, seen, ask, update: (sdl: string) => update!(sdl) };
}

describe('the gateway Apollo Server loads', () => {
  it('swaps to the supergraph it built ahead, without building it again, and then answers on it', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
          lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const { server, gateway, seen, ask, update } = await serve(composeSupergraph([v1]), {
      log: pino({ level: 'info' }, stream),
    });
    try {
      expect(await ask('{ region(code: "03") { name formerName } }')).toEqual({
        data: { region: { name: 'Lombardia', formerName: 'Longobardia' } },
      });
      const sdl2 = composeSupergraph([v2]);
      await gateway.prepare(sdl2);
      const [ahead] = seen.beforeSwap;
      expect(ahead?.sdl).toBe(sdl2);
      // How long it took, and the longest wait it caused, are logged.
      const built = lines.find((l) => l['msg'] === 'supergraph built ahead of its swap');
      expect(built).toMatchObject({ buildMs: expect.any(Number), longestStepMs: expect.any(Number) });
      expect(built!['buildMs']).toBeGreaterThanOrEqual(built!['longestStepMs'] as number);
      // Built, not served: the served supergraph still answers.
      expect((await ask('{ region(code: "03") { formerName } }')).data).toEqual({
        region: { formerName: 'Longobardia' },
      });

      update(sdl2);
      // The very object built ahead is the one served.
      expect(seen.onSwap.at(-1)).toBe(ahead);
      expect(await ask('{ region(code: "03") { population } }')).toEqual({
        data: { region: { population: 10_000_000 } },
      });
      expect((await ask('{ region(code: "03") { formerName } }')).errors?.[0]?.message).toMatch(
        /Cannot query field "formerName"/,
      );
      // The subgraph moved (another URL): a new data source; one that stays keeps its own.
      expect(seen.built).toBe(2);
      update(sdl2.replace('type Region', '"""A region of Italy"""\ntype Region'));
      expect(seen.onSwap).toHaveLength(3);
      expect(seen.built).toBe(2);
    } finally {
      await server.stop();
    }
  });

  it('refuses a supergraph that does not load, at the swap, and keeps serving the one it has', async () => {
    const { server, gateway, seen, ask, update } = await serve(composeSupergraph([v1]));
    try {
      // A type the API schema names but nothing defines: the validation refuses it.
      const broken = composeSupergraph([v2]).replace('population: Int', 'population: Missing');
      await expect(gateway.prepare(broken)).resolves.toBeUndefined();
      expect(seen.beforeSwap).toEqual([]);
      expect(() => update(broken)).toThrow(/Missing/);
      expect(seen.onSwap).toHaveLength(1);
      expect((await ask('{ region(code: "03") { formerName } }')).data).toEqual({
        region: { formerName: 'Longobardia' },
      });
      // Not SDL at all.
      await gateway.prepare('type {');
      expect(() => update('type {')).toThrow(/Syntax Error/);
      expect((await ask('{ region(code: "01") { code } }')).data).toEqual({ region: { code: '01' } });
    } finally {
      await server.stop();
    }
  });

  it('answers Apollo-Query-Plan-Experimental with the plan only where it is exposed', async () => {
    const query = '{ region(code: "03") { name } }';
    const header = { 'apollo-query-plan-experimental': '1' };
    const exposed = await serve(composeSupergraph([v1]), { exposeQueryPlan: true });
    const hidden = await serve(composeSupergraph([v1]));
    try {
      const shown = await exposed.ask(query, header);
      expect(shown.data).toEqual({ region: { name: 'Lombardia' } });
      expect(String(shown.extensions?.['__queryPlanExperimental'])).toMatch(
        /Fetch\(service: "territories"\)/,
      );
      const internal = await exposed.ask(query, {
        ...header,
        'apollo-query-plan-experimental-format': 'internal',
      });
      expect(internal.extensions?.['__queryPlanExperimental']).toMatchObject({ kind: 'QueryPlan' });
      const plain = await hidden.ask(query, header);
      expect(plain.data).toEqual({ region: { name: 'Lombardia' } });
      expect(plain.extensions).toBeUndefined();
    } finally {
      await Promise.all([exposed.server.stop(), hidden.server.stop()]);
    }
  });

  it("checks a supergraph's subgraphs when its manager asks, naming one that does not answer", async () => {
    const down = await startSubgraph({ ...territoriesVersion('name: String!'), name: 'partner' });
    await down.stop();
    const results: string[] = [];
    const manager: SupergraphManager = {
      async initialize({ healthCheck }) {
        const check = (sdl: string) =>
          healthCheck(sdl).then(
            () => 'healthy',
            (error: Error) => error.message,
          );
        results.push(await check(composeSupergraph([v1])), await check(composeSupergraph([down])));
        return { supergraphSdl: composeSupergraph([v1]) };
      },
    };
    const gateway = federatedGateway({
      manager,
      buildService: ({ url }) => new RemoteGraphQLDataSource({ url }),
      validate: false,
      parse: parsedSupergraph,
      plans: { find: () => undefined, store: () => undefined },
      log: silentLogger(),
    });
    await gateway.load({ apollo: {} });
    await gateway.stop();
    expect(results[0]).toBe('healthy');
    expect(results[1]).toMatch(/^\[partner\]/);
  });

  it('refuses every supergraph once stopped', async () => {
    const { server, update } = await serve(composeSupergraph([v1]));
    await server.stop();
    expect(() => update(composeSupergraph([v2]))).toThrow(/stopped/);
  });
});
