/**
 * CORS through real HTTP: an allow-listed origin's preflight is a 204 before any other feature
 * sees it, and its answers carry the CORS headers; any other origin (look-alikes of an allowed one
 * included) gets none; development allows the loopback origins, production only its list; CSRF
 * prevention still refuses a simple request, whatever its origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionGateways, type TestGateway } from '../testing/harness.js';
import { CORS_ALLOWED_HEADERS } from './cors.js';

const PORTAL = 'https://portal.example.it';
const query = '{ region(code: "03") { name } }';

const pool = regionGateways('Lombardia', { GATEWAY_CORS_ORIGINS: `${PORTAL}, https://other.example.it` });
let development: TestGateway;
let production: TestGateway;
let credentialed: TestGateway;
beforeAll(async () => {
  [development, production, credentialed] = await Promise.all([
    pool.start(),
    pool.start({ NODE_ENV: 'production', GATEWAY_TRUSTED_DOCUMENTS: 'off' }),
    pool.start({ GATEWAY_CORS_CREDENTIALS: 'true', GATEWAY_CORS_MAX_AGE_SECONDS: '60' }),
  ]);
});
afterAll(() => pool.dispose());

/** A browser's preflight for a JSON POST with a token. */
function preflight(gateway: TestGateway, origin: string, path = '/graphql'): Promise<Response> {
  return fetch(`${gateway.origin}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,authorization',
    },
  });
}

const corsHeaders = (response: Response) =>
  [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('corsPlugin', () => {
  it("answers an allowed origin's preflight 204 with its methods, headers and max-age", async () => {
    const response = await preflight(development, PORTAL);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(CORS_ALLOWED_HEADERS);
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it("answers an allowed origin's request with its origin, the exposed headers and Vary: Origin", async () => {
    const response = await fetch(`${development.origin}/graphql`, {
      method: 'POST',
      headers: { origin: PORTAL, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { region: { name: 'Lombardia' } } });
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id,age,cache-control');
    expect(response.headers.get('vary')?.split(/\s*,\s*/)).toContain('Origin');
  });

  it('allows the schema download cross-origin too', async () => {
    const response = await fetch(`${development.origin}/schema.graphql`, { headers: { origin: PORTAL } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
  });

  it.each([
    ['an unlisted origin', 'https://evil.example'],
    ['a look-alike of the loopback address', 'http://127.0.0.1.evil.example'],
    ['a look-alike of localhost', 'http://localhost.evil.example'],
    ['an allowed origin as a prefix', `${PORTAL}.evil.example`],
    ['an allowed origin over plain http', 'http://portal.example.it'],
    ['the null origin of sandboxed frames and files', 'null'],
    ['a loopback URL with a path, which no browser sends as an origin', 'http://localhost:5173/app'],
  ])('gives %s no CORS header, preflight (204, not a GraphQL answer) or request', async (_name, origin) => {
    const refused = await preflight(development, origin);
    expect(refused.status).toBe(204);
    expect(corsHeaders(refused)).toEqual([]);
    const answered = await development.query(query, { origin });
    expect(answered.status).toBe(200);
    expect(corsHeaders(new Response(null, { headers: answered.headers }))).toEqual([]);
  });

  it.each(['http://localhost:5173', 'http://127.0.0.1:3000', 'http://[::1]:8080', 'https://localhost'])(
    'allows the loopback origin %s in development',
    async (origin) => {
      const response = await preflight(development, origin);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    },
  );

  it('allows in production only the listed origins, not loopback ones', async () => {
    expect((await preflight(production, PORTAL)).headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(
      (await preflight(production, 'https://other.example.it')).headers.get('access-control-allow-origin'),
    ).toBe('https://other.example.it');
    expect(corsHeaders(await preflight(production, 'http://localhost:5173'))).toEqual([]);
  });

  it('sends credentials and the configured max-age only when configured', async () => {
    const response = await preflight(credentialed, PORTAL);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-max-age')).toBe('60');
  });

  it("keeps CSRF prevention: an allowed origin's simple requests are still refused", async () => {
    const get = await fetch(`${development.origin}/graphql?${new URLSearchParams({ query }).toString()}`, {
      headers: { origin: PORTAL },
    });
    const post = await fetch(`${development.origin}/graphql`, {
      method: 'POST',
      headers: { origin: PORTAL, 'content-type': 'text/plain' },
      body: JSON.stringify({ query }),
    });
    for (const response of [get, post]) {
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/cross-site request forgery/i);
    }
  });
});
