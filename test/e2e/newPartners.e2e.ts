/**
 * The Portal's editorial office (`content`) and DG Immigration's data office (`statistics`) join a
 * running graph as a new partner does (docs/partners.md): the registry knows only the first five
 * subgraphs; each newcomer is refused until territories, the owner of `Community`, `Region` and
 * `Province`, allows it to add fields to them; then it checks and publishes with its own
 * credential, and the gateway serves it without a restart. The Portal's four example questions are
 * then answered in one request each, and checked against the subgraphs' own data.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CommunityReportDocument,
  CulturalExperiencesWithAssociationsDocument,
  NewsletterWithEventsNearbyDocument,
  UnaccompaniedMinorsAndServicesDocument,
} from '../../clients/__generated__/operations.js';
import { subgraphs } from '../../schema/subgraphs.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

const root = path.resolve(import.meta.dirname, '../..');
const NEWCOMERS = ['content', 'statistics'];
const FIRST_FIVE = subgraphs.map((s) => s.name).filter((name) => !NEWCOMERS.includes(name));

let graph: E2EGraph;
beforeAll(async () => {
  graph = await startE2EGraph({ registryEnv: { REGISTRY_SEED_SUBGRAPHS: FIRST_FIVE.join(',') } });
}, 120_000);
afterAll(() => graph?.dispose());

/** Runs the partners' CLI against the test registry: its exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'registry/cli/main.ts'), ...args],
      {
        cwd: root,
        env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true', INTEGRA_REGISTRY_URL: graph.registry!.url },
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}
const devToken = async (partner: string) =>
  (await cli('dev-token', partner)).output.trim().split('\n').at(-1)!;

/** The subgraphs territories allows to add fields to `type`, as its owner sees them. */
async function allowed(type: string, token: string): Promise<string[]> {
  const response = await fetch(`${graph.registry!.url}/api/subgraphs/territories/types/${type}/extensions`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { allow: { subgraph: string }[] };
  return body.allow.map((a) => a.subgraph);
}

const sdlOf = (name: string) => path.join(root, 'subgraphs', name, 'schema.graphql');
const urlOf = (name: string) => graph.subgraphs.find((s) => s.name === name)!.url;

describe('new partners join through the registry', () => {
  it('each is refused until the owner allows it, then publishes, and the gateway serves it', async () => {
    const before = await graph.execute(`{ community(code: "SN") { latestReport { id } } }`);
    expect(before.errors?.[0]?.message).toMatch(/latestReport/);

    const territories = await devToken('territories');
    for (const name of NEWCOMERS) {
      const token = await devToken(name);
      const refused = await cli('check', name, '--schema', sdlOf(name), '--token', token);
      expect(refused.code, refused.output).toBe(1);
      expect(refused.output).toMatch(/Community\.\w+/);

      const types = name === 'content' ? ['Community', 'Region'] : ['Community', 'Region', 'Province'];
      for (const type of types) {
        const allow = [...(await allowed(type, territories)), name].join(',');
        const granted = await cli(
          'extensions',
          'territories',
          '--type',
          type,
          '--allow',
          allow,
          '--token',
          territories,
        );
        expect(granted.code, granted.output).toBe(0);
      }
      // Another partner's credential cannot publish for it.
      const impostor = await cli(
        'publish',
        name,
        '--schema',
        sdlOf(name),
        '--url',
        urlOf(name),
        '--token',
        territories,
      );
      expect(impostor.code).toBe(1);

      const checked = await cli('check', name, '--schema', sdlOf(name), '--token', token);
      expect(checked.code, checked.output).toBe(0);
      const published = await cli(
        'publish',
        name,
        '--schema',
        sdlOf(name),
        '--url',
        urlOf(name),
        '--token',
        token,
      );
      expect(published.code, published.output).toBe(0);
      expect(published.output).toContain(`published ${name} v1`);
    }
    await expect
      .poll(
        async () =>
          (await graph.execute(`{ community(code: "SN") { latestReport { id } residents { total } } }`))
            .errors,
        {
          timeout: 30_000,
          interval: 500,
        },
      )
      .toBeUndefined();
  }, 180_000);
});

describe("the Portal's example questions through the gateway, against the subgraphs' own data", () => {
  it('the latest report on the Senegalese community in French, its associations in Lombardy, its residents by region', async () => {
    const result = await graph.execute(CommunityReportDocument, { code: 'SN', lang: 'FR', regionCode: '03' });
    expect(result.errors).toBeUndefined();
    const community = result.data!.community!;
    expect(community.name).toEqual({ text: 'Sénégal', locale: 'FR', fallback: false, direction: 'LTR' });

    const own = await graph.executeOn(
      'content',
      `{ _entities(representations: [{ __typename: "Community", code: "SN" }]) { ... on Community { reports { id year } latestReport { id summary(lang: FR) { text } } } } }`,
    );
    const reports = own.data?._entities[0].reports as { id: string; year: number }[];
    expect(community.latestReport?.id).toBe(own.data?._entities[0].latestReport.id);
    expect(community.latestReport?.year).toBe(Math.max(...reports.map((r) => r.year)));
    expect(community.latestReport?.summary).toMatchObject({ locale: 'FR', fallback: false });
    expect(community.latestReport?.summary.text).toBe(own.data?._entities[0].latestReport.summary.text);

    const associations = await graph.executeOn(
      'associations',
      `{ _entities(representations: [{ __typename: "Community", code: "SN" }]) { ... on Community { associations(regionCode: "03", first: 20) { totalCount edges { node { id } } } } } }`,
    );
    const expected = associations.data?._entities[0].associations;
    expect(expected.totalCount).toBeGreaterThan(0);
    expect(community.associations.totalCount).toBe(expected.totalCount);
    expect(community.associations.edges.map((e) => e.node.id)).toEqual(
      expected.edges.map((e: { node: { id: string } }) => e.node.id),
    );
    for (const { node } of community.associations.edges) expect(node.seat.name).toBeTruthy();

    const residents = community.residents!;
    expect(residents.source.generated).toBe(true);
    expect(residents.byRegion.reduce((sum, r) => sum + r.total, 0)).toBe(residents.total);
    expect(residents.byRegion[0]?.region.name.text).toBeTruthy();
    const ownResidents = await graph.executeOn(
      'statistics',
      `{ _entities(representations: [{ __typename: "Community", code: "SN" }]) { ... on Community { residents { year total } } } }`,
    );
    expect({ year: residents.year, total: residents.total }).toEqual(
      ownResidents.data?._entities[0].residents,
    );

    const arabic = await graph.execute(CommunityReportDocument, { code: 'SN', lang: 'AR', regionCode: '03' });
    expect(arabic.data?.community?.name).toMatchObject({ locale: 'AR', direction: 'RTL', fallback: false });
    expect(arabic.data?.community?.latestReport?.summary).toMatchObject({ locale: 'AR', direction: 'RTL' });
  });

  it("this month's newsletter in Punjabi, with its events near Turin", async () => {
    const result = await graph.execute(NewsletterWithEventsNearbyDocument, {
      month: '2026-12',
      lang: 'PA',
      provinceCode: '001',
    });
    expect(result.errors).toBeUndefined();
    const issue = result.data!.newsletterIssue!;
    expect(issue.month).toBe('2026-12');
    expect(issue.shortVersion).toMatchObject({ locale: 'PA', fallback: false, direction: 'LTR' });
    expect(issue.shortVersion.text).toMatch(/[\u0A00-\u0A7F]/); // Gurmukhi
    expect(issue.items.length).toBeGreaterThanOrEqual(8);

    const own = await graph.executeOn(
      'content',
      `{ newsletterIssue(month: "2026-12") { events(provinceCode: "001") { id } } }`,
    );
    const ids = (own.data?.newsletterIssue.events as { id: string }[]).map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(issue.events.map((e) => e.id)).toEqual(ids);
    for (const event of issue.events) {
      expect(event.municipality.istatCode.startsWith('001')).toBe(true);
      expect(event.municipality.name).toBeTruthy(); // answered by territories
      expect(event.startsOn.startsWith('2026-12')).toBe(true);
    }
  });

  it('music experiences in Campania with the associations behind them', async () => {
    const result = await graph.execute(CulturalExperiencesWithAssociationsDocument, {
      section: 'MUSIC',
      regionCode: '15',
      first: 100,
    });
    expect(result.errors).toBeUndefined();
    const list = result.data!.culturalExperiences;
    const own = await graph.executeOn(
      'content',
      `{ culturalExperiences(filter: { section: MUSIC, regionCode: "15" }, first: 100) { totalCount edges { node { id associations { id } } } } }`,
    );
    expect(list.totalCount).toBeGreaterThan(0);
    expect(list.totalCount).toBe(own.data?.culturalExperiences.totalCount);
    expect(list.edges.map((e) => [e.node.id, e.node.associations.map((a) => a.id)])).toEqual(
      own.data?.culturalExperiences.edges.map(
        (e: { node: { id: string; associations: { id: string }[] } }) => [
          e.node.id,
          e.node.associations.map((a) => a.id),
        ],
      ),
    );
    const campania = new Set(['NA', 'SA', 'CE', 'AV', 'BN']);
    for (const { node } of list.edges) {
      expect(node.section).toBe('MUSIC');
      expect(campania.has(node.municipality.province.abbreviation)).toBe(true);
      for (const association of node.associations) expect(association.name).toBeTruthy(); // answered by associations
    }
    expect(list.edges.some((e) => e.node.associations.length > 0)).toBe(true);
  });

  it('unaccompanied minors in Sicily over the last twelve months, beside its services for minors and second generations', async () => {
    const result = await graph.execute(UnaccompaniedMinorsAndServicesDocument, {
      regionCode: '19',
      months: 12,
    });
    expect(result.errors).toBeUndefined();
    const region = result.data!.region!;
    expect(region.unaccompaniedMinors).toHaveLength(12);
    const months = region.unaccompaniedMinors.map((m) => m.month);
    expect([...months].sort()).toEqual(months);
    for (const month of region.unaccompaniedMinors) {
      expect(month.byAgeBand.reduce((sum, b) => sum + b.count, 0)).toBe(month.total);
      expect(month.byGender.reduce((sum, g) => sum + g.count, 0)).toBe(month.total);
      expect(month.source.generated).toBe(true);
    }
    const own = await graph.executeOn(
      'statistics',
      `{ _entities(representations: [{ __typename: "Region", code: "19" }]) { ... on Region { unaccompaniedMinors(months: 12) { month total } } } }`,
    );
    expect(region.unaccompaniedMinors.map((m) => ({ month: m.month, total: m.total }))).toEqual(
      own.data?._entities[0].unaccompaniedMinors,
    );
    const services = await graph.executeOn(
      'services',
      `{ services(filter: { regionCode: "19", areas: [MINORS_AND_SECOND_GENERATIONS] }) { totalCount } }`,
    );
    expect(region.services.totalCount).toBeGreaterThan(0);
    expect(region.services.totalCount).toBe(services.data?.services.totalCount);
  });
});
