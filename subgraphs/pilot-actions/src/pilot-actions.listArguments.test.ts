/**
 * Every list argument is capped before it reaches the database: 60,000 ids used to answer
 * INTERNAL_SERVER_ERROR "too many SQL variables". Literals, variables, enums, lists in input
 * objects, fragments and `_entities` representations alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { pilotActions } from './subgraph.js';
import { actionInput, CREATE, writer } from './pilot-actions.writes.fixture.js';

const IDS = `query($ids: [ID!]) { pilotActions(filter: { ids: $ids }) { totalCount } }`;
// Well-formed ids (`PA-000`..`PA-999`, repeating): only the count is wrong.
// Well-formed ids, PA-001..PA-999 over and over (there is no PA-000: ids are numbered from 1).
const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => `PA-${String((i % 999) + 1).padStart(3, '0')}`);

function refusal(result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  expect(result.errors, JSON.stringify(result).slice(0, 300)).toHaveLength(1);
  return result.errors![0]!;
}

describeEachDialect('pilot-actions list arguments', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(pilotActions, dialect.config('pilot-actions'));
  });
  afterAll(() => subgraph?.dispose());

  it('refuses 60,000 ids as BAD_USER_INPUT naming the argument and the limit, without touching the database', async () => {
    const before = subgraph.statements();
    const result = await subgraph.query(IDS, { ids: ids(60_000) });
    const error = refusal(result);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.ids' });
    expect(error.message).toBe('Invalid argument "filter.ids": has 60000 items; at most 1000 are allowed');
    expect(subgraph.statements()).toBe(before);
  });

  it('answers a list of exactly the limit', async () => {
    const all = await subgraph.query(`{ pilotActions { totalCount } }`);
    const result = await subgraph.query(IDS, { ids: ids(1000) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.pilotActions.totalCount).toBe(all.data?.pilotActions.totalCount);
  });
});

describe('pilot-actions list arguments: shapes', () => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(pilotActions, { dialect: 'sqlite', file: ':memory:' });
  });
  afterAll(() => subgraph?.dispose());

  it('refuses a literal list over the limit as a variable one is', async () => {
    const literal = JSON.stringify(ids(1001));
    const error = refusal(
      await subgraph.query(`{ pilotActions(filter: { ids: ${literal} }) { totalCount } }`),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.ids' });
  });

  it('refuses a whole input object given as a variable, and a list of enum values', async () => {
    const filter = await subgraph.query(
      `query($f: PilotActionFilter) { pilotActions(filter: $f) { totalCount } }`,
      { f: { ids: ids(1001) } },
    );
    expect(refusal(filter).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.ids' });
    const statuses = await subgraph.query(
      `query($s: [PilotActionStatus!]) { pilotActions(filter: { statuses: $s }) { totalCount } }`,
      {
        s: Array.from({ length: 1500 }, () => 'ACTIVE'),
      },
    );
    expect(refusal(statuses).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.statuses',
    });
  });

  it('counts the lists of one argument together', async () => {
    const result = await subgraph.query(
      `query($f: PilotActionFilter) { pilotActions(filter: $f) { totalCount } }`,
      {
        f: { ids: ids(600), statuses: Array.from({ length: 600 }, () => 'ACTIVE') },
      },
    );
    const error = refusal(result);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter' });
    expect(error.message).toContain('1200');
  });

  it('checks every alias and fragment on its own, failing only the field over the limit', async () => {
    const result = await subgraph.query(
      `query($many: [ID!], $few: [ID!]) {
        ok: pilotActions(filter: { ids: $few }) { totalCount }
        ...Big
      }
      fragment Big on Query { big: pilotActions(filter: { ids: $many }) { totalCount } }`,
      { many: ids(5000), few: ['PA-001'] },
    );
    expect(result.data).toEqual(null); // both fields are non-null: the refused one nulls the answer
    expect(refusal(result)).toMatchObject({
      path: ['big'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.ids' },
    });
  });

  it('refuses a list nested in a mutation input, naming its path', async () => {
    const input = actionInput('PNI-PIE-90', {
      partnerAssociationIds: Array.from({ length: 1001 }, (_, i) => `ASS-${i}`),
    });
    const result = await subgraph.queryAs(writer, CREATE, { input });
    const error = refusal(result);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.partnerAssociationIds',
    });
    expect(error.message).toBe(
      'Invalid argument "input.partnerAssociationIds": has 1001 items; at most 1000 are allowed',
    );
    expect(result.data?.createPilotAction).toBeNull();
  });

  it('caps _entities representations at their own, higher limit', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PilotAction { id } } }`;
    const many = Array.from({ length: 10_001 }, (_, i) => ({ __typename: 'PilotAction', id: `PA-${i}` }));
    const error = refusal(await subgraph.query(query, { r: many }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'representations' });
    expect(error.message).toContain('at most 10000');
    const allowed = await subgraph.query(query, { r: many.slice(0, 10_000) });
    expect(allowed.errors).toBeUndefined();
    expect((allowed.data?._entities as unknown[]).length).toBe(10_000);
  });
});
