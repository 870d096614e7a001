import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from 'graphql-tag';
import { subgraphs, supergraphPath } from '../../../schema/subgraphs.js';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from '../testing/harness.js';
import { persistedDocumentsPath } from '../config.js';
import { registeredOperationNames } from './demandControl.js';

/** A recursive type, so that abusive operations are easy to write. */
const nodes = {
  name: 'nodes',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query {
      node: Node
    }
    type Node {
      name: String
      child: Node
    }
  `,
  resolvers: { Query: { node: () => ({ name: 'n' }) }, Node: { child: () => ({ name: 'c' }) } },
};

/** `child { child { ... inner } }`, `levels` deep. */
const nest = (levels: number, inner: string): string =>
  levels === 0 ? inner : `child { ${nest(levels - 1, inner)} }`;
const repeat = (times: number, text: string): string =>
  Array.from({ length: times }, (_, i) => text.replace('$i', String(i))).join(' ');

let subgraph: TestSubgraph;
let gateway: TestGateway;
beforeAll(async () => {
  subgraph = await startSubgraph(nodes);
  gateway = await startTestGateway({ supergraphSdl: composeSupergraph([subgraph]) });
});
afterAll(async () => {
  await gateway?.dispose();
  await subgraph?.stop();
});

describe('operation limits (defaults)', () => {
  it('answers an ordinary operation', async () => {
    const response = await gateway.query(`{ node { name ${nest(3, 'name')} } }`);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  it.each([
    [
      'depth',
      `{ node { ${nest(15, 'name')} } }`,
      'GRAPHQL_VALIDATION_FAILED',
      'Query depth limit of 12 exceeded',
    ],
    [
      'aliases',
      `{ ${repeat(16, 'a$i: node { name }')} }`,
      'GRAPHQL_VALIDATION_FAILED',
      'Aliases limit of 15 exceeded',
    ],
    [
      'directives',
      `{ node { ${repeat(51, 'name @include(if: true)')} } }`,
      'GRAPHQL_VALIDATION_FAILED',
      'Directives limit of 50 exceeded',
    ],
    [
      'tokens',
      `{ node { ${repeat(1100, 'name')} } }`,
      'GRAPHQL_PARSE_FAILED',
      'contains more that 1000 tokens',
    ],
    [
      'characters',
      `# ${'x'.repeat(10_000)}\n{ node { name } }`,
      'GRAPHQL_VALIDATION_FAILED',
      'over the limit of 10000 characters',
    ],
  ])('refuses an operation over the %s limit with a 400 naming it', async (_limit, query, code, message) => {
    const response = await gateway.query(query);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe(code);
    expect(response.body.errors?.[0]?.message).toContain(message);
  });
});

describe('operation limits (configured)', () => {
  it('reads every limit from the configuration', async () => {
    const strict = await startTestGateway({
      supergraphSdl: composeSupergraph([subgraph]),
      env: {
        GATEWAY_MAX_DEPTH: '3',
        GATEWAY_MAX_ALIASES: '1',
        GATEWAY_MAX_DIRECTIVES: '1',
        GATEWAY_MAX_TOKENS: '40',
        GATEWAY_MAX_DOCUMENT_CHARS: '200',
      },
    });
    try {
      const refusals = await Promise.all([
        strict.query(`{ node { ${nest(4, 'name')} } }`),
        strict.query('{ a: node { name } b: node { name } }'),
        strict.query('{ node { name @include(if: true) name @skip(if: false) } }'),
        strict.query(`{ node { ${repeat(45, 'name')} } }`),
        strict.query(`# ${'x'.repeat(200)}\n{ node { name } }`),
      ]);
      expect(refusals.map((r) => [r.status, r.body.errors?.[0]?.message])).toEqual([
        [400, expect.stringContaining('depth limit of 3')],
        [400, expect.stringContaining('Aliases limit of 1')],
        [400, expect.stringContaining('Directives limit of 1')],
        [400, expect.stringContaining('more that 40 tokens')],
        [400, expect.stringContaining('limit of 200 characters')],
      ]);
      expect((await strict.query('{ node { name } }')).body).toEqual({ data: { node: { name: 'n' } } });
    } finally {
      await strict.dispose();
    }
  });
});

describe('the client operations', () => {
  const dir = path.resolve(path.dirname(supergraphPath), '../clients/operations');
  const operations = readdirSync(dir).filter((file) => file.endsWith('.graphql'));

  it('are all there: one file for each operation the persisted-documents manifest registers', () => {
    const registered = [...registeredOperationNames(persistedDocumentsPath)].sort();
    expect(registered.length).toBeGreaterThan(0);
    expect(operations.map((file) => path.basename(file, '.graphql')).sort()).toEqual(registered);
  });

  it.each(operations)('%s passes every default limit', async (file) => {
    // The real supergraph, with every subgraph unreachable: limits are checked before any fetch.
    const env = Object.fromEntries(
      subgraphs.map((s) => [`${s.envPrefix}_URL`, 'http://127.0.0.1:9/graphql']),
    );
    const real = await startTestGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8'), env });
    try {
      const response = await real.query(readFileSync(path.join(dir, file), 'utf8'));
      const codes = [...new Set(response.body.errors?.map((e) => e.extensions?.['code']))];
      // Past the limits a query fails only on the unreachable subgraphs; a mutation or an audit log
      // of an anonymous caller is refused by authorization, or for its missing variables, first.
      expect(codes).not.toContain('GRAPHQL_VALIDATION_FAILED');
      expect(codes).not.toContain('GRAPHQL_PARSE_FAILED');
      expect(codes.length).toBe(1);
      expect(['SUBGRAPH_UNAVAILABLE', 'UNAUTHENTICATED', 'BAD_USER_INPUT']).toContain(codes[0]);
    } finally {
      await real.dispose();
    }
  });
});
