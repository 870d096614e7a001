/**
 * Thousands of random and malformed requests, generated with fast-check, through the real gateway
 * (three of them: development, development with batching, production with trusted documents and a
 * JWKS file). Whatever a client sends, the gateway answers below 500, with a JSON body whose errors
 * carry `extensions.code`; it neither crashes nor leaves a promise rejection unhandled, and it still
 * answers a plain query correctly afterwards. A failure prints the request that broke the property
 * (shrunk by fast-check) and the `seed` and `path` that replay it: pass them to `fc.assert`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { exportJWK, generateKeyPair } from 'jose';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintDevToken, signToken } from '../../lib/auth/keys.js';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from './testing/harness.js';
import {
  describeRequest,
  GATEWAY_NAMES,
  hostileRequests,
  sha256,
  type Fixtures,
  type GatewayName,
  type HostileRequest,
  type RequestMix,
} from './testing/hostile/requests.js';
import { hostileSubgraph, SANITY_DATA, SANITY_QUERY } from './testing/hostile/subgraph.js';
import type { GeneratedDocument } from './testing/hostile/documents.js';

const issuer = 'https://integra.dev/issuer';
const audience = 'integra-gateway';

/** The production gateway's manifest. */
const trusted: GeneratedDocument[] = [
  { text: SANITY_QUERY, operationNames: [undefined], variables: [] },
  {
    text: 'query Region($id: ID!) { region(code: $id) { code name budget services(first: 2) { id contact } } }',
    operationNames: ['Region'],
    variables: ['id'],
  },
  {
    text: 'query Search($textRequired: String!) { search(text: $textRequired) { __typename ... on Listing { id title } ... on Program { budget } } }',
    operationNames: ['Search'],
    variables: ['textRequired'],
  },
  {
    text: 'query Filter($filter: ServiceFilter!, $int: Int) { services(filter: $filter, first: $int) { id sector languages region { budget } } }',
    operationNames: ['Filter'],
    variables: ['filter', 'int'],
  },
  { text: 'query Me { me { subject scopes } regions { code } }', operationNames: ['Me'], variables: [] },
  {
    text: 'mutation Touch($sectors: [Sector!]!, $text: String) { touch(sectors: $sectors, note: $text) }',
    operationNames: ['Touch'],
    variables: ['sectors', 'text'],
  },
  {
    text: 'query A { __typename } query B { regions(first: 1) { code } }',
    operationNames: ['A', 'B'],
    variables: [],
  },
];

/**
 * How many batches of requests each property sends (each batch: 1 to 8 requests, sent at once):
 * about 6,500 requests in all, 15 to 25 s on two cores.
 */
const RUNS = { schema: 500, hostileDocuments: 300, malformedBodies: 300, hostileHeaders: 400 } as const;
/** Properties stop generating after this long; the test then fails rather than time out silently. */
const TIME_LIMIT_MS = 100_000;

let subgraph: TestSubgraph;
let dir: string;
const gateways = {} as Record<GatewayName, TestGateway>;
let fixtures: Fixtures;
const agent = new Agent({ connections: 16, keepAliveTimeout: 2_000 });

const statuses = new Map<number, number>();
let sent = 0;
let firstRequestAt: number | undefined;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  dir = await mkdtemp(path.join(tmpdir(), 'integra-hostile-'));
  const manifest = path.join(dir, 'trusted.json');
  await writeFile(manifest, JSON.stringify(Object.fromEntries(trusted.map((d) => [sha256(d.text), d.text]))));
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const keyFields = { kid: 'test-key', alg: 'ES256', use: 'sig' };
  const jwks = path.join(dir, 'jwks.json');
  await writeFile(jwks, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), ...keyFields }] }));
  const productionKey = { ...(await exportJWK(privateKey)), ...keyFields };
  const other = {
    ...(await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey)),
    kid: 'test-key',
    alg: 'ES256',
  };

  subgraph = await startSubgraph(hostileSubgraph);
  const supergraphSdl = composeSupergraph([subgraph]);
  const [development, batching, production] = await Promise.all([
    startTestGateway({ supergraphSdl }),
    startTestGateway({ supergraphSdl, env: { GATEWAY_ALLOW_BATCHING: 'true' } }),
    startTestGateway({
      supergraphSdl,
      env: {
        NODE_ENV: 'production',
        GATEWAY_JWKS_FILE: jwks,
        GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed',
        GATEWAY_TRUSTED_DOCUMENTS_FILE: manifest,
        GATEWAY_ALLOW_BATCHING: 'true',
        // Thousands of requests from one address: this test is about what each one holds.
        GATEWAY_RATE_LIMITS: 'false',
      },
    }),
  ]);
  Object.assign(gateways, { development, batching, production });

  const claims = { partner: 'services', issuer, audience };
  const devTokens = await Promise.all([
    mintDevToken(claims),
    mintDevToken({ ...claims, scopes: ['x:read'], region: '03' }),
  ]);
  fixtures = {
    goodTokens: {
      development: devTokens,
      batching: devTokens,
      production: await Promise.all([
        signToken(productionKey, claims),
        signToken(productionKey, { ...claims, scopes: ['y:admin', 'x:read'] }),
      ]),
    },
    badTokens: await Promise.all([
      mintDevToken({ ...claims, ttlSeconds: -60 }),
      mintDevToken({ ...claims, issuer: 'https://evil.example/' }),
      mintDevToken({ ...claims, audience: 'another' }),
      signToken(other, claims),
      signToken(productionKey, { ...claims, partner: '' }),
      signToken(productionKey, { ...claims, region: 'Lombardia' }),
      signToken(productionKey, { ...claims, ttlSeconds: -3600 }),
    ]),
    trusted,
  };
});

afterAll(async () => {
  await Promise.all(GATEWAY_NAMES.map((name) => gateways[name]?.dispose()));
  await subgraph?.stop();
  await agent.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
});

interface ErrorShape {
  readonly extensions?: { readonly code?: unknown };
}

/** What is wrong with a response, or `undefined` when it keeps the promises of docs/security.md ("The attacks the tests replay"). */
function problemWith(method: string, status: number, contentType: string, text: string): string | undefined {
  if (status >= 500) return `HTTP ${status}: ${text.slice(0, 500)}`;
  if (status < 200 || (status >= 300 && status < 400)) return `HTTP ${status}`;
  if (method === 'HEAD') return undefined;
  // A CORS preflight is answered 204 with no body, whatever its origin (cors.ts).
  if (method === 'OPTIONS' && status === 204 && text === '') return undefined;
  // A browser's GET (one that prefers HTML, without a query) gets the explorer's page instead of a GraphQL answer.
  if (method === 'GET' && status === 200 && contentType.startsWith('text/html')) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `HTTP ${status} with a body that is not JSON: ${JSON.stringify(text.slice(0, 300))}`;
  }
  // A batch (accepted by the batching gateways) answers an array: one GraphQL response per operation.
  const results = Array.isArray(body) ? body : [body];
  if (results.length === 0) return `HTTP ${status} with an empty batch response`;
  let failures = 0;
  for (const result of results) {
    if (typeof result !== 'object' || result === null)
      return `HTTP ${status} with a body that is not a GraphQL response: ${text.slice(0, 300)}`;
    const { data, errors } = result as { data?: unknown; errors?: unknown };
    if (data === undefined && errors === undefined)
      return `HTTP ${status} with neither data nor errors: ${text.slice(0, 300)}`;
    if (errors === undefined) continue;
    if (!Array.isArray(errors) || errors.length === 0)
      return `errors is not a non-empty array: ${text.slice(0, 300)}`;
    failures++;
    for (const error of errors as ErrorShape[]) {
      if (typeof error?.extensions?.code !== 'string')
        return `HTTP ${status} with an error without extensions.code: ${JSON.stringify(error).slice(0, 300)}`;
    }
  }
  if (status >= 400 && failures === 0) return `HTTP ${status} without errors: ${text.slice(0, 300)}`;
  return undefined;
}

async function send(hostile: HostileRequest): Promise<void> {
  firstRequestAt ??= Date.now();
  const url = new URL(hostile.path, gateways[hostile.gateway].origin);
  let status: number;
  let contentType: string;
  let text: string;
  try {
    const response = await request(url, {
      method: hostile.method,
      headers: hostile.headers,
      body: hostile.body,
      dispatcher: agent,
      headersTimeout: 20_000,
      bodyTimeout: 20_000,
    });
    status = response.statusCode;
    contentType = String(response.headers['content-type'] ?? '');
    text = await response.body.text();
  } catch (error) {
    throw new Error(`The request failed (${String(error)}):\n${describeRequest(hostile)}`, { cause: error });
  }
  sent++;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const problem = problemWith(hostile.method, status, contentType, text);
  if (problem) throw new Error(`${problem}\n${describeRequest(hostile)}`);
}

/** Sends batches of requests of one mix, each batch concurrently, and checks every response. */
async function fuzz(mix: RequestMix, numRuns: number): Promise<void> {
  const batches: Arbitrary<HostileRequest[]> = fc.array(hostileRequests(fixtures, mix), {
    minLength: 1,
    maxLength: 8,
  });
  await fc.assert(
    fc.asyncProperty(batches, async (batch) => {
      await Promise.all(batch.map(send));
    }),
    { numRuns, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: true },
  );
}

describe('the gateway under hostile input', () => {
  it('answers operations built from the schema (arguments, variables, aliases, fragments, directives)', async () => {
    await fuzz({ documents: 'schema', malformedBodies: false, hostileHeaders: false }, RUNS.schema);
  }, 120_000);

  it('refuses garbage, truncated, huge and deeply nested documents with a 4xx', async () => {
    await fuzz(
      { documents: 'hostile', malformedBodies: false, hostileHeaders: false },
      RUNS.hostileDocuments,
    );
  }, 120_000);

  it('refuses bodies that are not one GraphQL request: not JSON, arrays, scalars, wrong encodings, too large', async () => {
    await fuzz({ documents: 'schema', malformedBodies: true, hostileHeaders: false }, RUNS.malformedBodies);
  }, 120_000);

  it('survives hostile headers, methods and paths: content types, tokens, languages, long values', async () => {
    await fuzz({ documents: 'schema', malformedBodies: false, hostileHeaders: true }, RUNS.hostileHeaders);
  }, 120_000);

  it('still answers a plain query afterwards, and nothing was left unhandled', async () => {
    for (const name of GATEWAY_NAMES) {
      const response = await gateways[name].query(SANITY_QUERY, { 'apollo-require-preflight': 'true' });
      expect({ name, status: response.status, body: response.body }).toEqual({
        name,
        status: 200,
        body: { data: SANITY_DATA },
      });
    }
    const seconds = ((Date.now() - (firstRequestAt ?? Date.now())) / 1000).toFixed(1);
    const distribution = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    console.log(`hostile input: ${sent} requests in ${seconds} s; statuses ${distribution}`);
    expect(sent).toBeGreaterThan(3_000);
    expect(unhandled).toEqual([]);
  });
});
