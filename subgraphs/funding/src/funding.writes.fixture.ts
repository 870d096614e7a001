/**
 * Shared by the tests of the funding writes: the operations a managing authority's client sends,
 * the callers, and reads of what a user would look at afterwards (a pilot action's funding, how
 * many records and audit rows there are).
 */
import { expect } from 'vitest';
import { caller } from '../../../test/assertions.js';
import type { GraphQLResponse, RunningSubgraph } from '../../../test/subgraphHarness.js';

export const FAMI = 'FS-FAMI-2021-2027';
/** Lombardy's ESF+ regional programme (region 03). */
export const LOMBARDY_ESF = 'FS-PR-FSEPLUS-03-2021-2027';
/** Piedmont's ESF+ regional programme (region 01). */
export const PIEDMONT_ESF = 'FS-PR-FSEPLUS-01-2021-2027';

/** The funding partner, writing anywhere and reading its audit log. */
export const writer = caller('funding', ['funding:write', 'audit:read']);
/** Lombardy's managing authority: a token limited to region 03. */
export const lombardyWriter = caller('funding', ['funding:write'], '03');

const CALL =
  'id version status budget opensOn closesOn eligibleBeneficiaries title { text } fundingSource { id } allocations { totalCount }';
const ALLOCATION =
  'id version committed spent startsOn endsOn lastSpentOn fundingSource { id } call { id } pilotAction { id }';

export const OPEN_CALL = `mutation($input: OpenCallInput!) { openCall(input: $input) { ${CALL} } }`;
export const UPDATE_CALL = `mutation($id: ID!, $v: Int!, $input: UpdateCallInput!) { updateCall(id: $id, expectedVersion: $v, input: $input) { ${CALL} } }`;
export const ALLOCATE = `mutation($input: AllocateInput!) { allocateToPilotAction(input: $input) { ${ALLOCATION} } }`;
export const RECORD_SPENDING = `mutation($id: ID!, $v: Int!, $amount: Money!, $on: Date) {
  recordSpending(allocationId: $id, expectedVersion: $v, amount: $amount, spentOn: $on) { ${ALLOCATION} } }`;
export const AUDIT = `query($type: String, $id: ID) { fundingAuditLog(entityType: $type, entityId: $id, first: 100) {
  totalCount edges { node { actor partner action entityType entityId changes { field before after } } } } }`;

/** A call `openCall` accepts under FAMI: forthcoming on the data's reference date (2026-10-31). */
export const callInput = {
  fundingSourceId: FAMI,
  title: {
    it: 'Avviso pubblico per la mediazione interculturale nei servizi sociali',
    en: 'Call for intercultural mediation in social services',
  },
  budget: '250000.00',
  opensOn: '2026-11-15',
  closesOn: '2027-01-31',
  eligibleBeneficiaries: ['MUNICIPALITY', 'THIRD_SECTOR_BODY'],
};

export interface Allocation {
  id: string;
  version: number;
  committed: string;
  spent: string;
  lastSpentOn: string | null;
}

/** The fields `extensions.fields` of a refused write names, sorted. */
export function refusedFields(result: GraphQLResponse): string[] {
  const error = result.errors?.[0];
  expect(error?.extensions?.code, JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
  return (error?.extensions?.fields as { field: string }[]).map((f) => f.field).sort();
}

/** The code of a response's first error, `OK` when there is none. */
export const outcome = (result: GraphQLResponse) =>
  (result.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';

/** A pilot action's funding as the gateway reads it from this subgraph (`_entities`). */
export async function actionFunding(subgraph: RunningSubgraph, id: string) {
  const result = await subgraph.query(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on PilotAction { funding {
      committed spent bySource { fundingSource { id } committed spent } allocations { id } } } } }`,
    { r: [{ __typename: 'PilotAction', id }] },
  );
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0].funding as {
    committed: string;
    spent: string;
    bySource: { fundingSource: { id: string }; committed: string; spent: string }[];
    allocations: { id: string }[];
  };
}

/** An allocation as `allocation(id)` reads it. */
export async function readAllocation(subgraph: RunningSubgraph, id: string): Promise<Allocation> {
  const result = await subgraph.query(
    `query($id: ID!) { allocation(id: $id) { id version committed spent lastSpentOn } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.allocation;
}

/** How many calls and allocations there are, and how many audit rows: what a refused write must leave unchanged. */
export async function footprint(subgraph: RunningSubgraph) {
  const records = await subgraph.query(`{ calls { totalCount } allocations { totalCount } }`);
  const audit = await subgraph.queryAs(writer, AUDIT, {});
  return {
    calls: records.data?.calls.totalCount,
    allocations: records.data?.allocations.totalCount,
    audit: audit.data?.fundingAuditLog.totalCount,
  };
}
