/**
 * The circuit breaker through the real gateway: a partner that stops answering gives partial data
 * with SUBGRAPH_UNAVAILABLE; once its breaker opens, the gateway answers `circuit_open` without
 * asking it, `/health` and `/metrics` show the breaker open, and when the partner is back the
 * breaker closes by itself, with no restart.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  composeSupergraph,
  regionSubgraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from '../testing/harness.js';

const services = {
  name: 'services',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Region @key(fields: "code") {
      code: ID!
      serviceCount: Int
    }
  `,
  resolvers: { Region: { __resolveReference: (ref: { code: string }) => ref, serviceCount: () => 812 } },
};

type Answer = { region: { name: string; serviceCount: number | null } | null };

describe('a circuit breaker through the gateway', () => {
  let subgraphs: TestSubgraph[];
  let gateway: TestGateway;
  // Between the gateway and the services subgraph: forwards, or (down) drops every connection.
  let relay: http.Server;
  let down = false;
  let relayed = 0;

  beforeAll(async () => {
    subgraphs = [await startSubgraph(regionSubgraph('Lombardia')), await startSubgraph(services)];
    const target = new URL(subgraphs[1]!.url);
    relay = http.createServer((req, res) => {
      if (down) return req.socket.destroy();
      relayed++;
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const relayUrl = `http://127.0.0.1:${(relay.address() as AddressInfo).port}/graphql`;
    gateway = await startTestGateway({
      supergraphSdl: composeSupergraph(subgraphs, { services: relayUrl }),
      env: {
        GATEWAY_RESPONSE_CACHE: 'false',
        GATEWAY_SUBGRAPH_RETRIES: '0',
        GATEWAY_BREAKER_MIN_FETCHES: '3',
        GATEWAY_BREAKER_HALF_OPEN_AFTER_MS: '300',
      },
    });
  });
  afterAll(async () => {
    await gateway?.dispose();
    relay?.closeAllConnections();
    await new Promise((resolve) => relay?.close(resolve));
    await Promise.all(subgraphs.map((s) => s.stop()));
  });

  const ask = () => gateway.query<Answer>('{ region(code: "03") { name serviceCount } }');
  const health = async () =>
    ((await (await fetch(`${gateway.origin}/health`)).json()) as { circuits: Record<string, string> })
      .circuits;
  const gauge = async () => {
    const text = await (await fetch(`${gateway.origin}/metrics`)).text();
    return /integra_subgraph_circuit_state\{subgraph="services"\} (\d)/.exec(text)?.[1];
  };

  it('opens when the partner stops answering, answers circuit_open without asking it, and closes by itself when it is back', async () => {
    expect((await ask()).body.data?.region).toEqual({ name: 'Lombardia', serviceCount: 812 });
    expect(await health()).toMatchObject({ territories: 'closed', services: 'closed' });

    down = true;
    for (let i = 0; i < 2; i++) {
      const { body } = await ask();
      expect(body.data?.region).toEqual({ name: 'Lombardia', serviceCount: null });
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'SUBGRAPH_UNAVAILABLE',
        serviceName: 'services',
        reason: 'unreachable',
      });
    }
    expect(await health()).toMatchObject({ services: 'open' });
    expect(await gauge()).toBe('2');

    // Open: partial data at once, and the partner is not asked, even once it is back.
    down = false;
    const before = relayed;
    const { body } = await ask();
    expect(body.data?.region).toEqual({ name: 'Lombardia', serviceCount: null });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'services',
      reason: 'circuit_open',
    });
    expect(relayed).toBe(before);

    // After the half-open delay a probe goes through, succeeds, and the breaker closes.
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await ask()).body).toEqual({ data: { region: { name: 'Lombardia', serviceCount: 812 } } });
    expect(relayed).toBe(before + 1);
    expect(await health()).toMatchObject({ services: 'closed' });
    expect(await gauge()).toBe('0');
  });
});
