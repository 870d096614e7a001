/**
 * Every malformed request shape, through the real gateway: each gets a 4xx with a JSON body and a
 * clear code (from the request body plugin, CSRF prevention, the operation-name plugin or Apollo
 * Server's own checks), never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from 'graphql-tag';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from './testing/harness.js';

const territories = {
  name: 'territories',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query {
      region(code: ID!): Region
      regions(first: Int!): [Region!]!
    }
    type Mutation {
      touch: Boolean
    }
    type Region @key(fields: "code") {
      code: ID!
    }
  `,
  resolvers: {
    Query: { region: (_: unknown, { code }: { code: string }) => ({ code }), regions: () => [] },
    Mutation: { touch: () => true },
  },
};

let subgraph: TestSubgraph;
let gateway: TestGateway;
beforeAll(async () => {
  subgraph = await startSubgraph(territories);
  gateway = await startTestGateway({ supergraphSdl: composeSupergraph([subgraph]) });
});
afterAll(async () => {
  await gateway?.dispose();
  await subgraph?.stop();
});

interface RawRequest {
  readonly method?: 'GET' | 'POST' | 'PUT';
  /** Appended to `/graphql` (for GET). */
  readonly search?: string;
  /** Sent as it is. */
  readonly body?: string;
  /** @default { 'content-type': 'application/json' } for a POST, none for a GET */
  readonly headers?: Record<string, string>;
}

async function send(
  request: RawRequest,
): Promise<{ status: number; contentType: string | null; body: unknown }> {
  const method = request.method ?? 'POST';
  const headers = request.headers ?? (method === 'POST' ? { 'content-type': 'application/json' } : {});
  const response = await fetch(`${gateway.origin}/graphql${request.search ?? ''}`, {
    method,
    headers,
    body: request.body,
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: JSON.parse(text),
  };
}

const query = '{ region(code: "03") { code } }';
const get = (params: Record<string, string>): RawRequest => ({
  method: 'GET',
  search: `?${new URLSearchParams(params).toString()}`,
  headers: { 'apollo-require-preflight': 'true' },
});

describe('malformed requests', () => {
  it('answers a well-formed request (the baseline)', async () => {
    expect(await send({ body: JSON.stringify({ query }) })).toMatchObject({
      status: 200,
      body: { data: { region: { code: '03' } } },
    });
    expect(await send(get({ query }))).toMatchObject({
      status: 200,
      body: { data: { region: { code: '03' } } },
    });
  });

  const cases: [string, RawRequest, number, string][] = [
    ['a body that is not JSON', { body: '{"query": ' }, 400, 'BAD_REQUEST'],
    ['a JSON number', { body: '42' }, 400, 'BAD_REQUEST'],
    ['a JSON string', { body: JSON.stringify(query) }, 400, 'BAD_REQUEST'],
    ['JSON null', { body: 'null' }, 400, 'BAD_REQUEST'],
    ['JSON true', { body: 'true' }, 400, 'BAD_REQUEST'],
    ['an empty JSON body', { body: '' }, 400, 'BAD_REQUEST'],
    ['an empty object', { body: '{}' }, 400, 'BAD_REQUEST'],
    ['a query that is a number', { body: JSON.stringify({ query: 42 }) }, 400, 'BAD_REQUEST'],
    ['a query that is an object', { body: JSON.stringify({ query: { region: 1 } }) }, 400, 'BAD_REQUEST'],
    [
      'variables that are a string',
      { body: JSON.stringify({ query, variables: '{"code":"03"}' }) },
      400,
      'BAD_REQUEST',
    ],
    ['variables that are an array', { body: JSON.stringify({ query, variables: [1] }) }, 400, 'BAD_REQUEST'],
    [
      'an operationName that is a number',
      { body: JSON.stringify({ query, operationName: 1 }) },
      400,
      'BAD_REQUEST',
    ],
    [
      'extensions that are a string',
      { body: JSON.stringify({ query, extensions: 'x' }) },
      400,
      'BAD_REQUEST',
    ],
    [
      'an unknown operationName',
      { body: JSON.stringify({ query: `query A ${query}`, operationName: 'B' }) },
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    [
      'two operations and no operationName',
      { body: JSON.stringify({ query: `query A ${query} query B ${query}` }) },
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    [
      'a variable of the wrong type',
      {
        body: JSON.stringify({
          query: 'query ($n: Int!) { regions(first: $n) { code } }',
          variables: { n: 'ten' },
        }),
      },
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a missing required variable',
      { body: JSON.stringify({ query: 'query ($n: Int!) { regions(first: $n) { code } }' }) },
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a query that does not parse',
      { body: JSON.stringify({ query: '{ region(' }) },
      400,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'a field the schema does not have',
      { body: JSON.stringify({ query: '{ nope }' }) },
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'text/plain (a simple request: CSRF)',
      { body: JSON.stringify({ query }), headers: { 'content-type': 'text/plain' } },
      400,
      'BAD_REQUEST',
    ],
    [
      'text/plain with the preflight header',
      {
        body: JSON.stringify({ query }),
        headers: { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
      },
      400,
      'BAD_REQUEST',
    ],
    [
      'application/xml',
      { body: '<query/>', headers: { 'content-type': 'application/xml' } },
      400,
      'BAD_REQUEST',
    ],
    ['no content type', { body: JSON.stringify({ query }), headers: {} }, 400, 'BAD_REQUEST'],
    [
      'an unsupported charset',
      { body: JSON.stringify({ query }), headers: { 'content-type': 'application/json; charset=latin1' } },
      415,
      'BAD_REQUEST',
    ],
    [
      'a body over 1 MB',
      { body: JSON.stringify({ query, padding: 'x'.repeat(1024 * 1024) }) },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    // These two were a 500 and an empty 431 (found by hostileInput.fuzz.test.ts).
    [
      'a gzip content-encoding over a body that is not gzip',
      {
        body: JSON.stringify({ query }),
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      },
      400,
      'BAD_REQUEST',
    ],
    [
      'headers over 16 KB',
      {
        body: JSON.stringify({ query }),
        headers: { 'content-type': 'application/json', 'x-long': 'v'.repeat(20_000) },
      },
      431,
      'BAD_REQUEST',
    ],
    ['a GET with a mutation', get({ query: 'mutation { touch }' }), 405, 'BAD_REQUEST'],
    ['a GET without a query', get({}), 400, 'BAD_REQUEST'],
    ['a GET with variables that are not JSON', get({ query, variables: '{code' }), 400, 'BAD_REQUEST'],
    ['a GET with extensions that are not JSON', get({ query, extensions: '[' }), 400, 'BAD_REQUEST'],
    ['a PUT', { method: 'PUT', body: JSON.stringify({ query }) }, 400, 'BAD_REQUEST'],
  ];
  it.each(cases.map(([name, request, status, code]) => [name, status, code, request] as const))(
    'refuses %s with %i %s, in JSON',
    async (_name, status, code, request) => {
      const response = await send(request);
      expect(response.contentType).toMatch(/^application\/json/);
      const errors = (response.body as { errors?: { extensions?: { code?: string } }[] }).errors;
      expect({ status: response.status, code: errors?.[0]?.extensions?.code }).toEqual({ status, code });
    },
  );
});
