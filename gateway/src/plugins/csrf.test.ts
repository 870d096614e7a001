import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionGateways, type TestGateway } from '../testing/harness.js';

const query = '{ region(code: "03") { name } }';

const pool = regionGateways('Lombardia');
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await pool.start();
});
afterAll(() => pool.dispose());

async function send(
  init: RequestInit,
  search = '',
): Promise<{
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}> {
  const response = await fetch(`${gateway.origin}/graphql${search}`, init);
  return { status: response.status, body: (await response.json()) as never };
}

const get = `?${new URLSearchParams({ query }).toString()}`;
const answered = { status: 200, body: { data: { region: { name: 'Lombardia' } } } };

describe('csrfPlugin', () => {
  it.each<[string, RequestInit, string]>([
    ['a simple GET', { method: 'GET' }, get],
    [
      'a simple POST as text/plain',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query }) },
      '',
    ],
    [
      'a simple POST as a form',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ query }).toString(),
      },
      '',
    ],
    [
      'a simple POST as multipart',
      {
        method: 'POST',
        body: (() => {
          const form = new FormData();
          form.set('query', query);
          return form;
        })(),
      },
      '',
    ],
  ])('refuses %s with a 400 naming CSRF prevention', async (_name, init, search) => {
    const response = await send(init, search);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(response.body.errors?.[0]?.message).toMatch(/cross-site request forgery/i);
  });

  it('answers a GET with the apollo-require-preflight header', async () => {
    expect(await send({ method: 'GET', headers: { 'apollo-require-preflight': 'true' } }, get)).toEqual(
      answered,
    );
  });

  it('answers a POST with the JSON content type', async () => {
    expect(
      await send({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    ).toEqual(answered);
  });
});
