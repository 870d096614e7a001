import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gql } from 'graphql-tag';
import { badUserInput } from '../../../lib/errors.js';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from '../testing/harness.js';

const territories = {
  name: 'territories',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query {
      region(code: ID!): Region
    }
    type Region @key(fields: "code") {
      code: ID!
      name: String!
    }
  `,
  resolvers: {
    Query: {
      region: (_: unknown, { code }: { code: string }) => {
        if (!/^\d{2}$/.test(code)) throw badUserInput('code', 'an ISTAT region code has two digits');
        return { code, name: 'Lombardia' };
      },
    },
  },
};

const services = {
  name: 'services',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query {
      serviceCount: Int
    }
    type Region @key(fields: "code") {
      code: ID!
      serviceCount: Int
      broken: Int
    }
  `,
  resolvers: {
    Query: { serviceCount: () => 5000 },
    Region: {
      __resolveReference: (ref: { code: string }) => ref,
      serviceCount: () => 812,
      broken: () => {
        throw new Error('db connection to postgres://integra:secret@db.internal failed');
      },
    },
  },
};

type Result = { region: { name: string; serviceCount: number | null } | null };

let subgraphs: TestSubgraph[] = [];
let gateway: TestGateway | undefined;
beforeEach(async () => {
  subgraphs = [await startSubgraph(territories), await startSubgraph(services)];
});
afterEach(async () => {
  await gateway?.dispose();
  gateway = undefined;
  await Promise.all(subgraphs.map((s) => s.stop()));
});

async function start(nodeEnv: 'production' | 'development'): Promise<TestGateway> {
  // Ad-hoc operations: trusted documents (on by default in production) are not what this tests.
  const env = { NODE_ENV: nodeEnv, GATEWAY_TRUSTED_DOCUMENTS: 'off' };
  gateway = await startTestGateway({ supergraphSdl: composeSupergraph(subgraphs), env });
  return gateway;
}

describe('a stopped subgraph', () => {
  it.each(['production', 'development'] as const)(
    'gives partial data and an error naming it, and the gateway keeps serving (%s)',
    async (nodeEnv) => {
      const gw = await start(nodeEnv);
      const query = '{ region(code: "03") { name serviceCount } }';
      expect((await gw.query<Result>(query)).body).toEqual({
        data: { region: { name: 'Lombardia', serviceCount: 812 } },
      });

      await subgraphs[1]?.stop();
      const partial = await gw.query<Result>(query);
      expect(partial.status).toBe(200);
      expect(partial.body.data).toEqual({ region: { name: 'Lombardia', serviceCount: null } });
      expect(partial.body.errors).toHaveLength(1);
      const error = partial.body.errors?.[0];
      expect(error?.message).toContain('"services"');
      expect(error?.extensions).toMatchObject({
        code: 'SUBGRAPH_UNAVAILABLE',
        serviceName: 'services',
        reason: 'unreachable',
      });
      if (nodeEnv === 'production') {
        // No internal URL, port or stack trace reaches the client.
        expect(JSON.stringify(partial.body.errors)).not.toMatch(/127\.0\.0\.1|http:|ECONNREFUSED|stacktrace/);
      } else {
        expect(error?.extensions?.['detail']).toContain('ECONNREFUSED');
      }

      const health = await fetch(`${gw.origin}/health`);
      expect(health.status).toBe(200);
      const other = await gw.query('{ region(code: "03") { name } }');
      expect(other.body).toEqual({ data: { region: { name: 'Lombardia' } } });
    },
  );
});

describe('errors from subgraphs', () => {
  it('shows expected errors as they are, with the subgraph that raised them', async () => {
    const gw = await start('production');
    const result = await gw.query('{ region(code: "Lombardia") { name } }');
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'Invalid argument "code": an ISTAT region code has two digits',
      extensions: { code: 'BAD_USER_INPUT', argument: 'code', serviceName: 'territories' },
    });
    expect(result.body.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  it('masks unexpected errors in production but keeps the subgraph name', async () => {
    const gw = await start('production');
    const result = await gw.query('{ region(code: "03") { name broken } }');
    expect(result.body.data).toEqual({ region: { name: 'Lombardia', broken: null } });
    expect(result.body.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['region', 'broken'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'services' },
      },
    ]);
  });

  it('shows unexpected errors in development', async () => {
    const gw = await start('development');
    const result = await gw.query('{ region(code: "03") { broken } }');
    expect(result.body.errors?.[0]?.message).toContain('db connection');
  });

  it('leaves GraphQL validation errors readable in production', async () => {
    const gw = await start('production');
    const result = await gw.query('{ region(code: "03") { population } }');
    expect(result.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('population'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
