/**
 * Monitoring and evaluation writes, on SQLite and PostgreSQL: indicators, measurements (progress
 * is derived from them, never stored) and monitoring visits, whose findings and follow-ups are
 * internal (monitoring:read), also in the audit log.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { caller } from '../../../test/assertions.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { pilotActions } from './subgraph.js';
import {
  ADD_INDICATOR,
  AUDIT,
  CREATE,
  MEASURE,
  VISIT,
  actionInput,
  fieldsOf,
  monitor,
  writer,
} from './pilot-actions.writes.fixture.js';

const indicatorInput = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  name: { it: 'Partecipanti ai corsi', en: 'Course participants' },
  type: 'OUTPUT',
  unit: 'people',
  baseline: 0,
  target: 200,
  ...overrides,
});
const visitInput = (overrides: Record<string, unknown> = {}) => ({
  visitedOn: '2026-10-15',
  municipalityCode: '001219',
  rating: 4,
  findings: { it: 'Rivoli: attività in linea con il cronoprogramma.', en: 'Rivoli: activities on schedule.' },
  followUps: ['Inviare la rendicontazione trimestrale'],
  ...overrides,
});

describeEachDialect('pilot-actions monitoring writes', (dialect) => {
  let subgraph: RunningSubgraph;
  let actionId: string;
  beforeAll(async () => {
    subgraph = await startSubgraph(pilotActions, dialect.config('pilot-actions-monitoring'));
    const created = await subgraph.queryAs(writer, CREATE, { input: actionInput('PNI-PIE-05') });
    actionId = created.data?.createPilotAction.id;
  });
  afterAll(() => subgraph?.dispose());

  const indicator = async (id: string) =>
    (
      await subgraph.query(
        `query($id: ID!) { indicator(id: $id) { latestValue latestMeasuredOn progress measurements { totalCount } } }`,
        { id },
      )
    ).data?.indicator;

  it('adds an indicator, and its progress follows the latest measurement', async () => {
    const added = await subgraph.queryAs(writer, ADD_INDICATOR, {
      id: actionId,
      input: indicatorInput('PNI-PIE-05-OUT1'),
    });
    expect(added.errors).toBeUndefined();
    const { id } = added.data?.addIndicator;
    expect(id).toMatch(/^IND-\d{4}$/);
    expect(added.data?.addIndicator).toMatchObject({
      code: 'PNI-PIE-05-OUT1',
      baseline: 0,
      target: 200,
      latestValue: null,
      progress: null,
      pilotAction: { id: actionId },
    });
    const listed = await subgraph.query(`query($id: ID!) { pilotAction(id: $id) { indicators { id } } }`, {
      id: actionId,
    });
    expect(listed.data?.pilotAction.indicators).toEqual([{ id }]);

    const first = await subgraph.queryAs(writer, MEASURE, {
      id,
      input: { value: 50, measuredOn: '2026-09-30', source: 'Registro presenze' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.recordMeasurement).toMatchObject({
      value: 50,
      measuredOn: '2026-09-30',
      indicator: { latestValue: 50, progress: 0.25 },
    });
    await subgraph.queryAs(writer, MEASURE, {
      id,
      input: { value: 150, measuredOn: '2026-10-31', source: 'Verifica in loco' },
    });
    expect(await indicator(id)).toEqual({
      latestValue: 150,
      latestMeasuredOn: '2026-10-31',
      progress: 0.75,
      measurements: { totalCount: 2 },
    });
    // A late entry for an earlier month is kept, but the latest value is still the latest by date.
    await subgraph.queryAs(writer, MEASURE, {
      id,
      input: { value: 10, measuredOn: '2026-08-31', source: 'Registro presenze' },
    });
    expect(await indicator(id)).toEqual({
      latestValue: 150,
      latestMeasuredOn: '2026-10-31',
      progress: 0.75,
      measurements: { totalCount: 3 },
    });
  });

  it('refuses bad indicators and measurements field by field, and records nothing', async () => {
    const bad = await subgraph.queryAs(writer, ADD_INDICATOR, {
      id: actionId,
      input: indicatorInput('OUT2', { name: { it: '' }, unit: '%', baseline: 120, target: 40 }),
    });
    expect(fieldsOf(bad.errors?.[0])).toEqual(['input.baseline', 'input.code', 'input.name.it']);
    const flat = await subgraph.queryAs(writer, ADD_INDICATOR, {
      id: actionId,
      input: indicatorInput('PNI-PIE-05-OUT2', { baseline: 30, target: 30 }),
    });
    expect(flat.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.target' },
    });
    const duplicate = await subgraph.queryAs(writer, ADD_INDICATOR, {
      id: actionId,
      input: indicatorInput('PNI-PIE-05-OUT1'),
    });
    expect(duplicate.errors?.[0]?.message).toMatch(
      /"PNI-PIE-05-OUT1" is already the code of IND-\d{4} in this action/,
    );
    const missing = await subgraph.queryAs(writer, ADD_INDICATOR, {
      id: 'PA-999',
      input: indicatorInput('PNI-PIE-05-OUT3'),
    });
    expect(missing.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'pilotActionId' },
    });
    const listed = await subgraph.query(`query($id: ID!) { pilotAction(id: $id) { indicators { id } } }`, {
      id: actionId,
    });
    expect(listed.data?.pilotAction.indicators).toHaveLength(1);

    const [{ id }] = listed.data?.pilotAction.indicators;
    const before = await indicator(id);
    // The action starts on 2025-01-01; nothing may be measured in the future.
    const early = await subgraph.queryAs(writer, MEASURE, {
      id,
      input: { value: -1, measuredOn: '2024-12-31', source: ' ' },
    });
    expect(fieldsOf(early.errors?.[0])).toEqual(['input.measuredOn', 'input.source', 'input.value']);
    expect(early.errors?.[0]?.message).toMatch(/must not be before the action starts \(2025-01-01\)/);
    const future = await subgraph.queryAs(writer, MEASURE, {
      id,
      input: { value: 1, measuredOn: '2099-01-01', source: 'Registro' },
    });
    expect(future.errors?.[0]).toMatchObject({
      extensions: { argument: 'input.measuredOn' },
      message: expect.stringMatching(/must not be in the future/),
    });
    expect(await indicator(id)).toEqual(before);
  });

  it('records a visit, shown as the last one, with findings and follow-ups for monitoring:read only', async () => {
    const recorded = await subgraph.queryAs(writer, VISIT, { id: actionId, input: visitInput() });
    expect(recorded.errors).toBeUndefined();
    const visit = recorded.data?.recordMonitoringVisit;
    expect(visit).toMatchObject({
      visitedOn: '2026-10-15',
      rating: 4,
      municipality: { istatCode: '001219' },
      pilotAction: { id: actionId },
    });
    const last = await subgraph.query(
      `query($id: ID!) { pilotAction(id: $id) { lastMonitoringVisit { id visitedOn rating } } }`,
      { id: actionId },
    );
    expect(last.data?.pilotAction.lastMonitoringVisit).toEqual({
      id: visit.id,
      visitedOn: '2026-10-15',
      rating: 4,
    });

    const query = `query($id: ID!) { monitoringVisit(id: $id) { id rating findings(lang: EN) { text } followUps } }`;
    const anonymous = await subgraph.query(query, { id: visit.id });
    expect(anonymous.data?.monitoringVisit).toEqual({
      id: visit.id,
      rating: 4,
      findings: null,
      followUps: null,
    });
    expect(anonymous.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['monitoringVisit.findings', 'UNAUTHENTICATED'],
      ['monitoringVisit.followUps', 'UNAUTHENTICATED'],
    ]);
    const otherScopes = await subgraph.queryAs(writer, query, { id: visit.id });
    expect(otherScopes.data?.monitoringVisit.findings).toBeNull();
    expect(otherScopes.errors?.[0]).toMatchObject({
      path: ['monitoringVisit', 'findings'],
      extensions: { code: 'FORBIDDEN' },
    });
    const monitoring = await subgraph.queryAs(monitor, query, { id: visit.id });
    expect(monitoring.errors).toBeUndefined();
    expect(monitoring.data?.monitoringVisit).toMatchObject({
      findings: { text: 'Rivoli: activities on schedule.' },
      followUps: ['Inviare la rendicontazione trimestrale'],
    });

    // The audit log keeps what was written, but shows the internal texts only with monitoring:read too.
    const auditQuery = (as: ReturnType<typeof caller>) =>
      subgraph.queryAs(as, AUDIT, { type: 'MonitoringVisit', id: visit.id });
    const changesAs = async (as: ReturnType<typeof caller>) =>
      (await auditQuery(as)).data?.pilotActionsAuditLog.edges[0].node.changes as {
        field: string;
        after: string | null;
      }[];
    const plain = await changesAs(writer);
    expect(plain.find((c) => c.field === 'findings_i18n')?.after).toBeNull();
    expect(plain.find((c) => c.field === 'rating')?.after).toBe('4');
    const full = await changesAs(caller('pilot-actions', ['audit:read', 'monitoring:read']));
    expect(JSON.parse(full.find((c) => c.field === 'findings_i18n')!.after!)).toMatchObject({
      en: 'Rivoli: activities on schedule.',
    });
  });

  it('refuses a visit field by field: outside the action, rated outside 1-5, in the future', async () => {
    const before = (
      await subgraph.query(`query($id: ID!) { pilotAction(id: $id) { monitoringVisits { totalCount } } }`, {
        id: actionId,
      })
    ).data;
    const bad = await subgraph.queryAs(writer, VISIT, {
      id: actionId,
      input: visitInput({
        municipalityCode: '015146',
        rating: 6,
        visitedOn: '2099-01-01',
        findings: { it: ' ' },
        followUps: [''],
      }),
    });
    expect(fieldsOf(bad.errors?.[0])).toEqual([
      'input.findings.it',
      'input.followUps.0',
      'input.municipalityCode',
      'input.rating',
      'input.visitedOn',
    ]);
    expect(bad.errors?.[0]?.message).toMatch(
      /the action does not run in 015146 \(Milano\); it runs in 001272, 001219/,
    );
    const after = (
      await subgraph.query(`query($id: ID!) { pilotAction(id: $id) { monitoringVisits { totalCount } } }`, {
        id: actionId,
      })
    ).data;
    expect(after).toEqual(before);
  });

  it('asks each write for its own scope', async () => {
    const actionsOnly = caller('pilot-actions', ['pilot-actions:write']);
    const indicatorsOnly = caller('pilot-actions', ['indicators:write']);
    const add = await subgraph.queryAs(actionsOnly, ADD_INDICATOR, {
      id: actionId,
      input: indicatorInput('PNI-PIE-05-OUT5'),
    });
    expect(add.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/indicators:write/),
    });
    const visit = await subgraph.queryAs(indicatorsOnly, VISIT, { id: actionId, input: visitInput() });
    expect(visit.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/monitoring:write/),
    });
    expect(
      (await subgraph.query(VISIT, { id: actionId, input: visitInput() })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });
});
