import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintDevToken } from '../../../../lib/auth/keys.js';
import { startRegistryStandIn } from '../../testing/registryStandIn.js';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  territoriesVersion,
  type TestGateway,
  type TestSubgraph,
} from '../../testing/harness.js';

const issuer = 'https://integra.dev/issuer';
const audience = 'integra-gateway';

/** Counts how often the subgraph was asked for each protected field: the gateway must not ask. */
const asked = { notes: 0, secret: 0, publish: 0 };

const subgraphDefinition = {
  name: 'territories',
  typeDefs: gql`
    extend schema
      @link(
        url: "https://specs.apollo.dev/federation/v2.5"
        import: ["@key", "@authenticated", "@requiresScopes"]
      )
    type Query {
      region(code: ID!): Region
      regions: [Region!]!
      secret: String @requiresScopes(scopes: [["secret:read"], ["admin"]])
    }
    type Mutation {
      publish(code: ID!, text: String!): Region @requiresScopes(scopes: [["regions:write"]])
    }
    type Region @key(fields: "code") {
      code: ID!
      name: String!
      notes: String @authenticated
      audit: Audit @requiresScopes(scopes: [["audit:read"]])
    }
    type Audit {
      count: Int!
    }
    union Place = Region | Office
    type Office {
      label: String!
      budget: Int @authenticated
    }
    extend type Query {
      places: [Place!]!
    }
  `,
  resolvers: {
    Query: {
      region: (_: unknown, { code }: { code: string }) => ({ code, name: `Region ${code}` }),
      regions: () => ['01', '03'].map((code) => ({ code, name: `Region ${code}` })),
      places: () => [
        { __typename: 'Region', code: '01', name: 'Region 01' },
        { __typename: 'Office', label: 'Office A', budget: 10 },
      ],
      secret: () => {
        asked.secret++;
        return 'classified';
      },
    },
    Mutation: {
      publish: (_: unknown, { code, text }: { code: string; text: string }) => {
        asked.publish++;
        return { code, name: text };
      },
    },
    Region: {
      notes: ({ code }: { code: string }) => {
        asked.notes++;
        return `notes of ${code}`;
      },
      audit: () => ({ count: 7 }),
    },
  },
};

let subgraph: TestSubgraph;
let gateway: TestGateway;
beforeAll(async () => {
  subgraph = await startSubgraph(subgraphDefinition);
  gateway = await startTestGateway({ supergraphSdl: composeSupergraph([subgraph]) });
});
afterAll(async () => {
  await gateway?.dispose();
  await subgraph?.stop();
});

const as = async (scopes: string[]) => ({
  authorization: `Bearer ${await mintDevToken({ partner: 'territories', scopes, issuer, audience })}`,
});

describe('authorizationPlugin', () => {
  it('loads a supergraph that uses @authenticated and @requiresScopes (which Apollo Gateway alone refuses)', async () => {
    const response = await gateway.query('{ region(code: "03") { name } }');
    expect(response.body).toEqual({ data: { region: { name: 'Region 03' } } });
  });

  it('answers an anonymous caller null with UNAUTHENTICATED at the field, the rest of the operation, and never asks the subgraph', async () => {
    const before = { ...asked };
    const response = await gateway.query('{ region(code: "03") { name notes } }');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ region: { name: 'Region 03', notes: null } });
    expect(response.body.errors).toEqual([
      {
        message: 'Region.notes requires an authenticated caller',
        path: ['region', 'notes'],
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
    expect(asked.notes).toBe(before.notes);
  });

  it('refuses a protected field only when @skip/@include let it run, as the variables say', async () => {
    const query =
      'query($withNotes: Boolean!, $hide: Boolean = false) { region(code: "03") { name notes @include(if: $withNotes) audit @skip(if: $hide) { count } } }';
    const left = await gateway.post({ query, variables: { withNotes: false, hide: true } });
    expect(left.body).toEqual({ data: { region: { name: 'Region 03' } } });
    const asked = await gateway.post({ query, variables: { withNotes: true } });
    expect(asked.body.data).toEqual({ region: { name: 'Region 03', notes: null, audit: null } });
    expect(asked.body.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([
      [['region', 'notes'], 'UNAUTHENTICATED'],
      [['region', 'audit'], expect.any(String)],
    ]);
  });

  it('answers an authenticated caller the @authenticated field', async () => {
    const response = await gateway.query('{ region(code: "03") { notes } }', await as([]));
    expect(response.body).toEqual({ data: { region: { notes: 'notes of 03' } } });
  });

  it('answers FORBIDDEN naming the scope to a caller without it, and the value to one with either alternative', async () => {
    const without = await gateway.query('{ secret region(code: "01") { name } }', await as(['other']));
    expect(without.body.data).toEqual({ secret: null, region: { name: 'Region 01' } });
    expect(without.body.errors).toEqual([
      {
        message: 'Query.secret requires the scope secret:read or admin',
        path: ['secret'],
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
    expect((await gateway.query('{ secret }', await as(['secret:read']))).body).toEqual({
      data: { secret: 'classified' },
    });
    expect((await gateway.query('{ secret }', await as(['admin']))).body).toEqual({
      data: { secret: 'classified' },
    });
  });

  it('protects every field returning a protected type, at each list position, through aliases and fragments', async () => {
    const response = await gateway.query(
      `query { all: regions { ...R } one: region(code: "01") { ... on Region { label: name a: audit { count } } } }
       fragment R on Region { code audit { count } }`,
      await as(['secret:read']),
    );
    expect(response.body.data).toEqual({
      all: [
        { code: '01', audit: null },
        { code: '03', audit: null },
      ],
      one: { label: 'Region 01', a: null },
    });
    expect(response.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['all', 0, 'audit'], 'FORBIDDEN'],
      [['all', 1, 'audit'], 'FORBIDDEN'],
      [['one', 'a'], 'FORBIDDEN'],
    ]);
  });

  it('nulls a field asked under a type condition only on the objects of that type, once per place', async () => {
    const response = await gateway.query(
      '{ places { ... on Office { label budget } ...O ...O ... on Region { code } } } fragment O on Office { budget }',
    );
    expect(response.body.data).toEqual({ places: [{ code: '01' }, { label: 'Office A', budget: null }] });
    expect(response.body.errors).toEqual([
      {
        message: 'Office.budget requires an authenticated caller',
        path: ['places', 1, 'budget'],
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
  });

  it("leaves a client's own fields alone, whatever their aliases", async () => {
    const response = await gateway.query(
      '{ a: region(code: "03") { notes } b: region(code: "01") { _integraPlaceholder: code _integraTypename: name } }',
    );
    expect(response.body.data).toEqual({
      a: { notes: null },
      b: { _integraPlaceholder: '01', _integraTypename: 'Region 01' },
    });
  });

  it('keeps an object whose every selected field was removed, without inventing fields', async () => {
    const response = await gateway.query('{ region(code: "03") { notes } }');
    expect(response.body.data).toEqual({ region: { notes: null } });
  });

  it('refuses a mutation without calling the subgraph, even when its variables then go unused', async () => {
    const before = asked.publish;
    const body = {
      query: 'mutation($code: ID!, $text: String!) { publish(code: $code, text: $text) { name } }',
      variables: { code: '03', text: 'x' },
    };
    const anonymous = await gateway.post(body);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({
      data: { publish: null },
      errors: [
        {
          message: 'Mutation.publish requires an authenticated caller',
          path: ['publish'],
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    const forbidden = await gateway.post(body, await as(['regions:read']));
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asked.publish).toBe(before);
    const allowed = await gateway.post(body, await as(['regions:write']));
    expect(allowed.body).toEqual({ data: { publish: { name: 'x' } } });
    expect(asked.publish).toBe(before + 1);
  });

  it('refuses a protected field reached only through a fragment, whichever caller asked the same text first', async () => {
    const query = '{ regions { ...Guarded } } fragment Guarded on Region { code audit { count } }';
    const allowed = await gateway.query(query, await as(['audit:read']));
    expect(allowed.body).toEqual({
      data: {
        regions: [
          { code: '01', audit: { count: 7 } },
          { code: '03', audit: { count: 7 } },
        ],
      },
    });
    const anonymous = await gateway.query(query);
    expect(anonymous.body.data).toEqual({
      regions: [
        { code: '01', audit: null },
        { code: '03', audit: null },
      ],
    });
    expect(anonymous.body.errors?.map((e) => e.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
  });

  it('plans each caller separately: an allowed request after a refused one of the same text gets the field', async () => {
    const query = '{ region(code: "01") { notes } }';
    expect((await gateway.query(query)).body.data).toEqual({ region: { notes: null } });
    expect((await gateway.query(query, await as([]))).body.data).toEqual({
      region: { notes: 'notes of 01' },
    });
    expect((await gateway.query(query)).body.data).toEqual({ region: { notes: null } });
  });
});

describe('authorizationPlugin across supergraphs', () => {
  it('refuses a text it once found unprotected as soon as a new supergraph protects a field it asks', async () => {
    const registry = await startRegistryStandIn();
    // The same subgraph before and after it protects `Region.name`.
    const open = await startSubgraph(territoriesVersion('name: String'));
    const guarded = await startSubgraph(
      territoriesVersion('name: String @authenticated', ['@key', '@authenticated']),
    );
    registry.publish(composeSupergraph([open]));
    const following = await startTestGateway({
      supergraphSdl: '',
      registryUrl: registry.url,
      env: { GATEWAY_REGISTRY_POLL_MS: '100' },
    }).catch(async (error: unknown) => {
      await Promise.all([registry.close(), open.stop(), guarded.stop()]);
      throw error;
    });
    try {
      const query = '{ region(code: "03") { code name } }';
      await expect
        .poll(async () => (await following.query(query)).body, { timeout: 10_000 })
        .toEqual({
          data: { region: { code: '03', name: 'Lombardia' } },
        });
      // The same text, asked again and again: remembered as reaching no protected field.
      expect((await following.query(query)).body.errors).toBeUndefined();

      registry.publish(composeSupergraph([guarded]));
      await expect
        .poll(async () => (await following.query(query)).body, { timeout: 10_000 })
        .toEqual({
          data: { region: { code: '03', name: null } },
          errors: [
            {
              message: 'Region.name requires an authenticated caller',
              path: ['region', 'name'],
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
      expect((await following.query(query, await as([]))).body).toEqual({
        data: { region: { code: '03', name: 'Lombardia' } },
      });
    } finally {
      await following.dispose();
      await Promise.all([registry.close(), open.stop(), guarded.stop()]);
    }
  });
});
