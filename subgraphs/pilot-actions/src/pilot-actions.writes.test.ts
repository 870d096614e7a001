/**
 * Writes of pilot actions, on SQLite and PostgreSQL: creating an action, walking its lifecycle,
 * refusing bad input and callers that may not write, concurrent changes, and the audit log.
 * Indicators, measurements and visits are in pilot-actions.monitoring.test.ts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { caller } from '../../../test/assertions.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { pilotActions } from './subgraph.js';
import {
  ACTION,
  ADD_INDICATOR,
  AUDIT,
  CREATE,
  MEASURE,
  STATUS,
  VISIT,
  actionInput,
  auditOf,
  fieldsOf,
  piedmontWriter,
  writer,
} from './pilot-actions.writes.fixture.js';

describeEachDialect('pilot-actions writes', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(pilotActions, dialect.config('pilot-actions-writes'));
  });
  afterAll(() => subgraph?.dispose());

  const status = async (id: string, v: number, to: string) =>
    subgraph.queryAs(writer, STATUS, { id, v, status: to });
  const stored = async (id: string) => (await subgraph.query(ACTION, { id })).data?.pilotAction;

  it('creates an action that starts PLANNED and walks its lifecycle to EVALUATED, refusing a step back', async () => {
    const created = await subgraph.queryAs(writer, CREATE, { input: actionInput('PNI-PIE-05') });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPilotAction).toEqual({
      id: 'PA-081',
      code: 'PNI-PIE-05',
      version: 1,
      status: 'PLANNED',
      allowedTransitions: ['ACTIVE'],
      startsOn: '2025-01-01',
      endsOn: '2027-12-31',
      leadAuthority: { kind: 'MUNICIPALITY', region: { code: '01' }, municipality: { istatCode: '001272' } },
      // The lead municipality comes first: it is the action's main one.
      municipalities: [{ istatCode: '001272' }, { istatCode: '001219' }],
      partnerAssociations: [{ id: 'ASS-0001' }, { id: 'ASS-0002' }],
      relatedServices: [{ id: 'SRV-00001' }],
    });
    const listed =
      await subgraph.query(`{ rivoli: pilotActions(filter: { municipalityCode: "001219", statuses: [PLANNED] }) { edges { node { id } } }
      piedmont: pilotActions(filter: { regionCode: "01" }) { totalCount } }`);
    expect(listed.data?.rivoli.edges.map((e: { node: { id: string } }) => e.node.id)).toContain('PA-081');
    expect(listed.data?.piedmont.totalCount).toBe(5);

    let version = 1;
    for (const next of ['ACTIVE', 'SUSPENDED', 'ACTIVE', 'COMPLETED']) {
      const moved = await status('PA-081', version, next);
      expect(moved.errors, `-> ${next}`).toBeUndefined();
      expect(moved.data?.changePilotActionStatus).toMatchObject({ status: next, version: ++version });
    }
    const back = await status('PA-081', version, 'PLANNED');
    expect(back.data?.changePilotActionStatus).toBeNull();
    expect(back.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'status' } });
    expect(back.errors?.[0]?.message).toMatch(
      /is COMPLETED and cannot move to PLANNED; from COMPLETED it may move only to EVALUATED/,
    );
    expect(await stored('PA-081')).toMatchObject({ status: 'COMPLETED', version });

    const evaluated = await status('PA-081', version, 'EVALUATED');
    expect(evaluated.data?.changePilotActionStatus).toEqual({
      id: 'PA-081',
      version: version + 1,
      status: 'EVALUATED',
      allowedTransitions: [],
    });
    const final = await status('PA-081', version + 1, 'ACTIVE');
    expect(final.errors?.[0]?.message).toMatch(/EVALUATED is final/);

    const audit = await auditOf(subgraph, 'PA-081');
    expect(audit.nodes.map((n) => n.action)).toEqual([
      ...Array(5).fill('changePilotActionStatus'),
      'createPilotAction',
    ]);
    expect(audit.nodes.slice(0, 5).map((n) => n.changes)).toEqual(
      [
        ['COMPLETED', 'EVALUATED'],
        ['ACTIVE', 'COMPLETED'],
        ['SUSPENDED', 'ACTIVE'],
        ['ACTIVE', 'SUSPENDED'],
        ['PLANNED', 'ACTIVE'],
      ].map(([before, after]) => [
        { field: 'status', before: JSON.stringify(before), after: JSON.stringify(after) },
      ]),
    );
    const create = audit.nodes[5]!;
    expect(create).toMatchObject({
      actor: 'test:pilot-actions',
      partner: 'pilot-actions',
      entityType: 'PilotAction',
      entityId: 'PA-081',
    });
    expect(create.changes).toEqual(
      expect.arrayContaining([
        { field: 'code', before: null, after: '"PNI-PIE-05"' },
        { field: 'status', before: null, after: '"PLANNED"' },
        { field: 'lead_region_code', before: null, after: '"01"' },
        { field: 'municipality_codes', before: null, after: '["001272","001219"]' },
      ]),
    );
  });

  it('refuses bad input field by field, all at once, and creates nothing', async () => {
    const bad = actionInput('XYZ', {
      title: { it: '  ' },
      leadAuthority: { regionCode: 'Lombardia' },
      municipalityCodes: ['999999'],
      partnerAssociationIds: ['ASS-1'],
      relatedServiceIds: ['service 1'],
      startsOn: '2026-05-01',
      endsOn: '2026-04-30',
    });
    const result = await subgraph.queryAs(writer, CREATE, { input: bad });
    expect(result.data?.createPilotAction).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result.errors?.[0])).toEqual([
      'input.code',
      'input.endsOn',
      'input.leadAuthority.regionCode',
      'input.municipalityCodes',
      'input.partnerAssociationIds',
      'input.relatedServiceIds',
      'input.title.it',
    ]);
    expect(result.errors?.[0]?.message).toMatch(/no municipality has the ISTAT code "999999"/);

    // Lombardy's lead, a code already taken, a Piedmont municipality, and a lead municipality not listed.
    const taken = await subgraph.queryAs(writer, CREATE, {
      input: actionInput('PNI-LOM-01', {
        leadAuthority: { regionCode: '03' },
        municipalityCodes: ['015146', '001272'],
      }),
    });
    expect(taken.errors?.[0]?.message).toMatch(/"PNI-LOM-01" is already the code of PA-009/);
    expect(taken.errors?.[0]?.message).toMatch(
      /001272 \(Torino\) is in region 01, not in the lead's region 03/,
    );
    const notListed = await subgraph.queryAs(writer, CREATE, {
      input: actionInput('PNI-LOM-05', { municipalityCodes: ['001219'] }),
    });
    expect(fieldsOf(notListed.errors?.[0])).toEqual(['input.code', 'input.leadAuthority.municipalityCode']);
    const both = await subgraph.queryAs(writer, CREATE, {
      input: actionInput('PNI-PIE-09', { leadAuthority: { regionCode: '01', municipalityCode: '001272' } }),
    });
    expect(fieldsOf(both.errors?.[0])).toEqual(['input.leadAuthority']);
    expect(
      (await subgraph.query(`{ pilotActions(first: 1) { totalCount } }`)).data?.pilotActions.totalCount,
    ).toBe(81);
  });

  it('refuses anyone but the pilot-actions partner with the scope, and a regional token outside its region', async () => {
    const input = actionInput('PNI-PIE-06');
    expect((await subgraph.query(CREATE, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const funding = await subgraph.queryAs(caller('funding', ['pilot-actions:write']), CREATE, { input });
    expect(funding.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/Only the pilot-actions partner/),
    });
    const monitoringOnly = await subgraph.queryAs(caller('pilot-actions', ['monitoring:write']), CREATE, {
      input,
    });
    expect(monitoringOnly.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/pilot-actions:write/),
    });

    const auditBefore = (await auditOf(subgraph)).totalCount;
    const lombardy = await stored('PA-009');
    const indicatorId = (lombardy.indicators as { id: string }[])[0]!.id;
    const attempts = [
      subgraph.queryAs(piedmontWriter, CREATE, {
        input: actionInput('PNI-LOM-05', {
          leadAuthority: { regionCode: '03' },
          municipalityCodes: ['015146'],
        }),
      }),
      subgraph.queryAs(piedmontWriter, STATUS, { id: 'PA-009', v: lombardy.version, status: 'SUSPENDED' }),
      subgraph.queryAs(piedmontWriter, ADD_INDICATOR, {
        id: 'PA-009',
        input: {
          code: 'PNI-LOM-01-OUT9',
          name: { it: 'Corsi' },
          type: 'OUTPUT',
          unit: 'courses',
          baseline: 0,
          target: 10,
        },
      }),
      subgraph.queryAs(piedmontWriter, MEASURE, {
        id: indicatorId,
        input: { value: 1, measuredOn: '2026-10-31', source: 'Registro' },
      }),
      subgraph.queryAs(piedmontWriter, VISIT, {
        id: 'PA-009',
        input: {
          visitedOn: '2026-10-15',
          municipalityCode: '015146',
          findings: { it: 'Bene' },
          rating: 4,
          followUps: [],
        },
      }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.errors?.[0]).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringMatching(/region 03; the caller may change only region 01/),
      });
    }
    expect(await stored('PA-009')).toEqual(lombardy);
    expect(
      (await subgraph.query(`{ pilotActions(filter: { regionCode: "03" }) { totalCount } }`)).data
        ?.pilotActions.totalCount,
    ).toBe(4);
    expect((await auditOf(subgraph)).totalCount).toBe(auditBefore);
    // Its own region's actions it may write.
    expect((await subgraph.queryAs(piedmontWriter, CREATE, { input })).errors).toBeUndefined();
  });

  it('lets one of two concurrent status changes win; the other gets CONFLICT with the current version', async () => {
    const { id } = (await subgraph.queryAs(writer, CREATE, { input: actionInput('PNI-PIE-07') })).data
      ?.createPilotAction;
    expect((await status(id, 1, 'ACTIVE')).errors).toBeUndefined();
    const [a, b] = await Promise.all([status(id, 2, 'SUSPENDED'), status(id, 2, 'COMPLETED')]);
    expect([a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const loser = [a, b].find((r) => r.errors)!;
    expect(loser.errors?.[0]?.extensions?.currentVersion).toBe(3);
    const winner = [a, b].find((r) => !r.errors)!.data?.changePilotActionStatus;
    expect(await stored(id)).toMatchObject({ version: 3, status: winner.status });
    const audit = await auditOf(subgraph, id);
    expect(audit.nodes.map((n) => n.changes[0]!.after)).toEqual([
      JSON.stringify(winner.status),
      '"ACTIVE"',
      '"PNI-PIE-07"',
    ]);
  });

  it('answers a stale version with CONFLICT and an unknown or malformed id with BAD_USER_INPUT naming it', async () => {
    const stale = await status('PA-009', 99, 'SUSPENDED');
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 1 } });
    expect((await status('PA-999', 1, 'ACTIVE')).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
    });
    expect((await status('9', 1, 'ACTIVE')).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
    });
  });

  it('shows the audit log to the pilot-actions partner with audit:read only', async () => {
    expect((await subgraph.query(AUDIT, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const otherPartner = await subgraph.queryAs(caller('services', ['audit:read']), AUDIT, {});
    expect(otherPartner.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/Only the pilot-actions partner/),
    });
    const noScope = await subgraph.queryAs(caller('pilot-actions', ['pilot-actions:write']), AUDIT, {});
    expect(noScope.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/audit:read/),
    });
    const actions = await subgraph.queryAs(writer, AUDIT, { type: 'PilotAction' });
    expect(actions.data?.pilotActionsAuditLog.totalCount).toBeGreaterThan(0);
    expect(
      actions.data?.pilotActionsAuditLog.edges.every(
        (e: { node: { entityType: string } }) => e.node.entityType === 'PilotAction',
      ),
    ).toBe(true);
  });
});
