/**
 * New pilot-action ids past the padded width, across the two subgraphs that validate them, on
 * SQLite and PostgreSQL: when the greatest id is `PA-999` the next action gets `PA-1000`, which
 * takes indicators and visits like any other, and which the funding subgraph accepts as a pilot
 * action id. Other partners' ids past their padded width (`SRV-100000`, `ASS-10000`) are accepted
 * as an action's related services and partners.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from './dialects.js';
import { startSubgraph, type RunningSubgraph } from './subgraphHarness.js';
import { funding } from '../subgraphs/funding/src/subgraph.js';
import { pilotActions } from '../subgraphs/pilot-actions/src/subgraph.js';
import {
  ADD_INDICATOR,
  CREATE,
  VISIT,
  actionInput,
  writer,
} from '../subgraphs/pilot-actions/src/pilot-actions.writes.fixture.js';

describeEachDialect('pilot-action ids past PA-999', (dialect) => {
  let subgraph: RunningSubgraph;
  let fundingSubgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(
      {
        ...pilotActions,
        // The seed, then one action whose id is the last of three digits.
        async seed(db, log) {
          await pilotActions.seed(db, log);
          const last = await db
            .selectFrom('pilot_actions')
            .selectAll()
            .where('id', '=', 'PA-080')
            .executeTakeFirstOrThrow();
          await db
            .insertInto('pilot_actions')
            .values({ ...last, id: 'PA-999', code: 'PNI-SAR-99' })
            .execute();
        },
      },
      dialect.config('pilot-actions-ids'),
    );
    fundingSubgraph = await startSubgraph(funding, dialect.config('funding-ids'));
  });
  afterAll(async () => {
    await subgraph?.dispose();
    await fundingSubgraph?.dispose();
  });

  it('gives the next action PA-1000, naming services and associations past their padded width', async () => {
    const input = actionInput('PNI-PIE-05', {
      relatedServiceIds: ['SRV-100000', 'SRV-00001'],
      partnerAssociationIds: ['ASS-10000'],
    });
    const created = await subgraph.queryAs(writer, CREATE, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPilotAction).toMatchObject({
      id: 'PA-1000',
      relatedServices: [{ id: 'SRV-100000' }, { id: 'SRV-00001' }],
      partnerAssociations: [{ id: 'ASS-10000' }],
    });
    const next = await subgraph.queryAs(writer, CREATE, { input: actionInput('PNI-PIE-06') });
    expect(next.data?.createPilotAction.id).toBe('PA-1001');
  });

  it('finds PA-1000 by id and by filter, and adds its indicators and visits', async () => {
    const found = await subgraph.query(`{ pilotAction(id: "PA-1000") { id municipalities { istatCode } }
      pilotActions(filter: { ids: ["PA-1000", "PA-999"] }) { totalCount } }`);
    expect(found.errors).toBeUndefined();
    expect(found.data?.pilotAction).toEqual({
      id: 'PA-1000',
      municipalities: [{ istatCode: '001272' }, { istatCode: '001219' }],
    });
    expect(found.data?.pilotActions.totalCount).toBe(2);
    const indicator = await subgraph.queryAs(writer, ADD_INDICATOR, {
      id: 'PA-1000',
      input: {
        code: 'PNI-PIE-05-OUT1',
        name: { it: 'Partecipanti' },
        type: 'OUTPUT',
        unit: 'people',
        baseline: 0,
        target: 100,
      },
    });
    expect(indicator.errors).toBeUndefined();
    expect(indicator.data?.addIndicator.pilotAction).toEqual({ id: 'PA-1000' });
    const visit = await subgraph.queryAs(writer, VISIT, {
      id: 'PA-1000',
      input: {
        visitedOn: '2026-10-15',
        municipalityCode: '001219',
        rating: 4,
        findings: { it: 'In linea.' },
        followUps: [],
      },
    });
    expect(visit.errors).toBeUndefined();
    expect(visit.data?.recordMonitoringVisit.pilotAction).toEqual({ id: 'PA-1000' });
  });

  it('is a pilot action id to the funding subgraph too', async () => {
    const result = await fundingSubgraph.query(
      `{ allocations(filter: { pilotActionId: "PA-1000" }) { totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.allocations.totalCount).toBe(0);
    const malformed = await fundingSubgraph.query(
      `{ allocations(filter: { pilotActionId: "PA-0999" }) { totalCount } }`,
    );
    expect(malformed.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.pilotActionId' },
    });
  });
});
