/**
 * Who may write what in the funding subgraph: only the funding partner with `funding:write`; a
 * regional managing authority only under its own region's sources and for the actions its region
 * leads; the audit log for the funding partner with `audit:read` only. And where an allocation's
 * pilot action is placed: in the region that leads it, as its owner (pilot-actions) says.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caller } from '../../../test/assertions.js';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { startLeadRegionOwner, type LeadRegionOwner } from '../../../test/leadRegionOwner.js';
import { createFunding } from './subgraph.js';
import {
  ALLOCATE,
  AUDIT,
  FAMI,
  LOMBARDY_ESF,
  OPEN_CALL,
  PIEDMONT_ESF,
  RECORD_SPENDING,
  callInput,
  footprint,
  lombardyWriter,
  readAllocation,
  refusedFields,
  writer,
} from './funding.writes.fixture.js';

const allocation = { pilotActionId: 'PA-010', committed: '5000.00', startsOn: '2027-01-01' };

describeEachDialect('funding writes: access and regions', (dialect) => {
  let subgraph: RunningSubgraph;
  let owner: LeadRegionOwner;
  beforeAll(async () => {
    owner = await startLeadRegionOwner(dialect.config('funding-writes-access-owner'));
    subgraph = await startSubgraph(
      createFunding({ leadRegions: owner.leadRegions }),
      dialect.config('funding-writes-access'),
    );
  });
  afterAll(async () => {
    await subgraph?.dispose();
    await owner?.dispose();
  });

  it('refuses writes from anyone but the funding partner with its scope', async () => {
    const start = await footprint(subgraph);
    const anonymous = await subgraph.query(OPEN_CALL, { input: callInput });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const services = await subgraph.queryAs(caller('services', ['funding:write']), OPEN_CALL, {
      input: callInput,
    });
    expect(services.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/Only the funding partner/),
    });
    const noScope = await subgraph.queryAs(caller('funding', ['audit:read']), OPEN_CALL, {
      input: callInput,
    });
    expect(noScope.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const spending = await subgraph.queryAs(caller('services', ['funding:write']), RECORD_SPENDING, {
      id: 'ALL-0001',
      v: 1,
      amount: '1.00',
    });
    expect(spending.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await footprint(subgraph)).toEqual(start);
  });

  it("lets a regional managing authority write under its own region's sources only, changing nothing elsewhere", async () => {
    const start = await footprint(subgraph);
    const national = await subgraph.queryAs(lombardyWriter, OPEN_CALL, { input: callInput });
    expect(national.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/FS-FAMI-2021-2027 has no region/),
    });
    const piedmont = await subgraph.queryAs(lombardyWriter, ALLOCATE, {
      input: { ...allocation, fundingSourceId: PIEDMONT_ESF, pilotActionId: 'PA-001' },
    });
    expect(piedmont.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/region 01/),
    });
    const piedmontAllocation = (
      await subgraph.query(
        `{ allocations(filter: { fundingSourceId: "${PIEDMONT_ESF}" }, first: 1) { edges { node { id } } } }`,
      )
    ).data?.allocations.edges[0].node.id;
    const before = await readAllocation(subgraph, piedmontAllocation);
    const spending = await subgraph.queryAs(lombardyWriter, RECORD_SPENDING, {
      id: piedmontAllocation,
      v: before.version,
      amount: '1.00',
    });
    expect(spending.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await readAllocation(subgraph, piedmontAllocation)).toEqual(before);
    expect(await footprint(subgraph)).toEqual(start);

    const own = await subgraph.queryAs(lombardyWriter, OPEN_CALL, {
      input: { ...callInput, fundingSourceId: LOMBARDY_ESF },
    });
    expect(own.errors).toBeUndefined();
    const allocated = await subgraph.queryAs(lombardyWriter, ALLOCATE, {
      input: { ...allocation, fundingSourceId: LOMBARDY_ESF },
    });
    expect(allocated.errors).toBeUndefined();
    const { id } = allocated.data?.allocateToPilotAction;
    const spent = await subgraph.queryAs(lombardyWriter, RECORD_SPENDING, { id, v: 1, amount: '1000.00' });
    expect(spent.data?.recordSpending).toMatchObject({ spent: '1000.00', version: 2 });
  });

  it('places an allocation in the region that leads its pilot action, as the owner says, and refuses an action the owner does not know', async () => {
    const start = await footprint(subgraph);
    // PA-081 does not exist (80 actions, four per region): named, not guessed.
    const unknown = await subgraph.queryAs(writer, ALLOCATE, {
      input: { ...allocation, fundingSourceId: FAMI, pilotActionId: 'PA-081' },
    });
    expect(refusedFields(unknown)).toEqual(['input.pilotActionId']);
    expect(unknown.errors?.[0]?.message).toMatch(/no pilot action has the id "PA-081"/);
    // Lombardy's programme funds Lombardy's actions only; PA-001 is led by Piedmont.
    const elsewhere = await subgraph.queryAs(writer, ALLOCATE, {
      input: { ...allocation, fundingSourceId: LOMBARDY_ESF, pilotActionId: 'PA-001' },
    });
    expect(refusedFields(elsewhere)).toEqual(['input.fundingSourceId']);
    expect(elsewhere.errors?.[0]?.message).toMatch(/PA-001 is led by region 01/);
    // The input no longer says where an action is: the owner does.
    const told = await subgraph.queryAs(writer, ALLOCATE, {
      input: { ...allocation, fundingSourceId: FAMI, regionCode: '05' },
    });
    expect(told.errors?.[0]?.message).toMatch(/regionCode/);
    expect(await footprint(subgraph)).toEqual(start);

    const national = await subgraph.queryAs(writer, ALLOCATE, {
      input: { ...allocation, fundingSourceId: FAMI, pilotActionId: 'PA-080' },
    });
    expect(national.errors).toBeUndefined();
    const placed = await subgraph.query(
      `{ allocations(filter: { regionCode: "20", pilotActionId: "PA-080" }) { edges { node { id } } } }`,
    );
    expect(placed.data?.allocations.edges).toContainEqual({
      node: { id: national.data?.allocateToPilotAction.id },
    });
  });

  it('refuses a regional managing authority an action another region leads, whatever the source and earlier allocations', async () => {
    const start = await footprint(subgraph);
    const piedmontWriter = caller('funding', ['funding:write'], '01');
    // PA-001 is Piedmont's: Lombardy may not fund it, even from its own programme.
    const lombardy = await subgraph.queryAs(lombardyWriter, ALLOCATE, {
      input: { ...allocation, fundingSourceId: LOMBARDY_ESF, pilotActionId: 'PA-001' },
    });
    expect(lombardy.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/Pilot action PA-001 belongs to region 01/),
    });
    expect(await footprint(subgraph)).toEqual(start);
    // Piedmont funds its own action from its own programme.
    const own = await subgraph.queryAs(piedmontWriter, ALLOCATE, {
      input: { ...allocation, fundingSourceId: PIEDMONT_ESF, pilotActionId: 'PA-001' },
    });
    expect(own.errors).toBeUndefined();
  });

  it('shows the audit log to the funding partner with audit:read only', async () => {
    const own = await subgraph.queryAs(writer, AUDIT, { type: 'Allocation' });
    expect(own.errors).toBeUndefined();
    expect(own.data?.fundingAuditLog.totalCount).toBeGreaterThan(0);
    expect(
      own.data?.fundingAuditLog.edges.every(
        (e: { node: { entityType: string } }) => e.node.entityType === 'Allocation',
      ),
    ).toBe(true);
    const anonymous = await subgraph.query(AUDIT, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const otherPartner = await subgraph.queryAs(caller('services', ['audit:read']), AUDIT, {});
    expect(otherPartner.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/Only the funding partner/),
    });
    const noScope = await subgraph.queryAs(caller('funding', ['funding:write']), AUDIT, {});
    expect(noScope.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/audit:read/),
    });
  });
});
