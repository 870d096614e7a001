/**
 * `GET /schema.graphql` through real HTTP: the API schema served, with its descriptions and a
 * strong ETag; on with introspection or GATEWAY_SCHEMA_DOWNLOAD; following the registry's new
 * versions, as the version header of every answer does.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiSchemaPath, supergraphPath } from '../../../schema/subgraphs.js';
import {
  credential,
  seedSdl,
  startTestRegistry,
  withField,
  type TestRegistry,
} from '../../../registry/src/registry.fixture.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { SUPERGRAPH_VERSION_HEADER } from './supergraphVersion.js';

const production = { NODE_ENV: 'production', GATEWAY_TRUSTED_DOCUMENTS: 'off' };
const gateways: TestGateway[] = [];
let registry: TestRegistry | undefined;
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.dispose()));
  await registry?.dispose();
});

/** A gateway over the committed supergraph (its subgraphs need not run: nothing here reaches them). */
async function gateway(env: Record<string, string> = {}, registryUrl?: string): Promise<TestGateway> {
  const started = await startTestGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    registryUrl,
    env,
  });
  gateways.push(started);
  return started;
}

const download = (g: TestGateway, headers: Record<string, string> = {}) =>
  fetch(`${g.origin}/schema.graphql`, { headers });

describe('schemaDownloadPlugin', () => {
  it('serves the API schema with its descriptions: the committed schema/api.graphql', async () => {
    const response = await download(await gateway());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text).toBe(readFileSync(apiSchemaPath, 'utf8'));
    expect(text).toContain('"""');
  });

  it("gives the text's SHA-256 as a strong ETag and answers 304 to it", async () => {
    const served = await gateway();
    const response = await download(served);
    const etag = response.headers.get('etag');
    expect(etag).toBe(
      `"${createHash('sha256')
        .update(await response.text())
        .digest('hex')}"`,
    );
    for (const ifNoneMatch of [etag!, `W/${etag!}`, `"other", ${etag!}`]) {
      const again = await download(served, { 'if-none-match': ifNoneMatch });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    }
    expect((await download(served, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('is off in production unless introspection or GATEWAY_SCHEMA_DOWNLOAD turns it on', async () => {
    expect((await download(await gateway(production))).status).toBe(404);
    const [byIntrospection, byVariable] = await Promise.all([
      gateway({ ...production, INTROSPECTION: 'true' }),
      gateway({ ...production, GATEWAY_SCHEMA_DOWNLOAD: 'true' }),
    ]);
    expect((await download(byIntrospection)).status).toBe(200);
    expect((await download(byVariable)).status).toBe(200);
  });
});

describe('the supergraph version header', () => {
  it("is on every answer, errors included: the file supergraph's id, as /health reports it", async () => {
    const served = await gateway();
    const health = (await (await fetch(`${served.origin}/health`)).json()) as { supergraph: string };
    expect(health.supergraph).toMatch(/^[0-9a-f]{12}$/);
    const answers = await Promise.all([
      fetch(`${served.origin}/health`),
      download(served),
      fetch(`${served.origin}/no-such-path`),
      fetch(`${served.origin}/graphql`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173' } }),
      fetch(`${served.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{',
      }),
      fetch(`${served.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 404, 204, 400, 401]);
    for (const answer of answers)
      expect(answer.headers.get(SUPERGRAPH_VERSION_HEADER)).toBe(health.supergraph);
    const query = await served.query('{ __typename }');
    expect(query.status).toBe(200);
    expect(query.headers.get(SUPERGRAPH_VERSION_HEADER)).toBe(health.supergraph);
  });
});

describe('with the supergraph from the registry', () => {
  let served: TestGateway;
  beforeAll(async () => {
    registry = await startTestRegistry({ dialect: 'sqlite', file: ':memory:' });
    served = await gateway({ GATEWAY_REGISTRY_POLL_MS: '100' }, registry.origin);
  });

  it('serves each version the registry publishes, and says which', async () => {
    const running = registry!;
    const first = await download(served);
    expect(first.headers.get(SUPERGRAPH_VERSION_HEADER)).toBe('1');
    const firstText = await first.text();
    expect(firstText).not.toMatch(/\baccessibility\b/);
    const firstEtag = first.headers.get('etag')!;

    const published = await running.publish(
      'services',
      {
        sdl: withField(
          seedSdl('services'),
          'Service',
          '"Step-free access, in the provider\'s words." accessibility: String',
        ),
        routingUrl: (await running.history('services'))[0]?.routingUrl,
      },
      await credential('services'),
    );
    expect(published.status).toBe(201);
    const version = String(published.body.supergraph.version);
    // The gateway polls every 100 ms: wait for an answer from the new version.
    await vi.waitFor(
      async () =>
        expect((await served.query('{ __typename }')).headers.get(SUPERGRAPH_VERSION_HEADER)).toBe(version),
      { timeout: 10_000, interval: 50 },
    );
    const next = await download(served, { 'if-none-match': firstEtag });
    expect(next.status).toBe(200);
    expect(next.headers.get(SUPERGRAPH_VERSION_HEADER)).toBe(version);
    const nextText = await next.text();
    expect(nextText).toContain('"""Step-free access, in the provider\'s words."""\n  accessibility: String');
    expect(next.headers.get('etag')).not.toBe(firstEtag);

    // The registry's download of each version is the schema the gateway served on it.
    const reader = { authorization: `Bearer ${await credential('reader', [])}` };
    const registryText = async (v: string) =>
      (
        await fetch(`${running.origin}/api/supergraph/versions/${v}/schema.graphql`, { headers: reader })
      ).text();
    expect(await registryText('1')).toBe(firstText);
    expect(await registryText(version)).toBe(nextText);
  });
});
