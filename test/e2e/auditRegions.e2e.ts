/**
 * The audit logs through the whole graph, read by tokens limited to a region: a regional reader with
 * `audit:read` sees the entries of its own region's records only, in every writing subgraph, by any
 * filter, alias or page; another region's record looks like one that was never written. A national
 * reader (a token without a region) sees every entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../tokens.js';
import { encodeCursor } from '../../lib/pagination.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

let graph: E2EGraph;
beforeAll(async () => {
  graph = await startE2EGraph();
});
afterAll(() => graph?.dispose());

/** Runs a write and returns the id of the record it wrote. */
async function written(
  document: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<string> {
  const result = await graph.execute<Record<string, { id: string } | null>, unknown>(
    document,
    variables,
    headers,
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return Object.values(result.data ?? {})[0]!.id;
}

const ACTIVE = `query($region: ID!) { region(code: $region) { pilotActions(filter: { statuses: [ACTIVE] }, first: 1) { edges { node { id version } } } } }`;
async function suspendFirstActive(region: string, headers: Record<string, string>): Promise<string> {
  const found = await graph.execute<
    { region: { pilotActions: { edges: { node: { id: string; version: number } }[] } } },
    unknown
  >(ACTIVE, { region });
  const action = found.data!.region.pilotActions.edges[0]!.node;
  return written(
    `mutation($id: ID!, $v: Int!) { changePilotActionStatus(id: $id, expectedVersion: $v, status: SUSPENDED) { id } }`,
    { id: action.id, v: action.version },
    headers,
  );
}

const service = (municipalityCode: string) => ({
  name: { it: `Sportello di mediazione ${municipalityCode}` },
  description: { it: 'Mediazione linguistico-culturale.' },
  openingHours: { it: 'lun 9-13' },
  areas: ['INTERCULTURAL_MEDIATION'],
  providerKind: 'MUNICIPALITY',
  municipalityCode,
  address: 'Piazza del Comune 1',
  languages: ['it', 'ar'],
  targetGroups: ['ALL_FOREIGN_NATIONALS'],
  freeOfCharge: true,
});
const association = (seatMunicipalityCode: string) => ({
  name: `Associazione interculturale ${seatMunicipalityCode}`,
  kind: 'MIGRANT_ASSOCIATION',
  communities: ['SN'],
  seatMunicipalityCode,
  activities: { it: 'Corsi di italiano.' },
});
const call = (fundingSourceId: string) => ({
  fundingSourceId,
  title: { it: `Avviso per la mediazione interculturale ${fundingSourceId}` },
  budget: '1000.00',
  opensOn: '2026-11-15',
  closesOn: '2027-01-31',
  eligibleBeneficiaries: ['MUNICIPALITY'],
});

const CREATE_SERVICE = `mutation($input: CreateServiceInput!) { createService(input: $input) { id } }`;
const REGISTER = `mutation($input: RegisterAssociationInput!) { registerAssociation(input: $input) { id } }`;
const OPEN_CALL = `mutation($input: OpenCallInput!) { openCall(input: $input) { id } }`;

/** One writing subgraph: its partner, its audit field, and a write of a record in each region (or none). */
interface Case {
  readonly partner: string;
  readonly field: string;
  readonly scope: string;
  write(region: '01' | '03' | '12' | null, headers: Record<string, string>): Promise<string>;
}

const cases: Case[] = [
  {
    partner: 'services',
    field: 'servicesAuditLog',
    scope: 'services:write',
    // Novara (01), Milan (03), Rome (12); every service has a municipality, so a region.
    write: (region, headers) =>
      written(
        CREATE_SERVICE,
        { input: service({ '01': '003106', '03': '015146', '12': '058091' }[region ?? '12']) },
        headers,
      ),
  },
  {
    partner: 'associations',
    field: 'associationsAuditLog',
    scope: 'associations:write',
    write: (region, headers) =>
      written(
        REGISTER,
        { input: association({ '01': '001219', '03': '015146', '12': '058091' }[region ?? '12']) },
        headers,
      ),
  },
  {
    partner: 'pilot-actions',
    field: 'pilotActionsAuditLog',
    scope: 'pilot-actions:write',
    write: (region, headers) => suspendFirstActive(region ?? '12', headers),
  },
  {
    partner: 'funding',
    field: 'fundingAuditLog',
    scope: 'funding:write',
    // A call's region is its source's: Piedmont's and Lombardy's ESF+ programmes, Lazio's, and FAMI (national).
    write: (region, headers) =>
      written(
        OPEN_CALL,
        { input: call(region === null ? 'FS-FAMI-2021-2027' : `FS-PR-FSEPLUS-${region}-2021-2027`) },
        headers,
      ),
  },
];

type Log = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { entityId: string } }[];
};

describe.each(cases)('the $partner audit log read by region', ({ partner, field, scope, write }) => {
  const records: Record<string, string> = {};
  const log = (args: string) => `query($id: ID, $type: String, $first: Int, $after: String) {
    log: ${field}(entityId: $id, entityType: $type, first: $first, after: $after) { ${args} } }`;
  const PAGE = log('totalCount pageInfo { hasNextPage endCursor } edges { node { entityId } }');
  const read = async (headers: Record<string, string>, variables: Record<string, unknown> = {}) => {
    const result = await graph.execute<{ log: Log }, unknown>(PAGE, { first: 100, ...variables }, headers);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!.log;
  };
  const entities = (page: Log) => [...new Set(page.edges.map((e) => e.node.entityId))].sort();

  beforeAll(async () => {
    const writer = await bearer(partner, [scope]);
    records['01'] = await write('01', writer);
    records['03'] = await write('03', writer);
    if (partner === 'funding') records['national'] = await write(null, writer);
  });

  it("shows a region-limited reader its region's entries only; a national reader sees them all", async () => {
    const piedmont = await read(await bearer(partner, ['audit:read'], '01'));
    expect(entities(piedmont)).toEqual([records['01']]);
    expect(piedmont.totalCount).toBe(piedmont.edges.length);
    const lazio = await read(await bearer(partner, ['audit:read'], '12'));
    expect(lazio).toMatchObject({ totalCount: 0, edges: [] });
    const national = await read(await bearer(partner, ['audit:read']));
    expect(entities(national)).toEqual(Object.values(records).sort());
  });

  it("answers a regional reader's filter on another region's record, or a national one, like a record never written", async () => {
    const lombardy = await bearer(partner, ['audit:read'], '03');
    expect(entities(await read(lombardy, { id: records['03'] }))).toEqual([records['03']]);
    const others = [records['01'], ...(records['national'] ? [records['national']] : []), 'NO-SUCH-RECORD'];
    for (const id of others) {
      expect(await read(lombardy, { id })).toEqual({
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [],
      });
    }
    // Aliases and fragments ask the same field: the same answer.
    const aliased = await graph.execute<Record<string, { totalCount: number }>, unknown>(
      `query($a: ID, $b: ID) { mine: ${field}(entityId: $a) { ...count } theirs: ${field}(entityId: $b) { ...count } }
       fragment count on AuditEntryConnection { totalCount }`,
      { a: records['03'], b: records['01'] },
      lombardy,
    );
    expect(aliased.data?.['mine']?.totalCount).toBeGreaterThan(0);
    expect(aliased.data?.['theirs']).toEqual({ totalCount: 0 });
  });

  it("keeps a regional reader's pages and cursors inside its region", async () => {
    const lombardy = await bearer(partner, ['audit:read'], '03');
    const whole = await read(lombardy);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const next: Log = await read(lombardy, { first: 1, after });
      expect(next.totalCount).toBe(whole.totalCount);
      seen.push(...next.edges.map((e) => e.node.entityId));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((e) => e.node.entityId));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((id) => id === records['03'])).toBe(true);
    // Cursors are offsets: one far past the region's entries lands on nothing, not on the rest of the log.
    const beyond = encodeCursor(whole.totalCount + 5);
    const past = await graph.execute<{ log: Log }, unknown>(PAGE, { first: 100, after: beyond }, lombardy);
    expect(past.data?.log.edges.map((e) => e.node.entityId).every((id) => id === records['03'])).toBe(true);
  });
});
