/**
 * Filters and derived figures of the pilot-actions subgraph, on SQLite and PostgreSQL, checked
 * against an independently seeded database: the filters against plain SQL, and progress, expected
 * progress and "behind target" against a recomputation in JS from the raw measurements.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, seededDatabase } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import type { Database } from '../../../lib/db/index.js';
import { pilotActions } from './subgraph.js';
import type { PilotActionsDb } from './data/tables.js';

interface IndicatorFigures {
  id: string;
  progress: number | null;
  expectedProgress: number | null;
  latestValue: number | null;
  behindTarget: boolean;
}
interface ActionNode {
  id: string;
  status: string;
  allowedTransitions: string[];
  behindTarget: boolean;
  indicators: IndicatorFigures[];
}

const LIFECYCLE: Record<string, string[]> = {
  PLANNED: ['ACTIVE'],
  ACTIVE: ['SUSPENDED', 'COMPLETED'],
  SUSPENDED: ['ACTIVE', 'COMPLETED'],
  COMPLETED: ['EVALUATED'],
  EVALUATED: [],
};

describeEachDialect('pilot-actions filters and derived figures', (dialect) => {
  let subgraph: RunningSubgraph;
  let direct: Database<PilotActionsDb>;
  let actions: ActionNode[];
  beforeAll(async () => {
    subgraph = await startSubgraph(pilotActions, dialect.config('pilot-actions'));
    direct = await seededDatabase<PilotActionsDb>(
      dialect.config('pilot-actions-direct'),
      pilotActions.migrations,
      pilotActions.seed,
    );
    const result =
      await subgraph.query(`{ pilotActions(first: 100) { edges { node { id status allowedTransitions behindTarget
      indicators { id progress expectedProgress latestValue behindTarget } } } } }`);
    actions = result.data!.pilotActions.edges.map((e: { node: ActionNode }) => e.node);
  });
  afterAll(async () => {
    await subgraph?.dispose();
    await direct?.dispose();
  });

  /** Ids (sorted) returned by `pilotActions(filter: ...)`. */
  async function idsFor(filter: string): Promise<string[]> {
    const result = await subgraph.query(
      `{ pilotActions(filter: ${filter}, first: 100) { totalCount edges { node { id } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const ids = result.data!.pilotActions.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(result.data!.pilotActions.totalCount).toBe(ids.length);
    return ids.sort();
  }
  const sorted = (rows: { id: string }[]) => [...new Set(rows.map((r) => r.id))].sort();

  it('derives latest value, progress and expected progress as a recomputation from raw measurements does', async () => {
    const rows = await direct.db
      .selectFrom('indicators')
      .innerJoin('pilot_actions', 'pilot_actions.id', 'indicators.pilot_action_id')
      .select([
        'indicators.id',
        'indicators.baseline',
        'indicators.target',
        'pilot_actions.starts_day',
        'pilot_actions.ends_day',
      ])
      .execute();
    const measurements = await direct.db
      .selectFrom('measurements')
      .select(['indicator_id', 'value', 'measured_day'])
      .execute();
    const latest = new Map<string, { value: number; day: number }>();
    for (const m of measurements) {
      const current = latest.get(m.indicator_id);
      if (!current || m.measured_day > current.day)
        latest.set(m.indicator_id, { value: m.value, day: m.measured_day });
    }
    const api = new Map(actions.flatMap((a) => a.indicators).map((i) => [i.id, i]));
    expect(api.size).toBe(rows.length);
    for (const row of rows) {
      const got = api.get(row.id)!;
      const last = latest.get(row.id);
      if (!last) {
        expect(got).toMatchObject({
          latestValue: null,
          progress: null,
          expectedProgress: null,
          behindTarget: false,
        });
        continue;
      }
      const progress = (last.value - row.baseline) / (row.target - row.baseline);
      const expected = Math.min(
        1,
        Math.max(0, (last.day - row.starts_day) / (row.ends_day! - row.starts_day)),
      );
      expect(got.latestValue).toBe(last.value);
      expect(got.progress).toBeCloseTo(progress, 9);
      expect(got.expectedProgress).toBeCloseTo(expected, 9);
      expect(got.behindTarget).toBe(progress < expected - 0.1);
    }
  });

  it('marks an action behind target exactly when an indicator trails expected progress by more than 0.10', async () => {
    for (const action of actions) {
      const trailing = action.indicators.some(
        (i) => i.progress !== null && i.expectedProgress !== null && i.progress < i.expectedProgress - 0.1,
      );
      expect(action.behindTarget, action.id).toBe(trailing);
      expect(action.behindTarget).toBe(action.indicators.some((i) => i.behindTarget));
    }
    const active = actions.filter((a) => a.status === 'ACTIVE');
    const behindShare = active.filter((a) => a.behindTarget).length / active.length;
    expect(behindShare).toBeGreaterThan(0.25);
    expect(behindShare).toBeLessThan(0.42);
  });

  it('filters by behindTarget in agreement with the field', async () => {
    const behind = await idsFor('{ behindTarget: true }');
    const onTrack = await idsFor('{ behindTarget: false }');
    expect(behind).toEqual(
      actions
        .filter((a) => a.behindTarget)
        .map((a) => a.id)
        .sort(),
    );
    expect(onTrack).toEqual(
      actions
        .filter((a) => !a.behindTarget)
        .map((a) => a.id)
        .sort(),
    );
    expect(behind.length).toBeGreaterThan(0);
    expect(await idsFor('{ behindTarget: true, statuses: [ACTIVE] }')).toEqual(
      actions
        .filter((a) => a.behindTarget && a.status === 'ACTIVE')
        .map((a) => a.id)
        .sort(),
    );
  });

  it('filters by region (running in or led by), municipality, statuses, areas and ids as SQL says', async () => {
    const inRegion = await direct.db
      .selectFrom('pilot_action_municipalities')
      .select('pilot_action_id as id')
      .where('region_code', '=', '15')
      .union(direct.db.selectFrom('pilot_actions').select('id').where('lead_region_code', '=', '15'))
      .execute();
    expect(await idsFor('{ regionCode: "15" }')).toEqual(sorted(inRegion));
    expect(sorted(inRegion)).toEqual(['PA-057', 'PA-058', 'PA-059', 'PA-060']);

    const busiest = await direct.db
      .selectFrom('pilot_action_municipalities')
      .select(['municipality_code', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('municipality_code')
      .orderBy('n', 'desc')
      .orderBy('municipality_code')
      .executeTakeFirstOrThrow();
    const inMunicipality = await direct.db
      .selectFrom('pilot_action_municipalities')
      .select('pilot_action_id as id')
      .where('municipality_code', '=', busiest.municipality_code)
      .execute();
    expect(await idsFor(`{ municipalityCode: "${busiest.municipality_code}" }`)).toEqual(
      sorted(inMunicipality),
    );

    const byStatus = await direct.db
      .selectFrom('pilot_actions')
      .select('id')
      .where('status', 'in', ['SUSPENDED', 'COMPLETED'])
      .execute();
    expect(await idsFor('{ statuses: [SUSPENDED, COMPLETED] }')).toEqual(sorted(byStatus));
    const byArea = await direct.db
      .selectFrom('pilot_actions')
      .select('id')
      .where('thematic_area', '=', 'HOUSING')
      .execute();
    expect(await idsFor('{ thematicAreas: [HOUSING] }')).toEqual(sorted(byArea));
    expect(byArea).toHaveLength(10);
    const combined = await direct.db
      .selectFrom('pilot_actions')
      .select('id')
      .where('region_code', '=', '03')
      .where('status', '=', 'ACTIVE')
      .execute();
    expect(await idsFor('{ regionCode: "03", statuses: [ACTIVE] }')).toEqual(sorted(combined));

    expect(await idsFor('{ ids: ["PA-057", "PA-010", "PA-999"] }')).toEqual(['PA-010', 'PA-057']);
    expect(await idsFor('{ statuses: [] }')).toEqual([]);
    expect(await idsFor('{ ids: [] }')).toEqual([]);
  });

  it('gives every region an active action (Lombardy at least two), through Region.pilotActions', async () => {
    const representations = Array.from({ length: 20 }, (_, i) => ({
      __typename: 'Region',
      code: String(i + 1).padStart(2, '0'),
    }));
    const result = await subgraph.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code
        active: pilotActions(filter: { statuses: [ACTIVE] }) { totalCount edges { node { status } } }
        all: pilotActions(first: 10) { totalCount } } } }`,
      { r: representations },
    );
    expect(result.errors).toBeUndefined();
    for (const region of result.data!._entities) {
      expect(region.all.totalCount).toBe(4);
      expect(region.active.totalCount).toBeGreaterThanOrEqual(region.code === '03' ? 2 : 1);
      for (const { node } of region.active.edges) expect(node.status).toBe('ACTIVE');
    }
  });

  it('lists allowed transitions by the lifecycle', () => {
    for (const action of actions) expect(action.allowedTransitions).toEqual(LIFECYCLE[action.status]);
    expect(new Set(actions.map((a) => a.status)).size).toBe(5);
  });
});
