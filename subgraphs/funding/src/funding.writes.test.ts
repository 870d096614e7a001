/**
 * The funding writes as a managing authority uses them: open a call, allocate money to a pilot
 * action, record what was spent, and see the pilot action's funding and the audit log follow; bad
 * input refused field by field with nothing written; concurrent writes that cannot both win.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseEuro, formatCents } from '../../../lib/scalars.js';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { startLeadRegionOwner, type LeadRegionOwner } from '../../../test/leadRegionOwner.js';
import { createFunding } from './subgraph.js';
import {
  ALLOCATE,
  AUDIT,
  FAMI,
  OPEN_CALL,
  RECORD_SPENDING,
  UPDATE_CALL,
  actionFunding,
  callInput,
  footprint,
  outcome,
  readAllocation,
  refusedFields,
  writer,
} from './funding.writes.fixture.js';

describeEachDialect('funding writes', (dialect) => {
  let subgraph: RunningSubgraph;
  let owner: LeadRegionOwner;
  beforeAll(async () => {
    owner = await startLeadRegionOwner(dialect.config('funding-writes-owner'));
    subgraph = await startSubgraph(
      createFunding({ leadRegions: owner.leadRegions }),
      dialect.config('funding-writes'),
    );
  });
  afterAll(async () => {
    await subgraph?.dispose();
    await owner?.dispose();
  });

  const auditOf = async (id: string) => (await subgraph.queryAs(writer, AUDIT, { id })).data?.fundingAuditLog;
  const allocate = (input: Record<string, unknown>) =>
    subgraph.queryAs(writer, ALLOCATE, {
      input: {
        fundingSourceId: FAMI,
        pilotActionId: 'PA-009',
        committed: '1000.00',
        startsOn: '2027-01-01',
        ...input,
      },
    });

  it("opens a call, allocates through it and records spending; the pilot action's funding follows, every write audited", async () => {
    const before = await actionFunding(subgraph, 'PA-009');

    const opened = await subgraph.queryAs(writer, OPEN_CALL, { input: callInput });
    expect(opened.errors).toBeUndefined();
    // 131 seeded calls: the next id follows them.
    expect(opened.data?.openCall).toMatchObject({
      id: 'CALL-0132',
      version: 1,
      status: 'FORTHCOMING',
      budget: '250000.00',
      opensOn: '2026-11-15',
      closesOn: '2027-01-31',
      eligibleBeneficiaries: ['MUNICIPALITY', 'THIRD_SECTOR_BODY'],
      fundingSource: { id: FAMI },
      allocations: { totalCount: 0 },
    });
    expect(opened.data?.openCall.title.text).toBe(callInput.title.it);

    const allocated = await subgraph.queryAs(writer, ALLOCATE, {
      input: {
        fundingSourceId: FAMI,
        callId: 'CALL-0132',
        pilotActionId: 'PA-009',
        committed: '120000.50',
        startsOn: '2027-03-01',
        endsOn: '2028-02-29',
      },
    });
    expect(allocated.errors).toBeUndefined();
    expect(allocated.data?.allocateToPilotAction).toEqual({
      id: 'ALL-0328',
      version: 1,
      committed: '120000.50',
      spent: '0.00',
      startsOn: '2027-03-01',
      endsOn: '2028-02-29',
      lastSpentOn: null,
      fundingSource: { id: FAMI },
      call: { id: 'CALL-0132' },
      pilotAction: { id: 'PA-009' },
    });

    const spent = await subgraph.queryAs(writer, RECORD_SPENDING, {
      id: 'ALL-0328',
      v: 1,
      amount: '20000.25',
      on: '2027-04-10',
    });
    expect(spent.errors).toBeUndefined();
    expect(spent.data?.recordSpending).toMatchObject({
      version: 2,
      committed: '120000.50',
      spent: '20000.25',
      lastSpentOn: '2027-04-10',
    });
    // An earlier invoice adds to spent but leaves the latest date.
    const again = await subgraph.queryAs(writer, RECORD_SPENDING, {
      id: 'ALL-0328',
      v: 2,
      amount: '0.75',
      on: '2027-03-20',
    });
    expect(again.data?.recordSpending).toMatchObject({
      version: 3,
      spent: '20001.00',
      lastSpentOn: '2027-04-10',
    });

    const after = await actionFunding(subgraph, 'PA-009');
    expect(parseEuro(after.committed)).toBe(parseEuro(before.committed) + 12_000_050);
    expect(parseEuro(after.spent)).toBe(parseEuro(before.spent) + 2_000_100);
    expect(after.allocations.map((a) => a.id)).toContain('ALL-0328');
    const famiBefore = before.bySource.find((s) => s.fundingSource.id === FAMI);
    const famiAfter = after.bySource.find((s) => s.fundingSource.id === FAMI);
    expect(parseEuro(famiAfter!.committed)).toBe(parseEuro(famiBefore?.committed ?? '0.00') + 12_000_050);
    // The allocation keeps the action's region (Lombardy, which leads it, as its owner says).
    const lombardy = await subgraph.query(
      `{ allocations(filter: { regionCode: "03", pilotActionId: "PA-009", callId: "CALL-0132" }) { totalCount } }`,
    );
    expect(lombardy.data?.allocations.totalCount).toBe(1);

    const audit = await auditOf('ALL-0328');
    expect(audit.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'recordSpending',
      'recordSpending',
      'allocateToPilotAction',
    ]);
    expect(audit.edges[1].node).toMatchObject({
      actor: 'test:funding',
      partner: 'funding',
      entityType: 'Allocation',
      entityId: 'ALL-0328',
    });
    expect(audit.edges[1].node.changes).toEqual([
      { field: 'spent_cents', before: '0', after: '2000025' },
      { field: 'last_spent_on', before: null, after: '"2027-04-10"' },
    ]);
    expect(audit.edges[2].node.changes).toContainEqual({ field: 'region_code', before: null, after: '"03"' });
    const callAudit = await auditOf('CALL-0132');
    expect(callAudit.edges[0].node).toMatchObject({ action: 'openCall', entityType: 'Call' });
    expect(callAudit.edges[0].node.changes).toContainEqual({
      field: 'budget_cents',
      before: null,
      after: '25000000',
    });
  });

  it('updates a call within its budget rules, and refuses one that would break them', async () => {
    const { id } = (await subgraph.queryAs(writer, OPEN_CALL, { input: { ...callInput, budget: '5000.00' } }))
      .data?.openCall;
    expect(
      (await allocate({ callId: id, committed: '3000.00', startsOn: '2027-03-01' })).errors,
    ).toBeUndefined();

    const refused = await subgraph.queryAs(writer, UPDATE_CALL, {
      id,
      v: 1,
      input: { budget: '2999.99', closesOn: '2026-11-01' },
    });
    expect(refusedFields(refused)).toEqual(['input.budget', 'input.closesOn']);
    expect(refused.errors?.[0]?.message).toMatch(
      /less than what was already committed through the call: 3000\.00/,
    );
    const tooMuch = await subgraph.queryAs(writer, UPDATE_CALL, {
      id,
      v: 1,
      input: { budget: '999999999999.00' },
    });
    expect(tooMuch.errors?.[0]?.message).toMatch(/more than what remains of the budget of FS-FAMI-2021-2027/);

    const updated = await subgraph.queryAs(writer, UPDATE_CALL, {
      id,
      v: 1,
      input: { budget: '3000.00', closesOn: '2026-12-15' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateCall).toMatchObject({
      id,
      version: 2,
      budget: '3000.00',
      closesOn: '2026-12-15',
      opensOn: '2026-11-15',
    });
    // The call is now spent out: nothing more can be committed through it.
    const full = await allocate({ callId: id, committed: '0.01' });
    expect(refusedFields(full)).toEqual(['input.committed']);
    expect((await auditOf(id)).edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'updateCall',
      'openCall',
    ]);
  });

  it('refuses bad input field by field, and writes nothing', async () => {
    const start = await footprint(subgraph);
    const call = await subgraph.queryAs(writer, OPEN_CALL, {
      input: {
        ...callInput,
        fundingSourceId: 'FS-NOTHING-HERE',
        title: { it: '  ' },
        budget: '-5.00',
        opensOn: '2027-02-01',
        closesOn: '2027-01-31',
        eligibleBeneficiaries: [],
      },
    });
    expect(call.data?.openCall).toBeNull();
    expect(refusedFields(call)).toEqual([
      'input.budget',
      'input.closesOn',
      'input.eligibleBeneficiaries',
      'input.fundingSourceId',
      'input.title.it',
    ]);
    expect(call.errors?.[0]?.message).toMatch(/no funding source has the id "FS-NOTHING-HERE"/);

    const allocation = await allocate({
      callId: 'CALL-9999',
      pilotActionId: 'PA-9',
      committed: '-1.00',
      startsOn: '2027-01-01',
      endsOn: '2026-12-31',
    });
    expect(refusedFields(allocation)).toEqual([
      'input.callId',
      'input.committed',
      'input.endsOn',
      'input.pilotActionId',
    ]);
    const otherSource = await allocate({ fundingSourceId: 'FS-FNPM', callId: 'CALL-0001' });
    expect(otherSource.errors?.[0]?.message).toMatch(
      /input.callId: is a call of FS-FAMI-2021-2027, not of FS-FNPM/,
    );
    // Milan's budget line (12.4 million, mostly committed) cannot give ten million more, nor Genoa's open a call of one million.
    const milan = await allocate({ fundingSourceId: 'FS-COMUNE-MILANO', committed: '10000000.00' });
    expect(refusedFields(milan)).toEqual(['input.committed']);
    const genoa = await subgraph.queryAs(writer, OPEN_CALL, {
      input: { ...callInput, fundingSourceId: 'FS-COMUNE-GENOVA', budget: '1000000.00' },
    });
    expect(refusedFields(genoa)).toEqual(['input.budget']);

    const seeded = await readAllocation(subgraph, 'ALL-0001');
    const left = parseEuro(seeded.committed) - parseEuro(seeded.spent);
    const above = await subgraph.queryAs(writer, RECORD_SPENDING, {
      id: 'ALL-0001',
      v: seeded.version,
      amount: formatCents(left + 1),
    });
    expect(refusedFields(above)).toEqual(['amount']);
    expect(above.errors?.[0]?.message).toMatch(/spending above what was committed/);
    const zero = await subgraph.queryAs(writer, RECORD_SPENDING, {
      id: 'ALL-0001',
      v: seeded.version,
      amount: '0.00',
      on: '1999-01-01',
    });
    expect(refusedFields(zero)).toEqual(['amount', 'spentOn']);

    expect(await readAllocation(subgraph, 'ALL-0001')).toEqual(seeded);
    expect(await footprint(subgraph)).toEqual(start);
  });

  it('lets one of two concurrent spendings on an allocation win; the other gets CONFLICT and spent is the winner’s', async () => {
    const { id } = (await allocate({ committed: '1000.00' })).data?.allocateToPilotAction;
    const [a, b] = await Promise.all([
      subgraph.queryAs(writer, RECORD_SPENDING, { id, v: 1, amount: '300.00' }),
      subgraph.queryAs(writer, RECORD_SPENDING, { id, v: 1, amount: '500.00' }),
    ]);
    expect([a, b].map(outcome).sort()).toEqual(['CONFLICT', 'OK']);
    const loser = [a, b].find((r) => r.errors)!;
    expect(loser.errors?.[0]?.extensions?.currentVersion).toBe(2);
    const winner = [a, b].find((r) => !r.errors)!.data?.recordSpending;
    expect(['300.00', '500.00']).toContain(winner.spent);
    expect(await readAllocation(subgraph, id)).toMatchObject({ version: 2, spent: winner.spent });
    expect((await auditOf(id)).edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'recordSpending',
      'allocateToPilotAction',
    ]);
  });

  it('never lets two concurrent allocations commit the same money of a call', async () => {
    const { id } = (await subgraph.queryAs(writer, OPEN_CALL, { input: { ...callInput, budget: '1000.00' } }))
      .data?.openCall;
    const results = await Promise.all([
      allocate({ callId: id, committed: '600.00' }),
      allocate({ callId: id, committed: '600.00' }),
    ]);
    expect(results.map(outcome).sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    const call = await subgraph.query(
      `query($id: ID!) { call(id: $id) { allocations { totalCount edges { node { committed } } } } }`,
      { id },
    );
    expect(call.data?.call.allocations).toEqual({
      totalCount: 1,
      edges: [{ node: { committed: '600.00' } }],
    });
  });

  it('is a CONFLICT when the version moved on, and BAD_USER_INPUT naming the id when the record does not exist', async () => {
    const stale = await subgraph.queryAs(writer, RECORD_SPENDING, { id: 'ALL-0002', v: 7, amount: '1.00' });
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 1 } });
    const missing = await subgraph.queryAs(writer, RECORD_SPENDING, { id: 'ALL-9999', v: 1, amount: '1.00' });
    expect(missing.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'allocationId' },
    });
    const noCall = await subgraph.queryAs(writer, UPDATE_CALL, {
      id: 'CALL-9999',
      v: 1,
      input: { budget: '1.00' },
    });
    expect(noCall.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'id' } });
  });
});
