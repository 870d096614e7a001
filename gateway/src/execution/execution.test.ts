/**
 * The gateway's own executor against Apollo Gateway's, through the whole gateway: two gateways
 * over the same real subgraphs, one with `GATEWAY_OWN_EXECUTOR=false`, must give the same answers
 * (data, errors with their paths, codes and extensions) to the same requests, abstract types,
 * fragments, aliases, conditions, entity errors, a mutation and broken subgraph answers included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCounter } from '../../../lib/metrics.js';
import type { TestGateway } from '../testing/harness.js';
import { startTestGraph, withoutStacks, type TestGraph } from './testGraph.js';

describe("the gateway's own executor", () => {
  let graph: TestGraph;
  let own: TestGateway;
  let apollo: TestGateway;
  beforeAll(async () => {
    graph = await startTestGraph();
    ({ own, apollo } = graph);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  async function executed(gateway: TestGateway, executor: 'own' | 'apollo'): Promise<number> {
    const text = await (await fetch(`${gateway.origin}/metrics`)).text();
    return readCounter(text, 'integra_gateway_operations_executed_total', { executor });
  }

  /** The body each gateway answers, once the plan is stored (the first request plans, with Apollo's executor). */
  async function bothAnswer(body: { query: string; variables?: object; operationName?: string }) {
    await own.post(body);
    const before = await executed(own, 'own');
    const [ours, theirs] = await Promise.all([own.post(body), apollo.post(body)]);
    expect(await executed(own, 'own')).toBe(before + 1);
    expect(ours.status).toBe(theirs.status);
    return { ours: withoutStacks(ours.body), theirs: withoutStacks(theirs.body) };
  }

  it('answers abstract types, fragments, aliases and __typename as Apollo Gateway does', async () => {
    const query = /* GraphQL */ `
      query Everything {
        places {
          __typename
          kind: __typename
          id
          constructor: name
          ... on Office {
            languages
            hours
            ...Rated
          }
          ...SchoolPart
        }
        search(term: "CPIA") {
          ... on School {
            name
            level
          }
          ... on Office {
            name
          }
        }
        one: place(id: "o3") {
          name
          ... on Office {
            busy
          }
        }
        none: place(id: "nowhere") {
          name
        }
      }
      fragment Rated on Office {
        rating
        busy
      }
      fragment SchoolPart on School {
        level
        rating
        __proto__: name
      }
    `;
    const { ours, theirs } = await bothAnswer({ query });
    expect(ours).toEqual(theirs);
    // The office whose rating failed: a null and an error at its place, the rest answered.
    expect(ours.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([
      [['places', 2, 'rating'], 'RATING_DOWN'],
    ]);
    const schoolName = (ours.data as { places: Record<string, unknown>[] }).places[1]!;
    expect(Object.getOwnPropertyDescriptor(schoolName, '__proto__')?.value).toBe('CPIA Milano');
    expect(schoolName['constructor']).toBe('CPIA Milano');
  });

  it('follows @skip and @include with variables, defaults and literals', async () => {
    const query = /* GraphQL */ `
      query Conditional($withRating: Boolean = true, $skipNames: Boolean!) {
        places {
          id
          name @skip(if: $skipNames)
          ... on Office @include(if: $withRating) {
            rating
          }
          ... on School {
            level @include(if: false)
            rating @skip(if: true)
          }
        }
      }
    `;
    for (const variables of [{ skipNames: true }, { skipNames: false, withRating: false }]) {
      const { ours, theirs } = await bothAnswer({ query, variables });
      expect(ours).toEqual(theirs);
    }
  });

  it('reports invalid variables as Apollo Gateway does, without fetching', async () => {
    const query = 'query Search($term: String!) { search(term: $term) { __typename } }';
    await own.post({ query, variables: { term: 'x' } });
    const [ours, theirs] = await Promise.all([
      own.post({ query, variables: { term: 3 } }),
      apollo.post({ query, variables: { term: 3 } }),
    ]);
    expect(ours.status).toBe(theirs.status);
    expect(withoutStacks(ours.body)).toEqual(withoutStacks(theirs.body));
    expect(ours.body.errors?.[0]?.message).toMatch(/\$term/);
  });

  it('runs a mutation as Apollo Gateway does', async () => {
    const query = 'mutation { rename(id: "o1", name: "Nuovo") { name ... on Office { rating busy } } }';
    const { ours, theirs } = await bothAnswer({ query });
    expect(ours).toEqual(theirs);
    expect(ours.data).toEqual({ rename: { name: 'Nuovo', rating: 4, busy: true } });
  });

  it('nulls what a broken subgraph answers wrongly, with the errors Apollo Gateway gives', async () => {
    const query = '{ places { id ... on Office { code grade } } }';
    const { ours, theirs } = await bothAnswer({ query });
    expect(ours).toEqual(theirs);
    const listed = (ours.data as { places: unknown[] }).places;
    // o2's code is null though non-null: o2 is null in the (nullable) list, the others are whole.
    expect(listed[2]).toBeNull();
    expect(listed[0]).toEqual({ id: 'o1', code: 'C-o1', grade: 'SECONDARY' });
    // No fetch failed: what was wrong is reported as Apollo does, beside the errors.
    const reported = (ours as { extensions?: { valueCompletion?: { message: string; path: unknown[] }[] } })
      .extensions?.valueCompletion;
    expect(reported?.map((e) => [e.message, e.path])).toEqual([
      ['Cannot return null for non-nullable field Office.code.', ['places', 2, 'code']],
    ]);
    // An enum value the graph does not have: a null with its error.
    const grades = await bothAnswer({ query: '{ places { id ... on Office { grade } } }' });
    expect(grades.ours).toEqual(grades.theirs);
    expect((grades.ours.data as { places: { grade?: string | null }[] }).places.map((p) => p.grade)).toEqual([
      'SECONDARY',
      undefined,
      null,
      undefined,
      'SECONDARY',
    ]);
  });

  it('keeps the rest of the answer when a subgraph sends a value where a list belongs', async () => {
    const query = '{ places { id ... on Office { tags } } }';
    await own.post({ query });
    const ours = (await own.post({ query })).body as { data: { places: { id: string; tags?: unknown }[] } };
    expect(ours.data.places.map((p) => p.id)).toEqual(['o1', 's1', 'o2', 's2', 'o3']);
    expect(ours.data.places[2]).toEqual({ id: 'o2', tags: null });
    expect(ours.data.places[0]).toEqual({ id: 'o1', tags: ['x'] });
    // Apollo's executor drops the whole answer for it.
    const theirs = (await apollo.post({ query })).body;
    expect(theirs.data ?? null).toBeNull();
  });

  it('nulls an entity whose __typename is not a string, keeping the rest of the answer', async () => {
    const query = '{ places { id ... on Office { floor } } }';
    const ours = (await own.post({ query })).body as {
      data: { places: unknown[] };
      extensions?: { valueCompletion?: { message: string; path: unknown[] }[] };
    };
    expect(ours.data.places).toEqual([
      { id: 'o1', floor: 1 },
      { id: 's1' },
      { id: 'o2', floor: 2 },
      { id: 's2' },
      null,
    ]);
    expect(ours.extensions?.valueCompletion?.map((e) => [e.message, e.path])).toEqual([
      ['Invalid __typename found for object at array element of type Place at index 4.', ['places', 4]],
    ]);
    // Apollo's executor fails an assertion and drops the whole answer.
    const theirs = (await apollo.post({ query })).body;
    expect(theirs.data ?? null).toBeNull();
    expect(theirs.errors?.[0]?.message).toMatch(/non-string value 42 for __typename/);
  });

  it('leaves introspection to Apollo’s executor', async () => {
    const query = '{ __schema { queryType { name } } places { id } }';
    await own.post({ query });
    const before = await executed(own, 'apollo');
    const ours = await own.post({ query });
    expect(await executed(own, 'apollo')).toBe(before + 1);
    expect(ours.body).toEqual((await apollo.post({ query })).body);
  });
});
