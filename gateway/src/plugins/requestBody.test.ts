import { afterAll, describe, expect, it } from 'vitest';
import { regionGateways, type TestGateway } from '../testing/harness.js';

const query = '{ region(code: "03") { name } }';

const pool = regionGateways('Lombardia');
afterAll(() => pool.dispose());
const start = (env: Record<string, string> = {}): Promise<TestGateway> => pool.start(env);

async function postRaw(
  gateway: TestGateway,
  body: string,
): Promise<{ status: number; body: { errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${gateway.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, body: (await response.json()) as never };
}

describe('requestBodyPlugin', () => {
  it.each(['42', '"{ region }"', 'null', 'false'])(
    'refuses the JSON value %s with a 400 saying a JSON object is expected',
    async (body) => {
      const response = await postRaw(await start(), body);
      expect(response).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message: 'The request body must be a JSON object (a GraphQL request)',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        },
      });
    },
  );

  it('refuses a body that is not JSON with a 400', async () => {
    const response = await postRaw(await start(), '{"query": "{ region');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('accepts up to 1 MB by default', async () => {
    const gateway = await start();
    expect((await gateway.post({ query, padding: 'x'.repeat(1000 * 1000) })).status).toBe(200);
    const tooLarge = await gateway.post({ query, padding: 'x'.repeat(1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors?.[0]?.extensions?.['code']).toBe('PAYLOAD_TOO_LARGE');
  });

  it('takes its limit from GATEWAY_MAX_BODY_BYTES', async () => {
    const gateway = await start({ GATEWAY_MAX_BODY_BYTES: '100' });
    expect((await gateway.query(query)).body).toEqual({ data: { region: { name: 'Lombardia' } } });
    const tooLarge = await gateway.post({ query, padding: 'x'.repeat(100) });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors?.[0]).toEqual({
      message: 'The request body is too large',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });
});
