import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionGateways, type TestGateway } from '../testing/harness.js';

// The region subgraph has a Query type only: no Mutation, no Subscription.
const pool = regionGateways('Lombardia');
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await pool.start();
});
afterAll(() => pool.dispose());

describe('operationTypePlugin', () => {
  // Found by gateway/src/hostileInput.fuzz.test.ts: both used to be a 500 INVALID_GRAPHQL from the planner.
  it.each(['subscription', 'mutation'])(
    'refuses a %s the schema has no root type for with a 400',
    async (operation) => {
      const response = await gateway.query(`${operation} { region(code: "03") { name } }`);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          message: `The ${operation} operation is not supported by the schema.`,
          extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
        }),
      ]);
    },
  );

  it('refuses the whole document, as validation does, and still answers queries', async () => {
    const mixed = 'subscription S { region(code: "03") { name } } query Q { region(code: "03") { name } }';
    expect((await gateway.post({ query: mixed, operationName: 'Q' })).status).toBe(400);
    expect((await gateway.query('query Q { region(code: "03") { name } }')).body).toEqual({
      data: { region: { name: 'Lombardia' } },
    });
  });
});
