/**
 * A field whose statement runs past the subgraph's statement timeout fails with STATEMENT_TIMEOUT
 * (not a masked INTERNAL_SERVER_ERROR), its sibling fields answer, and the subgraph goes on
 * serving: a real subgraph server over a real database, with a real slow statement.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gql } from 'graphql-tag';
import { sql } from 'kysely';
import { describeEachDialect } from '../../test/dialects.js';
import { viaGateway } from '../../test/assertions.js';
import type { Database } from '../db/index.js';
import { openTimedDatabase, SLOW_STATEMENT } from '../db/statementTimeout.fixture.js';
import { createSubgraphMetrics } from '../metrics.js';
import { silentLogger } from '../log.js';
import { DEV_ACCESS } from './access.js';
import { createSubgraphServer, type SubgraphServer } from './server.js';

const typeDefs = gql`
  type Query {
    slow: Int
    fast: Int
  }
`;

describeEachDialect('subgraph statement timeout', (dialect) => {
  let database: Database<unknown>;
  let server: SubgraphServer;
  let url: string;
  beforeAll(async () => {
    database = await openTimedDatabase(dialect.config('statement-timeout-subgraph'));
    const db = database.db;
    server = await createSubgraphServer({
      name: 'slow',
      typeDefs,
      resolvers: {
        Query: {
          slow: async () => (await SLOW_STATEMENT.execute(db)).rows.length,
          fast: async () => Number((await sql<{ one: number }>`select 1 as one`.execute(db)).rows[0]?.one),
        },
      },
      createContext: () => ({}),
      access: DEV_ACCESS,
      metrics: createSubgraphMetrics('slow', false),
      log: silentLogger(),
      development: false,
    });
    url = await server.listen(0);
  });
  afterAll(async () => {
    await server?.dispose();
    await database?.dispose();
  });

  const query = async (text: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await viaGateway('slow')) },
      body: JSON.stringify({ query: text }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: Record<string, unknown>;
        errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
      },
    };
  };

  it('fails the slow field with STATEMENT_TIMEOUT and answers its sibling', async () => {
    const { status, body } = await query('{ slow fast }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ slow: null, fast: 1 });
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['slow'],
        extensions: { code: 'STATEMENT_TIMEOUT' },
        message: expect.stringContaining('took too long'),
      }),
    ]);
  });

  it('goes on serving other requests, several slow ones included', async () => {
    const answers = await Promise.all([
      query('{ slow }'),
      query('{ fast }'),
      query('{ slow }'),
      query('{ fast }'),
    ]);
    expect(answers.map((a) => a.body.data)).toEqual([
      { slow: null },
      { fast: 1 },
      { slow: null },
      { fast: 1 },
    ]);
    expect(answers[0].body.errors?.[0]?.extensions?.code).toBe('STATEMENT_TIMEOUT');
  });
});
