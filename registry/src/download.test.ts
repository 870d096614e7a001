/**
 * Any published supergraph version downloads as text: its supergraph SDL and its API schema, read
 * like the registry's other reads (a reader's credential), with an ETag; a missing version is a 404.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSchemaPath } from '../../schema/subgraphs.js';
import { credential, seedSdl, startTestRegistry, withField, type TestRegistry } from './registry.fixture.js';

let registry: TestRegistry;
let reader: string;
beforeAll(async () => {
  registry = await startTestRegistry({ dialect: 'sqlite', file: ':memory:' });
  reader = await credential('reader', []);
});
afterAll(() => registry?.dispose());

const download = (path: string, headers: Record<string, string> = { authorization: `Bearer ${reader}` }) =>
  fetch(`${registry.origin}/api/supergraph/versions/${path}`, { headers });

describe('supergraph downloads', () => {
  it("gives version 1's supergraph SDL and its API schema, the committed schema/api.graphql", async () => {
    const supergraph = await download('1/supergraph.graphql');
    expect(supergraph.status).toBe(200);
    expect(supergraph.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await supergraph.text()).toBe((await registry.supergraph()).sdl);
    const schema = await download('1/schema.graphql');
    expect(schema.status).toBe(200);
    expect(await schema.text()).toBe(readFileSync(apiSchemaPath, 'utf8'));
  });

  it('answers 304 to the ETag it gave', async () => {
    const etag = (await download('1/schema.graphql')).headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await download('1/schema.graphql', {
      authorization: `Bearer ${reader}`,
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
  });

  it('gives each version its own schema: a published field is in the next one only', async () => {
    const published = await registry.publish(
      'services',
      {
        sdl: withField(seedSdl('services'), 'Service', 'accessibility: String'),
        routingUrl: (await registry.history('services'))[0]?.routingUrl,
      },
      await credential('services'),
    );
    expect(published.status).toBe(201);
    const version = published.body.supergraph.version;
    expect(await (await download(`${version}/schema.graphql`)).text()).toMatch(/\baccessibility: String\b/);
    expect(await (await download('1/schema.graphql')).text()).not.toMatch(/\baccessibility\b/);
  });

  it('answers 404 for a version never published, 400 for no version number', async () => {
    expect((await download('99/schema.graphql')).status).toBe(404);
    expect((await download('99/supergraph.graphql')).status).toBe(404);
    expect((await download('x/schema.graphql')).status).toBe(400);
  });

  it('needs a reader, as every read of the registry', async () => {
    expect((await download('1/schema.graphql', {})).status).toBe(401);
    expect((await download('1/supergraph.graphql', {})).status).toBe(401);
  });
});
