/**
 * Traffic policies as partners record them and gateways read them, on each dialect: only the
 * subgraph's own publisher may set one, every setting is checked against the gateway's bounds,
 * and the gateways' list changes its ETag when, and only when, a policy changes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { credential, startTestRegistry, type ErrorAnswer, type TestRegistry } from './registry.fixture.js';

interface PolicyAnswer extends Partial<ErrorAnswer> {
  readonly settings: Record<string, number>;
  readonly setBy?: string;
}

describeEachDialect('traffic policies in the registry', (dialect) => {
  let registry: TestRegistry;
  let statistics: string;
  beforeAll(async () => {
    registry = await startTestRegistry(dialect.config('traffic'));
    statistics = await credential('statistics');
  });
  afterAll(() => registry?.dispose());

  const put = (name: string, settings: unknown, token: string | undefined) =>
    registry.request<PolicyAnswer>('PUT', `/api/subgraphs/${name}/traffic`, { body: { settings }, token });
  const list = (etag?: string) =>
    registry.request<{ policies: Record<string, Record<string, number>> }>('GET', '/api/traffic-policies', {
      headers: etag ? { 'if-none-match': etag } : {},
    });

  it("records a subgraph's policy for its own partner, and the gateways' list follows", async () => {
    const empty = await list();
    expect(empty.body).toEqual({ policies: {} });
    const recorded = await put('statistics', { timeoutMs: 3000, retries: 0 }, statistics);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({
      settings: { timeoutMs: 3000, retries: 0 },
      setBy: 'dev:statistics',
    });
    expect((await registry.request('GET', '/api/subgraphs/statistics/traffic')).body).toMatchObject({
      settings: { timeoutMs: 3000, retries: 0 },
    });
    const changed = await list(empty.headers.get('etag')!);
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ policies: { statistics: { timeoutMs: 3000, retries: 0 } } });
    // Unchanged: a bodiless 304 for the gateway polling with the ETag it holds.
    expect((await list(changed.headers.get('etag')!)).status).toBe(304);
    // Replaced whole, then removed by an empty policy.
    await put('statistics', { breakerFailurePercent: 30 }, statistics);
    expect((await list()).body).toEqual({ policies: { statistics: { breakerFailurePercent: 30 } } });
    await put('statistics', {}, statistics);
    expect((await list()).body).toEqual({ policies: {} });
  });

  it("refuses another partner's credential, a reader's, and none, and records nothing", async () => {
    const services = await credential('services');
    const reader = await credential('statistics', ['registry:read']);
    expect((await put('statistics', { retries: 0 }, services)).status).toBe(403);
    expect((await put('statistics', { retries: 0 }, reader)).status).toBe(403);
    expect((await put('statistics', { retries: 0 }, undefined)).status).toBe(401);
    expect((await registry.request('GET', '/api/traffic-policies', { token: null })).status).toBe(401);
    expect((await list()).body).toEqual({ policies: {} });
  });

  it('refuses settings outside the bounds, unknown ones, and shapes that are no policy, naming each problem', async () => {
    const refused = await put(
      'statistics',
      { timeoutMs: 0, retries: 11, retriesMax: 3, maxQueued: 1.5 },
      statistics,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toContain('timeoutMs must be from 1 to 600000, got 0');
    expect(refused.body.error?.message).toContain('retries must be from 0 to 10, got 11');
    expect(refused.body.error?.message).toContain('retriesMax is not a traffic setting');
    expect(refused.body.error?.message).toContain('maxQueued must be an integer');
    for (const shape of [
      null,
      [],
      'fast',
      { timeoutMs: '3000' },
      { timeoutMs: 1e308 },
      JSON.parse('{"__proto__": {"retries": 0}}'),
    ])
      expect((await put('statistics', shape, statistics)).status, JSON.stringify(shape)).toBe(400);
    expect((await put('no-such-subgraph', { retries: 0 }, await credential('no-such-subgraph'))).status).toBe(
      404,
    );
    expect((await list()).body).toEqual({ policies: {} });
  });
});
