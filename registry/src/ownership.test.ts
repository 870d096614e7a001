/**
 * Ownership as partners meet it over HTTP, on each dialect: the outside review's takeover (its
 * attacks are listed in docs/security.md, "The attacks the tests replay") refused with 422
 * (force or not, check or publish) and nothing stored; a type's owner allowing another partner to
 * extend it, and nobody else able to; and a registry created before ownership was recorded
 * deriving its records at start, then refusing a rollback to a version that took another's fields.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { dropPostgresSchema, openDatabase, type DbConfig } from '../../lib/db/index.js';
import { silentLogger } from '../../lib/log.js';
import { parseConfig } from './config.js';
import { createRegistry } from './createRegistry.js';
import { composeSubgraphs as compose } from '../../lib/supergraph/compose.js';
import type { RegistryDb } from './data/tables.js';
import { insertSubgraphVersion } from './data/subgraphVersions.repository.js';
import { currentSupergraph, insertSupergraph } from './data/supergraphs.repository.js';
import { subgraphs } from '../../schema/subgraphs.js';
import {
  credential,
  seedSdl,
  startTestRegistry,
  withField,
  type ChangeAnswer,
  type ErrorAnswer,
  type TestRegistry,
} from './registry.fixture.js';

const SERVICES_URL = 'http://127.0.0.1:4002/graphql';

/** The review's attack: the services partner takes two fields of two other partners. */
export function takeoverSdl(): string {
  let sdl = seedSdl('services').replace('import: ["@key"', 'import: ["@override", "@key"');
  sdl = withField(sdl, 'Association', 'contactPerson: ContactPerson @override(from: "associations")');
  return `${sdl}\ntype MonitoringVisit @key(fields: "id") {\n  id: ID!\n  findings(lang: Locale): LocalizedText @override(from: "pilot-actions")\n}\n`;
}

const TAKEOVER_MESSAGES = [
  'Association.contactPerson is owned by associations: services may not take it with @override(from: "associations")',
  'MonitoringVisit.findings is owned by pilot-actions: services may not take it with @override(from: "pilot-actions")',
];

const OBSERVATORY = (fields: string) =>
  `extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key"])\ntype Region @key(fields: "code") {\n  code: ID!\n  ${fields}\n}\n`;

describeEachDialect('ownership through the registry', (dialect) => {
  let registry: TestRegistry;
  let services: string;
  beforeAll(async () => {
    registry = await startTestRegistry(dialect.config('ownership'));
    services = await credential('services');
  });
  afterAll(() => registry?.dispose());

  const extensions = (owner: string, type: string, token: string | undefined, body?: unknown) =>
    registry.request<
      { type: string; owners: string[]; allow: { subgraph: string; allowedBy: string }[] } & ErrorAnswer
    >(body === undefined ? 'GET' : 'PUT', `/api/subgraphs/${owner}/types/${type}/extensions`, {
      token,
      body,
    });

  it('refuses the takeover of Association.contactPerson and MonitoringVisit.findings with 422, even with force, and stores nothing', async () => {
    const before = await registry.supergraph();
    for (const force of [false, true]) {
      const answer = await registry.publish(
        'services',
        { sdl: takeoverSdl(), routingUrl: 'http://attacker.example/graphql', force },
        services,
      );
      expect(answer.status).toBe(422);
      expect(answer.body.error?.code).toBe('CHECKS_FAILED');
      expect(answer.body.error?.message).toMatch(/force does not override ownership/);
      expect(answer.body.report?.errors.map((issue) => issue.kind === 'ownership' && issue.message)).toEqual(
        TAKEOVER_MESSAGES,
      );
    }
    const check = await registry.request<{ report: ChangeAnswer['report'] }>(
      'POST',
      '/api/subgraphs/services/check',
      { body: { sdl: takeoverSdl() }, token: services },
    );
    expect(check.body.report.ok).toBe(false);
    expect(check.body.report.errors.map((issue) => issue.kind === 'ownership' && issue.message)).toEqual(
      TAKEOVER_MESSAGES,
    );
    expect(await registry.supergraph()).toEqual(before);
    expect((await registry.history('services')).map((v) => v.version)).toEqual([1]);
  });

  it("refuses a new partner's field on another's type until the owner allows it; only the owner's credential may", async () => {
    const observatory = await credential('observatory');
    const first = await registry.publish(
      'observatory',
      { sdl: OBSERVATORY('integrationIndex: Float'), routingUrl: 'http://127.0.0.1:4900/graphql' },
      observatory,
    );
    expect(first.status).toBe(422);
    expect(first.body.report?.errors[0]).toMatchObject({
      kind: 'ownership',
      rule: 'extension',
      coordinate: 'Region.integrationIndex',
      owners: ['territories'],
    });

    const allow = { allow: ['observatory'] };
    expect((await extensions('territories', 'Region', undefined, allow)).status).toBe(401);
    expect((await extensions('territories', 'Region', observatory, allow)).status).toBe(403);
    expect((await extensions('territories', 'Region', services, allow)).status).toBe(403);
    expect(
      (
        await extensions(
          'territories',
          'Region',
          await credential('territories', ['registry:operations']),
          allow,
        )
      ).status,
    ).toBe(403);
    // Another partner's type through its own name in the path: still not its owner.
    expect(await extensions('services', 'Region', services, allow)).toMatchObject({
      status: 403,
      body: { error: { message: expect.stringContaining('Region is owned by territories, not services') } },
    });
    const territories = await credential('territories');
    expect((await extensions('territories', 'NoSuchType', territories, allow)).status).toBe(404);
    for (const bad of [
      {},
      { allow: 'observatory' },
      { allow: [1] },
      { allow: ['Not A Name'] },
      { allow: null },
    ]) {
      expect(await extensions('territories', 'Region', territories, bad)).toMatchObject({
        status: 400,
        body: { error: { code: 'BAD_REQUEST' } },
      });
    }
    expect(
      (await extensions('territories', 'Region', observatory)).body.allow.map((a) => a.subgraph),
    ).toEqual(['associations', 'content', 'pilot-actions', 'services', 'statistics']);

    const allowed = await extensions('territories', 'Region', territories, {
      allow: ['associations', 'content', 'pilot-actions', 'services', 'statistics', 'observatory'],
    });
    expect(allowed.status).toBe(200);
    expect(allowed.body.allow.map((a) => [a.subgraph, a.allowedBy])).toEqual([
      ['associations', 'dev:territories'],
      ['content', 'dev:territories'],
      ['observatory', 'dev:territories'],
      ['pilot-actions', 'dev:territories'],
      ['services', 'dev:territories'],
      ['statistics', 'dev:territories'],
    ]);
    const second = await registry.publish(
      'observatory',
      { sdl: OBSERVATORY('integrationIndex: Float'), routingUrl: 'http://127.0.0.1:4900/graphql' },
      observatory,
    );
    expect(second.status).toBe(201);

    // Withdrawn: what it added stays its own, nothing more may be added.
    await extensions('territories', 'Region', territories, {
      allow: ['associations', 'pilot-actions', 'services'],
    });
    const more = await registry.publish(
      'observatory',
      {
        sdl: OBSERVATORY('integrationIndex: Float\n  integrationTrend: String'),
        routingUrl: 'http://127.0.0.1:4900/graphql',
      },
      observatory,
    );
    expect(more.status).toBe(422);
    expect(more.body.report?.errors.map((issue) => issue.kind === 'ownership' && issue.coordinate)).toEqual([
      'Region.integrationTrend',
    ]);
    const same = await registry.publish(
      'observatory',
      {
        sdl: OBSERVATORY('"The index." integrationIndex: Float'),
        routingUrl: 'http://127.0.0.1:4900/graphql',
      },
      observatory,
    );
    expect(same.status).toBe(201);
  });
});

describeEachDialect('a registry created before ownership was recorded', (dialect) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'integra-ownership-'));
  const db: DbConfig =
    dialect.dialect === 'sqlite'
      ? { dialect: 'sqlite', file: path.join(dir, 'registry.sqlite') }
      : dialect.config('ownership-backfill');
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (db.dialect === 'postgres') await dropPostgresSchema(db.url, db.schema);
  });
  const start = () => createRegistry({ config: { ...parseConfig({}), db }, log: silentLogger() });

  it("derives its records from the current supergraph at start, and refuses a rollback to a version that took another's fields", async () => {
    // The registry's history as it stood before this release: services v2 took the two fields, v3 gave them back.
    await (await start()).dispose();
    const database = await openDatabase<RegistryDb>(db);
    try {
      const graph = subgraphs.map((s) => ({
        name: s.name,
        url: `http://127.0.0.1:${s.defaultPort}/graphql`,
        sdl: seedSdl(s.name),
      }));
      for (const [version, sdl] of [
        [2, takeoverSdl()],
        [3, seedSdl('services')],
      ] as const) {
        const composition = compose(graph.map((s) => (s.name === 'services' ? { ...s, sdl } : s)));
        if (!composition.ok) throw new Error('the history does not compose');
        const row = {
          subgraph: 'services',
          version,
          sdl,
          routing_url: SERVICES_URL,
          published_by: 'dev:services',
          partner: 'services',
        };
        await insertSubgraphVersion(database.db, {
          ...row,
          published_at: new Date().toISOString(),
          forced: 0,
          forced_by: null,
          check_report: '{"ok":true,"errors":[],"warnings":[]}',
          rolled_back_from: null,
        });
        const latest = (await currentSupergraph(database.db))!;
        await insertSupergraph(database.db, {
          version: latest.version + 1,
          sdl: composition.supergraphSdl,
          composedAt: new Date().toISOString(),
          subgraphVersions: {},
          cause: `publish services v${version}`,
        });
      }
      for (const table of ['type_owners', 'field_owners', 'type_extensions'] as const)
        await database.db.deleteFrom(table).execute();
    } finally {
      await database.dispose();
    }

    const registry = await start();
    try {
      const origin = await registry.listen(0);
      const services = await credential('services');
      const rollback = await fetch(`${origin}/api/subgraphs/services/rollback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${services}` },
        body: JSON.stringify({ version: 2 }),
      });
      const body = (await rollback.json()) as ErrorAnswer;
      expect(rollback.status).toBe(422);
      expect(body.report?.errors.map((issue) => issue.kind === 'ownership' && issue.message)).toEqual(
        TAKEOVER_MESSAGES,
      );
      const current = (await (
        await fetch(`${origin}/api/subgraphs/services/versions`, {
          headers: { authorization: `Bearer ${services}` },
        })
      ).json()) as { versions: { version: number }[] };
      expect(current.versions[0]?.version).toBe(3);
      const allowances = await fetch(`${origin}/api/subgraphs/associations/types/Association/extensions`, {
        headers: { authorization: `Bearer ${services}` },
      });
      expect(
        ((await allowances.json()) as { allow: { subgraph: string; allowedBy: string }[] }).allow,
      ).toMatchObject([{ subgraph: 'services', allowedBy: 'backfill from supergraph v3' }]);
    } finally {
      await registry.dispose();
    }
  });
});

describe('takeoverSdl', () => {
  it('composes with the seed subgraphs (the refusal is ownership, not composition)', () => {
    const graph = subgraphs.map((s) => ({
      name: s.name,
      url: `http://${s.name}/graphql`,
      sdl: s.name === 'services' ? takeoverSdl() : seedSdl(s.name),
    }));
    expect(compose(graph).ok).toBe(true);
  });
});
