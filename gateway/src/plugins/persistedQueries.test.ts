import { afterAll, describe, expect, it } from 'vitest';
import { regionGateways } from '../testing/harness.js';

const gateways = regionGateways('Lombardia');
afterAll(() => gateways.dispose());

describe('persistedQueriesPlugin', () => {
  it.each([
    ['a hash that does not match the query', { query: '{ region(code: "03") { name } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }, 'provided sha does not match query'],
    ['an unknown protocol version', { extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } }, 'Unsupported persisted query version'],
  ])('answers %s with 400 BAD_REQUEST, also in production', async (_name, body, message) => {
    const environments: Record<string, string>[] = [{}, { NODE_ENV: 'production', GATEWAY_TRUSTED_DOCUMENTS: 'off' }];
    for (const env of environments) {
      const gateway = await gateways.start(env);
      const response = await gateway.post(body);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ message, extensions: { code: 'BAD_REQUEST' } }]);
    }
  });

  it('still runs a persisted query whose hash matches', async () => {
    const gateway = await gateways.start();
    const query = '{ region(code: "03") { name } }';
    const { createHash } = await import('node:crypto');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const response = await gateway.post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(response.body).toEqual({ data: { region: { name: 'Lombardia' } } });
  });
});
