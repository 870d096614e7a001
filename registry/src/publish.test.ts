/**
 * Publishing as partners and gateways see it, over HTTP, on each dialect: seeding, the checks
 * (composition, breaking changes, usage) as publish runs them, force, rollback, what the history
 * and the list show afterwards, and concurrent publishes. One registry per dialect: the tests run
 * in order and each builds on the graph the previous ones left.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { describeEachDialect } from '../../test/dialects.js';
import {
  credential,
  seedSdl,
  startTestRegistry,
  withField,
  withoutField,
  type ChangeAnswer,
  type SupergraphAnswer,
  type TestRegistry,
  type VersionAnswer,
} from './registry.fixture.js';

const SERVICES_URL = 'http://127.0.0.1:4002/graphql';
const NAMES = [
  'associations',
  'content',
  'funding',
  'pilot-actions',
  'services',
  'statistics',
  'territories',
];

/** True when `query` is valid against the public fields of a supergraph's SDL. */
function accepts(supergraphSdl: string, query: string): boolean {
  return validate(buildSchema(supergraphSdl, { assumeValidSDL: true }), parse(query)).length === 0;
}

describeEachDialect('publishing through the schema registry', (dialect) => {
  let registry: TestRegistry;
  let services: string;
  beforeAll(async () => {
    registry = await startTestRegistry(dialect.config('registry'));
    services = await credential('services');
  });
  afterAll(() => registry?.dispose());

  /** Publishes as `token`'s holder (the services partner by default; `null`: no credential). */
  const publish = (name: string, body: unknown, token: string | null = services) =>
    registry.publish(name, body, token ?? undefined);
  const history = (name: string) => registry.history(name);
  const supergraph = () => registry.supergraph();
  const currentSdl = (name: string) => registry.currentSdl(name);

  it('seeds supergraph 1 from every subgraph of schema/subgraphs.ts', async () => {
    const current = await supergraph();
    for (const route of ['/health', '/ready'])
      expect(await registry.request('GET', route)).toMatchObject({
        status: 200,
        body: { status: 'ok', phase: 'ready', supergraph: { version: 1, id: current.id } },
      });
    expect(current.id).toBe(createHash('sha256').update(current.sdl).digest('hex'));
    for (const name of NAMES) expect(current.sdl).toContain(`@join__graph(name: "${name}"`);
    const list = await registry.request<{
      subgraphs: {
        name: string;
        version: number;
        publishedBy: string;
        routingUrl: string;
        forced: boolean;
      }[];
    }>('GET', '/api/subgraphs');
    expect(list.body.subgraphs.map((s) => [s.name, s.version, s.publishedBy, s.forced])).toEqual(
      NAMES.map((n) => [n, 1, 'seed', false]),
    );
    expect(list.body.subgraphs.find((s) => s.name === 'services')?.routingUrl).toBe(SERVICES_URL);
    expect(await currentSdl('services')).toBe(seedSdl('services'));
  });

  it('answers a poll with the current ETag with 304, and serves every version by number', async () => {
    const first = await registry.request('GET', '/api/supergraph');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toBe(`"${(first.body as { id: string }).id}"`);
    const again = await registry.request('GET', '/api/supergraph', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    expect(await registry.request('GET', '/api/supergraph/versions/1')).toMatchObject({
      status: 200,
      body: { version: 1 },
    });
    expect(await registry.request('GET', '/api/supergraph/versions/999')).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
    expect(await registry.request('GET', '/api/supergraph/versions/x')).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_REQUEST' } },
    });
  });

  it('checks a candidate without storing anything', async () => {
    const good = await registry.request('POST', '/api/subgraphs/services/check', {
      body: { sdl: withField(seedSdl('services'), 'Service', 'accessibility: String') },
      token: services,
    });
    expect(good).toMatchObject({ status: 200, body: { report: { ok: true, errors: [] } } });
    const bad = await registry.request('POST', '/api/subgraphs/services/check', {
      body: { sdl: `${seedSdl('services')}\ntype Orphan {\n  bar: Baz\n}\n` },
      token: services,
    });
    expect(bad).toMatchObject({
      status: 200,
      body: { report: { ok: false, errors: [{ kind: 'composition' }] } },
    });
    expect(await history('services')).toHaveLength(1);
    expect((await supergraph()).version).toBe(1);
  });

  it('publishes a compatible change: a new subgraph version and a supergraph whose API has the field', async () => {
    const query = '{ service(id: "SRV-00001") { accessibility } }';
    expect(accepts((await supergraph()).sdl, query)).toBe(false);
    const answer = await publish('services', {
      sdl: withField(seedSdl('services'), 'Service', 'accessibility: String'),
      routingUrl: SERVICES_URL,
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      version: 2,
      supergraph: { version: 2 },
      report: { ok: true, errors: [] },
    });
    const current = await supergraph();
    expect(current).toMatchObject({ version: 2, id: answer.body.supergraph.id });
    expect(accepts(current.sdl, query)).toBe(true);
  });

  it('changes nothing when the SDL and URL are the current ones', async () => {
    const answer = await publish('services', { sdl: await currentSdl('services'), routingUrl: SERVICES_URL });
    expect(answer).toMatchObject({
      status: 200,
      body: { version: 2, unchanged: true, supergraph: { version: 2 } },
    });
    expect(await history('services')).toHaveLength(2);
  });

  it('refuses a change that does not compose, with the message and its place in the SDL, and stores nothing', async () => {
    const sdl = `${await currentSdl('services')}\ntype Orphan {\n  bar: Baz\n}\n`;
    const line = sdl.split('\n').indexOf('  bar: Baz') + 1;
    const answer = await publish('services', { sdl, routingUrl: SERVICES_URL, force: true });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ code: 'CHECKS_FAILED' });
    expect(answer.body.report?.errors).toEqual([
      { kind: 'composition', message: '[services] Unknown type Baz', locations: [{ line, column: 8 }] },
    ]);
    expect(await history('services')).toHaveLength(2);
    expect((await supergraph()).version).toBe(2);

    const syntax = await publish('services', {
      sdl: 'type Query {\n  broken(: String\n}',
      routingUrl: SERVICES_URL,
    });
    expect(syntax.status).toBe(422);
    expect(syntax.body.report?.errors[0]).toMatchObject({
      kind: 'composition',
      locations: [{ line: 2, column: 10 }],
    });
  });

  it('refuses a protected non-null field as a composition error', async () => {
    const answer = await publish('services', {
      sdl: withField(await currentSdl('services'), 'Service', 'secret: String! @authenticated'),
      routingUrl: SERVICES_URL,
      force: true,
    });
    expect(answer.status).toBe(422);
    expect(answer.body.report?.errors).toMatchObject([
      { kind: 'composition', message: expect.stringContaining('Service.secret is protected') },
    ]);
  });

  it('publishes a breaking change no registered operation uses, with the change as a warning', async () => {
    const answer = await publish('services', {
      sdl: withoutField(await currentSdl('services'), 'Service', /^ {2}contactPerson:/),
      routingUrl: SERVICES_URL,
    });
    expect(answer.status).toBe(201);
    expect(answer.body.report).toMatchObject({ ok: true, errors: [] });
    expect(answer.body.report.warnings).toContainEqual({
      kind: 'breaking',
      type: 'FIELD_REMOVED',
      description: 'Service.contactPerson was removed.',
    });
  });

  let beforeForce: SupergraphAnswer;
  it('refuses a breaking change that breaks a registered operation, naming the operation and its client', async () => {
    beforeForce = await supergraph();
    const answer = await publish('services', {
      sdl: withoutField(await currentSdl('services'), 'Service', /^ {2}name\(/),
      routingUrl: SERVICES_URL,
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error?.code).toBe('CHECKS_FAILED');
    const usage = answer.body.report?.errors.find((issue) => issue.kind === 'usage');
    expect(usage?.kind === 'usage' && usage.message).toContain('TurinServicesByLanguage (integra-client)');
    expect(usage?.kind === 'usage' && usage.operations).toContainEqual({
      client: 'integra-client',
      name: 'TurinServicesByLanguage',
      errors: ['Cannot query field "name" on type "Service".'],
    });
    expect(answer.body.report?.errors).toContainEqual({
      kind: 'breaking',
      type: 'FIELD_REMOVED',
      description: 'Service.name was removed.',
    });
    expect((await supergraph()).version).toBe(beforeForce.version);
    expect(await history('services')).toHaveLength(3);
  });

  it('publishes it with force, recording who forced it', async () => {
    const answer = await publish('services', {
      sdl: withoutField(await currentSdl('services'), 'Service', /^ {2}name\(/),
      routingUrl: SERVICES_URL,
      force: true,
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      version: 4,
      supergraph: { version: beforeForce.version + 1 },
      report: { ok: false },
    });
    const [latest] = await history('services');
    expect(latest).toMatchObject({
      version: 4,
      forced: true,
      forcedBy: 'dev:services',
      publishedBy: 'dev:services',
      current: true,
    });
    expect(accepts((await supergraph()).sdl, '{ service(id: "SRV-00001") { name { text } } }')).toBe(false);
  });

  it('rolls back: the earlier SDL again as a new version, and a supergraph equal to the one before', async () => {
    const answer = await registry.request<ChangeAnswer>('POST', '/api/subgraphs/services/rollback', {
      body: { version: 3 },
      token: services,
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      version: 5,
      supergraph: { version: beforeForce.version + 2, id: beforeForce.id },
    });
    const [latest] = await history('services');
    expect(latest).toMatchObject({ version: 5, rolledBackFrom: 3, forced: false, current: true });
    const three = await registry.request<VersionAnswer>('GET', '/api/subgraphs/services/versions/3');
    expect(await currentSdl('services')).toBe(three.body.sdl);
    expect((await supergraph()).sdl).toBe(beforeForce.sdl);
    expect(
      await registry.request('POST', '/api/subgraphs/services/rollback', {
        body: { version: 99 },
        token: services,
      }),
    ).toMatchObject({ status: 404 });
  });

  it('lists the subgraphs and their histories: newest first, forced publishes and rollbacks marked', async () => {
    const list = await registry.request<{
      subgraphs: {
        name: string;
        version: number;
        publishedBy: string;
        publishedAt: string;
        forced: boolean;
      }[];
    }>('GET', '/api/subgraphs');
    expect(list.body.subgraphs.map((s) => [s.name, s.version, s.publishedBy, s.forced])).toEqual([
      ['associations', 1, 'seed', false],
      ['content', 1, 'seed', false],
      ['funding', 1, 'seed', false],
      ['pilot-actions', 1, 'seed', false],
      ['services', 5, 'dev:services', false],
      ['statistics', 1, 'seed', false],
      ['territories', 1, 'seed', false],
    ]);
    expect(list.body.subgraphs.find((s) => s.name === 'services')?.publishedAt).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    );
    const versions = await history('services');
    expect(
      versions.map((v) => [v.version, v.current, v.forced, v.forcedBy, v.rolledBackFrom, v.publishedBy]),
    ).toEqual([
      [5, true, false, null, 3, 'dev:services'],
      [4, false, true, 'dev:services', null, 'dev:services'],
      [3, false, false, null, null, 'dev:services'],
      [2, false, false, null, null, 'dev:services'],
      [1, false, false, null, null, 'seed'],
    ]);
    expect(versions.every((v) => v.routingUrl === SERVICES_URL)).toBe(true);
  });

  it('serializes concurrent publishes: two changes that compose alone but not together never both win', async () => {
    const before = (await supergraph()).version;
    const probe = '\nextend type Query {\n  registryProbe: String\n}\n';
    const [a, b] = await Promise.all([
      publish('services', { sdl: (await currentSdl('services')) + probe, routingUrl: SERVICES_URL }),
      publish(
        'associations',
        { sdl: seedSdl('associations') + probe, routingUrl: 'http://127.0.0.1:4003/graphql' },
        await credential('associations'),
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 422]);
    const loser = a.status === 422 ? a : b;
    expect(loser.body.report?.errors[0]).toMatchObject({
      kind: 'composition',
      message: expect.stringContaining('Query.registryProbe'),
    });
    expect((await supergraph()).version).toBe(before + 1);

    const [c, d] = await Promise.all([
      publish(
        'funding',
        {
          sdl: withField(seedSdl('funding'), 'FundingSource', 'note: String'),
          routingUrl: 'http://127.0.0.1:4004/graphql',
        },
        await credential('funding'),
      ),
      publish(
        'territories',
        {
          sdl: withField(seedSdl('territories'), 'Region', 'motto: String'),
          routingUrl: 'http://127.0.0.1:4001/graphql',
        },
        await credential('territories'),
      ),
    ]);
    expect([c.status, d.status]).toEqual([201, 201]);
    expect([c.body.supergraph.version, d.body.supergraph.version].sort((x, y) => x - y)).toEqual([
      before + 2,
      before + 3,
    ]);
    const latest = await supergraph();
    expect(accepts(latest.sdl, '{ region(code: "01") { motto } fundingSources { totalCount } }')).toBe(true);
    expect(latest.sdl).toContain('note: String');
  });

  it('refuses a rollback to an SDL that no longer composes with the others, storing nothing', async () => {
    const funding = await credential('funding');
    const fundingUrl = 'http://127.0.0.1:4004/graphql';
    // A removed field stays its owner's, so the conflict is a type of another kind under the same name.
    const probe = '\nextend type Query {\n  rollbackProbe: RollbackProbe\n}\nenum RollbackProbe {\n  ON\n}\n';
    const withProbe = await publish(
      'funding',
      { sdl: (await currentSdl('funding')) + probe, routingUrl: fundingUrl },
      funding,
    );
    expect(withProbe.status).toBe(201);
    const without = await publish(
      'funding',
      { sdl: (await currentSdl('funding')).replace(probe, ''), routingUrl: fundingUrl },
      funding,
    );
    expect(without.status).toBe(201);
    const territoriesProbe =
      '\nextend type Query {\n  territoriesProbe: RollbackProbe\n}\ntype RollbackProbe {\n  on: Boolean\n}\n';
    const territories = await publish(
      'territories',
      {
        sdl: (await currentSdl('territories')) + territoriesProbe,
        routingUrl: 'http://127.0.0.1:4001/graphql',
      },
      await credential('territories'),
    );
    expect(territories.status).toBe(201);
    const before = await supergraph();

    const rollback = await registry.request<ChangeAnswer & { error?: { code: string } }>(
      'POST',
      '/api/subgraphs/funding/rollback',
      { body: { version: withProbe.body.version }, token: funding },
    );
    expect(rollback.status).toBe(422);
    expect(rollback.body.error?.code).toBe('CHECKS_FAILED');
    expect(rollback.body.report.errors[0]).toMatchObject({
      kind: 'composition',
      message: expect.stringContaining('RollbackProbe'),
    });
    expect(await supergraph()).toEqual(before);
    expect((await history('funding'))[0]?.version).toBe(without.body.version);
  });
});
