import { afterAll, describe, expect, it } from 'vitest';
import { regionGateways, type TestGateway } from '../testing/harness.js';

const batch = [{ query: '{ region(code: "03") { name } }' }, { query: '{ region(code: "01") { code } }' }];

const pool = regionGateways('Lombardia');
afterAll(() => pool.dispose());
const start = (env: Record<string, string> = {}): Promise<TestGateway> => pool.start(env);

async function postBatch(
  gateway: TestGateway,
): Promise<{ status: number; contentType: string | null; body: unknown }> {
  const response = await fetch(`${gateway.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(batch),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.json(),
  };
}

describe('batchingPlugin', () => {
  it('refuses a JSON array of operations by default, with a JSON 400', async () => {
    const response = await postBatch(await start());
    expect(response.status).toBe(400);
    expect(response.contentType).toMatch(/^application\/json/);
    expect(response.body).toMatchObject({
      errors: [{ message: expect.stringMatching(/batching/i), extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers each operation of a batch when GATEWAY_ALLOW_BATCHING=true', async () => {
    const response = await postBatch(await start({ GATEWAY_ALLOW_BATCHING: 'true' }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { data: { region: { name: 'Lombardia' } } },
      { data: { region: { code: '01' } } },
    ]);
  });
});
