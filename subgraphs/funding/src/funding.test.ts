import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { funding } from './subgraph.js';
import { allAllocations, allCalls, allSources } from './funding.fixture.js';

const MAIN_PROGRAMMES: Record<string, string> = {
  'FS-FAMI-2021-2027': 'EU',
  'FS-FSEPLUS-INCLUSIONE-2021-2027': 'EU',
  'FS-PN-METRO-PLUS-2021-2027': 'EU',
  'FS-PN-SCUOLA-2021-2027': 'EU',
  'FS-CERV-2021-2027': 'EU',
  'FS-ERASMUSPLUS-2021-2027': 'EU',
  'FS-EASI-2021-2027': 'EU',
  'FS-FNPM': 'NATIONAL',
  'FS-FNPSA-SAI': 'NATIONAL',
  'FS-FONDO-MSNA': 'NATIONAL',
};

describeEachDialect('funding subgraph', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(funding, dialect.config('funding'));
  });
  afterAll(() => subgraph?.dispose());

  it('holds the seeded volumes: 40+ sources with the main programmes, 100+ calls, 300+ allocations', async () => {
    const [sources, calls, allocations] = await Promise.all([
      allSources(subgraph),
      allCalls(subgraph),
      allAllocations(subgraph),
    ]);
    expect(sources.length).toBeGreaterThanOrEqual(40);
    expect(calls.length).toBeGreaterThanOrEqual(100);
    expect(allocations.length).toBeGreaterThanOrEqual(300);
    const levels = Object.fromEntries(sources.map((s) => [s.id, s.level]));
    for (const [id, level] of Object.entries(MAIN_PROGRAMMES)) expect(levels[id], id).toBe(level);
    expect(new Set(sources.map((s) => s.level))).toEqual(
      new Set(['EU', 'NATIONAL', 'REGIONAL', 'LOCAL', 'PRIVATE']),
    );
    expect(sources.filter((s) => s.kind === 'INNOVATIVE').length).toBeGreaterThanOrEqual(8);
    expect(calls.map((c) => c.id)).toContain('CALL-0100');
    expect(allocations.map((a) => a.id)).toContain('ALL-0300');
  });

  it('gives every pilot action PA-001..PA-080 three to five allocations from different sources', async () => {
    const allocations = await allAllocations(subgraph);
    const sourcesByAction = new Map<string, string[]>();
    for (const a of allocations)
      sourcesByAction.set(a.pilotAction.id, [
        ...(sourcesByAction.get(a.pilotAction.id) ?? []),
        a.fundingSource.id,
      ]);
    const expected = Array.from({ length: 80 }, (_, i) => `PA-${String(i + 1).padStart(3, '0')}`);
    expect([...sourcesByAction.keys()].sort()).toEqual(expected);
    for (const [action, sources] of sourcesByAction) {
      expect(sources.length, action).toBeGreaterThanOrEqual(3);
      expect(sources.length, action).toBeLessThanOrEqual(5);
      expect(new Set(sources).size, action).toBe(sources.length);
    }
  });

  it('looks up each entity by key, and answers null for unknown keys', async () => {
    const result = await subgraph.query(`{
      fundingSource(id: "FS-FAMI-2021-2027") { id level kind programmingPeriod cofinancingRatePercent managingAuthority { text locale } priorities region { code } }
      call(id: "CALL-0001") { id fundingSource { id } budget opensOn closesOn status eligibleBeneficiaries }
      allocation(id: "ALL-0001") { id fundingSource { id } pilotAction { id } committed spent startsOn }
      milan: fundingSource(id: "FS-COMUNE-MILANO") { level region { code } municipality { istatCode } }
      noSource: fundingSource(id: "FS-NOTHING-HERE") { id }
      noCall: call(id: "CALL-9999") { id }
      noAllocation: allocation(id: "ALL-9999") { id }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(data.fundingSource).toMatchObject({
      id: 'FS-FAMI-2021-2027',
      level: 'EU',
      kind: 'ORDINARY',
      programmingPeriod: '2021-2027',
      cofinancingRatePercent: '75.00',
      region: null,
    });
    expect(data.fundingSource.managingAuthority).toEqual({
      text: "Ministero dell'Interno – Dipartimento per le Libertà Civili e l'Immigrazione",
      locale: 'IT',
    });
    expect(data.fundingSource.priorities).toContain('LEGAL_ENTRY_CHANNELS');
    expect(data.call).toMatchObject({
      id: 'CALL-0001',
      fundingSource: { id: 'FS-FAMI-2021-2027' },
      status: 'CLOSED',
    });
    expect(data.call.budget).toMatch(/^\d+\.\d{2}$/);
    expect(data.call.eligibleBeneficiaries.length).toBeGreaterThan(0);
    expect(data.allocation).toMatchObject({ id: 'ALL-0001', pilotAction: { id: 'PA-001' } });
    expect(data.milan).toEqual({
      level: 'LOCAL',
      region: { code: '03' },
      municipality: { istatCode: '015146' },
    });
    expect([data.noSource, data.noCall, data.noAllocation]).toEqual([null, null, null]);
  });

  it('resolves entity references of its own types, with null for unknown ones', async () => {
    const result = await subgraph.query(
      `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on FundingSource { id level } ... on Call { id status } ... on Allocation { id pilotAction { id } } } }`,
      {
        r: [
          { __typename: 'FundingSource', id: 'FS-FNPM' },
          { __typename: 'Call', id: 'CALL-0002' },
          { __typename: 'Allocation', id: 'ALL-0002' },
          { __typename: 'Call', id: 'CALL-9999' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: 'FS-FNPM', level: 'NATIONAL' },
      { id: 'CALL-0002', status: 'CLOSED' },
      { id: 'ALL-0002', pilotAction: { id: 'PA-001' } },
      null,
    ]);
  });

  it.each([
    ['{ fundingSource(id: "fami") { id } }', 'id'],
    ['{ call(id: "CALL-1") { id } }', 'id'],
    ['{ allocation(id: "ALLOC-0001") { id } }', 'id'],
    ['{ calls(filter: { fundingSourceId: "FAMI 2021" }) { totalCount } }', 'filter.fundingSourceId'],
    [
      '{ fundingSource(id: "FS-FNPM") { calls(filter: { fundingSourceId: "x" }) { totalCount } } }',
      'filter.fundingSourceId',
    ],
    ['{ allocations(filter: { pilotActionId: "PA-1" }) { totalCount } }', 'filter.pilotActionId'],
    ['{ allocations(filter: { callId: "CALL-123" }) { totalCount } }', 'filter.callId'],
    ['{ allocations(filter: { callId: "CALL-012345" }) { totalCount } }', 'filter.callId'],
    ['{ allocations(filter: { regionCode: "Lombardia" }) { totalCount } }', 'filter.regionCode'],
    ['{ fundingSources(filter: { regionCode: "3" }) { totalCount } }', 'filter.regionCode'],
    ['{ allocations(filter: { committedAtLeast: "-1.00" }) { totalCount } }', 'filter.committedAtLeast'],
    [
      '{ allocations(filter: { committedAtLeast: "500.00", committedAtMost: "100.00" }) { totalCount } }',
      'filter.committedAtMost',
    ],
    [
      `{ fundingSources(filter: { nameContains: "${'x'.repeat(101)}" }) { totalCount } }`,
      'filter.nameContains',
    ],
    ['{ fundingSources(first: 101) { totalCount } }', 'first'],
    ['{ calls(first: -1) { totalCount } }', 'first'],
    ['{ allocations(after: "nope") { totalCount } }', 'after'],
    ['{ fundingSource(id: "FS-FAMI-2021-2027") { pilotActions(first: 1000) { totalCount } } }', 'first'],
  ])('rejects %s with BAD_USER_INPUT naming %s', async (query, argument) => {
    const result = await subgraph.query(query);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('returns texts in the language of Accept-Language or of `lang`, falling back to Italian', async () => {
    const query = `{ fundingSource(id: "FS-FAMI-2021-2027") { name { text locale } ar: name(lang: AR) { locale } }
      fnps: fundingSource(id: "FS-FNPS") { name(lang: ZH) { text locale } managingAuthority { text locale } }
      call(id: "CALL-0001") { title { text locale } } }`;
    const french = await subgraph.query(query, {}, { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' });
    expect(french.errors).toBeUndefined();
    expect(french.data?.fundingSource.name).toEqual({
      text: 'Programme national FAMI 2021-2027 (Fonds Asile, Migration et Intégration)',
      locale: 'FR',
    });
    expect(french.data?.fundingSource.ar).toEqual({ locale: 'AR' });
    expect(french.data?.fnps.name).toEqual({
      text: 'Fondo nazionale per le politiche sociali',
      locale: 'IT',
    });
    // No French managing authority for FNPS: Italian, and the answer says so.
    expect(french.data?.fnps.managingAuthority.locale).toBe('IT');
    const english = await subgraph.query(query, {}, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.data?.call.title.locale).toBe('EN');
    expect(english.data?.call.title.text).toMatch(/^FAMI – Call 1\/2022: /);
    const italian = await subgraph.query(query);
    expect(italian.data?.call.title).toMatchObject({ locale: 'IT' });
    expect(italian.data?.call.title.text).toMatch(/^FAMI – Avviso 1\/2022: /);
  });
});
