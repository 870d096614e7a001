/**
 * Who may write what in the funding subgraph: only the funding partner with `funding:write`; a
 * regional managing authority only under its own region's sources; the audit log for the funding
 * partner with `audit:read` only. And where an allocation's pilot action is placed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caller } from '../../../test/assertions.js';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { funding } from './createServer.js';
import {
  ALLOCATE, AUDIT, FAMI, LOMBARDY_ESF, OPEN_CALL, PIEDMONT_ESF, RECORD_SPENDING,
  callInput, footprint, lombardyWriter, readAllocation, refusedFields, writer,
} from './funding.writes.fixture.js';

const allocation = { pilotActionId: 'PA-010', committed: '5000.00', startsOn: '2027-01-01' };

describeEachDialect('funding writes: access and regions', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(funding, dialect.config('funding-writes-access'));
  });
  afterAll(() => subgraph?.dispose());

  it('refuses writes from anyone but the funding partner with its scope', async () => {
    const start = await footprint(subgraph);
    const anonymous = await subgraph.query(OPEN_CALL, { input: callInput });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const services = await subgraph.queryAs(caller('services', ['funding:write']), OPEN_CALL, { input: callInput });
    expect(services.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/Only the funding partner/) });
    const noScope = await subgraph.queryAs(caller('funding', ['audit:read']), OPEN_CALL, { input: callInput });
    expect(noScope.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const spending = await subgraph.queryAs(caller('services', ['funding:write']), RECORD_SPENDING, { id: 'ALL-0001', v: 1, amount: '1.00' });
    expect(spending.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await footprint(subgraph)).toEqual(start);
  });

  it("lets a regional managing authority write under its own region's sources only, changing nothing elsewhere", async () => {
    const start = await footprint(subgraph);
    const national = await subgraph.queryAs(lombardyWriter, OPEN_CALL, { input: callInput });
    expect(national.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/FS-FAMI-2021-2027 has no region/) });
    const piedmont = await subgraph.queryAs(lombardyWriter, ALLOCATE, { input: { ...allocation, fundingSourceId: PIEDMONT_ESF, pilotActionId: 'PA-001' } });
    expect(piedmont.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/region 01/) });
    const piedmontAllocation = (await subgraph.query(`{ allocations(filter: { fundingSourceId: "${PIEDMONT_ESF}" }, first: 1) { edges { node { id } } } }`))
      .data?.allocations.edges[0].node.id;
    const before = await readAllocation(subgraph, piedmontAllocation);
    const spending = await subgraph.queryAs(lombardyWriter, RECORD_SPENDING, { id: piedmontAllocation, v: before.version, amount: '1.00' });
    expect(spending.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await readAllocation(subgraph, piedmontAllocation)).toEqual(before);
    expect(await footprint(subgraph)).toEqual(start);

    const own = await subgraph.queryAs(lombardyWriter, OPEN_CALL, { input: { ...callInput, fundingSourceId: LOMBARDY_ESF } });
    expect(own.errors).toBeUndefined();
    const allocated = await subgraph.queryAs(lombardyWriter, ALLOCATE, { input: { ...allocation, fundingSourceId: LOMBARDY_ESF } });
    expect(allocated.errors).toBeUndefined();
    const { id } = allocated.data?.allocateToPilotAction;
    const spent = await subgraph.queryAs(lombardyWriter, RECORD_SPENDING, { id, v: 1, amount: '1000.00' });
    expect(spent.data?.recordSpending).toMatchObject({ spent: '1000.00', version: 2 });
  });

  it("places a pilot action in the region its allocations record, a territorial source's, or the one given", async () => {
    const start = await footprint(subgraph);
    // PA-081 has never been funded, and FAMI has no region: the region must be given, and be one.
    const unknown = await subgraph.queryAs(writer, ALLOCATE, { input: { ...allocation, fundingSourceId: FAMI, pilotActionId: 'PA-081' } });
    expect(refusedFields(unknown)).toEqual(['input.regionCode']);
    const notARegion = await subgraph.queryAs(writer, ALLOCATE, { input: { ...allocation, fundingSourceId: FAMI, pilotActionId: 'PA-081', regionCode: '21' } });
    expect(refusedFields(notARegion)).toEqual(['input.regionCode']);
    // PA-010 is Lombardy's, as its seeded allocations record.
    const moved = await subgraph.queryAs(writer, ALLOCATE, { input: { ...allocation, fundingSourceId: FAMI, regionCode: '05' } });
    expect(refusedFields(moved)).toEqual(['input.regionCode']);
    // Lombardy's programme funds Lombardy's actions only.
    const elsewhere = await subgraph.queryAs(writer, ALLOCATE, { input: { ...allocation, fundingSourceId: LOMBARDY_ESF, pilotActionId: 'PA-001' } });
    expect(refusedFields(elsewhere)).toEqual(['input.fundingSourceId']);
    expect(await footprint(subgraph)).toEqual(start);

    const given = await subgraph.queryAs(writer, ALLOCATE, { input: { ...allocation, fundingSourceId: FAMI, pilotActionId: 'PA-081', regionCode: '20' } });
    expect(given.errors).toBeUndefined();
    const taken = await subgraph.queryAs(writer, ALLOCATE, { input: { ...allocation, fundingSourceId: LOMBARDY_ESF, pilotActionId: 'PA-082' } });
    expect(taken.errors).toBeUndefined();
    const placed = await subgraph.query(`{ sardinia: allocations(filter: { regionCode: "20", pilotActionId: "PA-081" }) { totalCount }
      lombardy: allocations(filter: { regionCode: "03", pilotActionId: "PA-082" }) { totalCount } }`);
    expect(placed.data).toEqual({ sardinia: { totalCount: 1 }, lombardy: { totalCount: 1 } });
  });

  it('shows the audit log to the funding partner with audit:read only', async () => {
    const own = await subgraph.queryAs(writer, AUDIT, { type: 'Allocation' });
    expect(own.errors).toBeUndefined();
    expect(own.data?.fundingAuditLog.totalCount).toBeGreaterThan(0);
    expect(own.data?.fundingAuditLog.edges.every((e: { node: { entityType: string } }) => e.node.entityType === 'Allocation')).toBe(true);
    const anonymous = await subgraph.query(AUDIT, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const otherPartner = await subgraph.queryAs(caller('services', ['audit:read']), AUDIT, {});
    expect(otherPartner.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/Only the funding partner/) });
    const noScope = await subgraph.queryAs(caller('funding', ['funding:write']), AUDIT, {});
    expect(noScope.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/audit:read/) });
  });
});
