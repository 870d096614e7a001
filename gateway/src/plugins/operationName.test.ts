import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionGateways, type TestGateway } from '../testing/harness.js';

const document = 'query Name { region(code: "03") { name } } query Code { region(code: "03") { code } }';

const pool = regionGateways('Lombardia');
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await pool.start();
});
afterAll(() => pool.dispose());

describe('operationNamePlugin', () => {
  it('runs the operation operationName names', async () => {
    expect((await gateway.post({ query: document, operationName: 'Code' })).body).toEqual({
      data: { region: { code: '03' } },
    });
  });

  it.each<[string, object, string]>([
    [
      'an unknown operationName',
      { query: document, operationName: 'Other' },
      'Unknown operation named "Other".',
    ],
    [
      'several operations without operationName',
      { query: document },
      'operationName must name the one to run',
    ],
  ])('refuses %s with a 400 OPERATION_RESOLUTION_FAILURE', async (_name, body, message) => {
    const response = await gateway.post(body);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(response.body.errors?.[0]?.message).toContain(message);
  });
});
