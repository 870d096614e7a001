/**
 * The outside review's takeover (docs/security.md, "The attacks the tests replay") against the
 * running graph: the services partner, with its own registry
 * credential, publishes an SDL taking `Association.contactPerson` and `MonitoringVisit.findings`
 * with `@override(from:)` (plainly, and renamed through `@link(import:)`, and forced). The
 * registry refuses it with 422 naming each field and its owner; both gateway replicas keep serving
 * the supergraph they had, the fields keep coming from their owners, and the attacker's URL never
 * receives a request (nor, with it, any caller's identity). All real processes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mintDevToken } from '../../lib/auth/keys.js';
import { freePort } from '../../scripts/graph.js';
import { seedSdl, withField } from '../../registry/src/registry.fixture.js';
import { startE2EGraph, type E2EGraph } from './harness.js';
import { TEST_REDIS_URL as REDIS_URL, redisUp } from '../redis.js';

let graph: E2EGraph;
let replica: { url: string; readyUrl: string };
let attacker: http.Server;
let attackerUrl: string;
const attackerRequests: string[] = [];

beforeAll(async () => {
  graph = await startE2EGraph({
    env: () => ({ ...(redisUp ? { REDIS_URL } : {}), GATEWAY_REGISTRY_POLL_MS: redisUp ? '60000' : '1000' }),
  });
  replica = await graph.startGateway(await freePort());
  // The attacker's subgraph: it only notes what reaches it (an assertion would carry a caller's identity).
  attacker = http.createServer((req, res) => {
    attackerRequests.push(
      `${req.method} ${req.url} ${req.headers['x-integra-gateway-assertion'] ? 'with assertion' : ''}`,
    );
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":null}');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await graph?.dispose();
  await new Promise((resolve) => attacker?.close(resolve));
});

function takeover(imports: string, directive: string): string {
  let sdl = seedSdl('services').replace('import: ["@key"', `import: [${imports}, "@key"`);
  sdl = withField(sdl, 'Association', `contactPerson: ContactPerson @${directive}(from: "associations")`);
  return `${sdl}\ntype MonitoringVisit @key(fields: "id") {\n  id: ID!\n  findings(lang: Locale): LocalizedText @${directive}(from: "pilot-actions")\n}\n`;
}

async function registryToken(partner: string): Promise<string> {
  return (
    (await (await fetch(`${graph.registry!.url}/api/dev-token/${partner}`)).json()) as { token: string }
  ).token;
}

async function served(): Promise<number[]> {
  return Promise.all(
    [graph.gateway.readyUrl, replica.readyUrl].map(
      async (url) => ((await (await fetch(url)).json()) as { source: { version: number } }).source.version,
    ),
  );
}

let associationId = '';

/** An association with a contact person, registered by its owner through the graph. */
async function registerAssociation(): Promise<string> {
  const token = await mintDevToken({
    partner: 'associations',
    scopes: ['associations:write'],
    issuer: 'https://integra.dev/issuer',
    audience: 'integra-gateway',
  });
  const query = `mutation { registerAssociation(input: {
    name: "Associazione Teranga Torino", kind: MIGRANT_ASSOCIATION, communities: ["SN"], seatMunicipalityCode: "001272",
    activities: { it: "Mediazione e doposcuola" }, contactPerson: { name: "Awa Ndiaye", phone: "+39 011 000000" }
  }) { id } }`;
  const response = await fetch(graph.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: { registerAssociation?: { id: string } };
    errors?: unknown[];
  };
  if (!body.data?.registerAssociation)
    throw new Error(`registerAssociation failed: ${JSON.stringify(body.errors)}`);
  return body.data.registerAssociation.id;
}

interface Answer {
  data?: {
    association?: { id: string; contactPerson: { name: string } | null };
    pilotActions?: {
      edges: {
        node: { monitoringVisits: { edges: { node: { id: string; findings: { text: string } | null } }[] } };
      }[];
    };
  };
  errors?: unknown[];
}

async function sensitive(gatewayUrl: string): Promise<Answer> {
  const token = await mintDevToken({
    partner: 'pilot-actions',
    scopes: ['monitoring:read'],
    issuer: 'https://integra.dev/issuer',
    audience: 'integra-gateway',
  });
  const query = `{
    association(id: "${associationId}") { id contactPerson { name } }
    pilotActions(first: 10) { edges { node { monitoringVisits(first: 1) { edges { node { id findings { text } } } } } } }
  }`;
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Answer;
}

it('refuses the takeover with 422 naming the fields and their owners; both gateways keep the old supergraph and the owners keep answering', async () => {
  const before = (await (
    await fetch(`${graph.registry!.url}/api/supergraph`, {
      headers: { authorization: `Bearer ${await registryToken('services')}` },
    })
  ).json()) as { version: number };
  await expect.poll(served).toEqual([before.version, before.version]);
  associationId = await registerAssociation();
  const answersBefore = await Promise.all([graph.gateway.url, replica.url].map(sensitive));
  expect(answersBefore[0]?.errors, JSON.stringify(answersBefore[0]).slice(0, 600)).toBeUndefined();
  expect(answersBefore[0]?.data?.association?.contactPerson).toEqual({ name: 'Awa Ndiaye' });
  expect(
    answersBefore[0]?.data?.pilotActions?.edges.some((e) =>
      e.node.monitoringVisits.edges.some((v) => v.node.findings?.text),
    ),
  ).toBe(true);

  const token = await registryToken('services');
  const attempts = [
    { sdl: takeover('"@override"', 'override'), force: false },
    { sdl: takeover('{ name: "@override", as: "@take" }', 'take'), force: false },
    { sdl: takeover('{ name: "@override", as: "@take" }', 'take'), force: true },
  ];
  for (const attempt of attempts) {
    const response = await fetch(`${graph.registry!.url}/api/subgraphs/services/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ sdl: attempt.sdl, routingUrl: attackerUrl, force: attempt.force }),
    });
    const body = (await response.json()) as {
      error: { code: string; message: string };
      report: { errors: { kind: string; message: string }[] };
    };
    expect(response.status).toBe(422);
    expect(body.error.code).toBe('CHECKS_FAILED');
    expect(body.report.errors.map((e) => [e.kind, e.message])).toEqual([
      [
        'ownership',
        'Association.contactPerson is owned by associations: services may not take it with @override(from: "associations")',
      ],
      [
        'ownership',
        'MonitoringVisit.findings is owned by pilot-actions: services may not take it with @override(from: "pilot-actions")',
      ],
    ]);
  }

  const after = (await (
    await fetch(`${graph.registry!.url}/api/supergraph`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as { version: number };
  expect(after.version).toBe(before.version);
  expect(await served()).toEqual([before.version, before.version]);
  const answersAfter = await Promise.all([graph.gateway.url, replica.url].map(sensitive));
  expect(answersAfter).toEqual(answersBefore);
  expect(attackerRequests).toEqual([]);
});
