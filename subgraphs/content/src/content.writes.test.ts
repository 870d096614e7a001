import { afterAll, beforeAll, expect, it } from 'vitest';
import { LOCALES } from '../../../lib/locale.js';
import { describeEachDialect } from '../../../test/dialects.js';
import { caller } from '../../../test/assertions.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { content } from './subgraph.js';

const editor = caller('content', ['content:write', 'audit:read']);
const regional = caller('content', ['content:write'], '01');
const other = caller('associations', ['content:write']);
const texts = (it: string) =>
  Object.fromEntries(LOCALES.map((l) => [l, `${it} (${l})`])) as Record<string, string>;

const ADD = `mutation($input: AddPublicationInput!) { addPublication(input: $input) { id version kind year edition community { code } title { text } publishedOn } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdatePublicationInput!) { updatePublication(id: $id, expectedVersion: $v, input: $input) { id version title { text } } }`;
const PUBLISH = `mutation($input: PublishNewsletterIssueInput!) { publishNewsletterIssue(input: $input) { id number month
  shortVersion(lang: AR) { text direction fallback } items { kind scope event { id } publication { id } } } }`;
const AUDIT = `query($id: ID) { contentAuditLog(entityId: $id, first: 20) { totalCount edges { node { actor partner action entityType entityId changes { field before after } } } } }`;

describeEachDialect('content writes', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(content, dialect.config('content-writes'));
  });
  afterAll(() => subgraph?.dispose());

  it('adds a labour-market report and updates it once, refusing a stale version; each write audited', async () => {
    // 2011..2025 are seeded: 2026 is the sixteenth edition.
    const input = {
      kind: 'LABOUR_MARKET_REPORT',
      year: 2026,
      title: { it: 'XVI Rapporto annuale', en: 'XVI Annual report' },
      summary: texts('Sintesi'),
      publishedOn: '2026-07-15',
    };
    const added = await subgraph.queryAs(editor, ADD, { input });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addPublication).toEqual({
      id: 'PUB-0214',
      version: 1,
      kind: 'LABOUR_MARKET_REPORT',
      year: 2026,
      edition: 16,
      community: null,
      title: { text: 'XVI Rapporto annuale' },
      publishedOn: '2026-07-15',
    });
    const again = await subgraph.queryAs(editor, ADD, { input });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.year' });

    const change = { title: { it: 'XVI Rapporto annuale 2026', en: 'XVI Annual report 2026' } };
    const updated = await subgraph.queryAs(editor, UPDATE, { id: 'PUB-0214', v: 1, input: change });
    expect(updated.data?.updatePublication).toEqual({
      id: 'PUB-0214',
      version: 2,
      title: { text: 'XVI Rapporto annuale 2026' },
    });
    const stale = await subgraph.queryAs(editor, UPDATE, { id: 'PUB-0214', v: 1, input: change });
    expect(stale.data?.updatePublication).toBeNull();
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const audit = (await subgraph.queryAs(editor, AUDIT, { id: 'PUB-0214' })).data?.contentAuditLog;
    expect(audit.totalCount).toBe(2);
    const [update, addition] = audit.edges.map((e: { node: unknown }) => e.node);
    expect(update).toMatchObject({
      actor: 'test:content',
      partner: 'content',
      action: 'updatePublication',
      entityType: 'Publication',
    });
    expect(update.changes).toEqual([
      { field: 'title_i18n', before: JSON.stringify(input.title), after: JSON.stringify(change.title) },
    ]);
    expect(addition.action).toBe('addPublication');
    expect(addition.changes).toEqual(
      expect.arrayContaining([{ field: 'edition', before: null, after: '16' }]),
    );
  });

  it('publishes a newsletter issue with its short version in every language, once per month', async () => {
    const input = {
      month: '2027-01',
      title: { it: 'Newsletter n. 169', en: 'Newsletter no. 169' },
      shortVersion: texts('In questo numero'),
      items: [
        { kind: 'LEGISLATION', title: { it: 'Decreto flussi 2027' } },
        { kind: 'PROJECT', title: { it: 'Progetto locale' }, scope: 'LOCAL' },
        { kind: 'EVENT', title: { it: 'Evento' }, eventId: 'EV-00001' },
        { kind: 'PUBLICATION', title: { it: 'Rapporto' }, publicationId: 'PUB-0001' },
      ],
    };
    const published = await subgraph.queryAs(editor, PUBLISH, { input });
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishNewsletterIssue).toEqual({
      id: 'NL-2027-01',
      number: 169,
      month: '2027-01',
      shortVersion: { text: 'In questo numero (ar)', direction: 'RTL', fallback: false },
      items: [
        { kind: 'LEGISLATION', scope: null, event: null, publication: null },
        { kind: 'PROJECT', scope: 'LOCAL', event: null, publication: null },
        { kind: 'EVENT', scope: null, event: { id: 'EV-00001' }, publication: null },
        { kind: 'PUBLICATION', scope: null, event: null, publication: { id: 'PUB-0001' } },
      ],
    });
    expect((await subgraph.query(`{ latestNewsletterIssue { id } }`)).data?.latestNewsletterIssue).toEqual({
      id: 'NL-2027-01',
    });
    const twice = await subgraph.queryAs(editor, PUBLISH, { input });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.month' });
    const audit = (await subgraph.queryAs(editor, AUDIT, { id: 'NL-2027-01' })).data?.contentAuditLog;
    expect(audit.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'publishNewsletterIssue',
    ]);
  });

  it('refuses bad input field by field, and callers that are not the national editorial office', async () => {
    const bad = {
      month: '2012-12',
      title: { it: 'x' },
      shortVersion: { it: 'Solo italiano', en: 'English only' },
      items: [
        { kind: 'EVENT', title: { it: 'Evento' }, eventId: 'EV-99999', scope: 'LOCAL' },
        { kind: 'PUBLICATION', title: { it: 'Rapporto' } },
      ],
    };
    const refused = await subgraph.queryAs(editor, PUBLISH, { input: bad });
    const fields = (refused.errors?.[0]?.extensions?.fields as { field: string }[])
      .map((f) => f.field)
      .sort();
    expect(fields).toEqual([
      'input.items.0.scope',
      'input.items.1.publicationId',
      'input.month',
      'input.shortVersion',
    ]);
    const unknownEvent = await subgraph.queryAs(editor, PUBLISH, {
      input: {
        ...bad,
        month: '2026-12',
        shortVersion: texts('x'),
        items: [bad.items[0]!].map(({ scope: _s, ...i }) => i),
      },
    });
    // Checked against the stored records: the month is taken, and the event does not exist.
    expect(unknownEvent.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'input.month', reason: 'the issue of 2026-12 is already published' },
      { field: 'input.items.0.eventId', reason: 'Event EV-99999 does not exist' },
    ]);

    const input = {
      kind: 'COMMUNITY_REPORT',
      year: 2026,
      communityCode: 'PH',
      title: { it: 't' },
      summary: { it: 's' },
      publishedOn: '2026-11-01',
    };
    for (const [who, code] of [
      [undefined, 'UNAUTHENTICATED'],
      [other, 'FORBIDDEN'],
      [regional, 'FORBIDDEN'],
    ] as const) {
      const result = who ? await subgraph.queryAs(who, ADD, { input }) : await subgraph.query(ADD, { input });
      expect(result.data?.addPublication ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
    const anonymousAudit = await subgraph.query(AUDIT, { id: null });
    expect(anonymousAudit.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('adds a plan, with no edition and no community, once per year', async () => {
    const input = {
      kind: 'POLICY_PLAN',
      year: 2023,
      title: { it: 'Piano triennale 2023-2025', en: 'Three-year plan 2023-2025' },
      summary: texts('Piano'),
      publishedOn: '2023-03-01',
    };
    const added = await subgraph.queryAs(editor, ADD, { input });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addPublication).toMatchObject({
      kind: 'POLICY_PLAN',
      year: 2023,
      edition: null,
      community: null,
    });
    const again = await subgraph.queryAs(editor, ADD, { input });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.year' });
  });
});
