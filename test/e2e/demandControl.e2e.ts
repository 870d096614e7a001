/**
 * Demand control through the real gateway and subgraphs: the outside security review's
 * (docs/security.md, "The attacks the tests replay") nested
 * `services(first: $n)` query, which a literal-only cost rule let through when `first` came from a
 * variable, is refused before planning with HTTP 400 `COST_ESTIMATED_TOO_EXPENSIVE`, whatever the
 * spelling (variable, variable default, literal, aliases, fragments, GET); no subgraph is called
 * for it; every registered query still answers; the estimated and actual costs are on /metrics.
 */
import { readFileSync } from 'node:fs';
import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persistedDocumentsPath } from '../../gateway/src/config.js';
import { readCounter } from '../../lib/metrics.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

let graph: E2EGraph;
beforeAll(async () => {
  graph = await startE2EGraph();
});
afterAll(() => graph?.dispose());

interface Answer {
  readonly status: number;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Promise<Answer> {
  const response = await fetch(graph.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

async function metrics(): Promise<string> {
  return (await fetch(graph.gateway.url.replace('/graphql', '/metrics'))).text();
}

const fetches = async () => readCounter(await metrics(), 'integra_subgraph_fetches_total');

/** The review's query: three nested connections sized by `first`, as given by `n`. */
const ATTACK = `query Attack($n: Int) { regions(first: $n) { edges { node { services(first: $n) { edges { node {
  municipality { province { services(first: $n) { edges { node { id } } } } } } } } } } } }`;

/** Fifteen aliases of the innermost list. */
const aliases = Array.from(
  { length: 15 },
  (_, i) => `s${i}: services(first: $n) { edges { node { id } } }`,
).join(' ');
const FIFTEEN_ALIASES = `query Aliases($n: Int) { regions(first: $n) { edges { node { services(first: $n) { edges { node {
  municipality { province { ${aliases} } } } } } } } } }`;

function expectRefused(answer: Answer): void {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  const error = answer.body.errors?.[0];
  expect(error?.extensions?.['code']).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
  expect(error?.message).toMatch(/estimated cost is \d+, over the limit of 30000/);
}

describe('demand control', () => {
  it("refuses the review's query with `first` from a variable, before any subgraph is called", async () => {
    const before = await fetches();
    const answer = await post(ATTACK, { n: 100 });
    expectRefused(answer);
    expect(answer.body.errors?.[0]?.extensions?.['estimatedCost']).toBeGreaterThan(1_000_000);
    expect(await fetches()).toBe(before);
  });

  it('refuses it with the size in the variable default, or written literally', async () => {
    expectRefused(await post(ATTACK.replace('$n: Int', '$n: Int = 100')));
    expectRefused(await post(ATTACK.replace('query Attack($n: Int)', 'query').replaceAll('$n', '100')));
  });

  it('refuses fifteen aliases of the inner list, even at the default page size', async () => {
    const before = await fetches();
    expectRefused(await post(FIFTEEN_ALIASES, { n: 20 }));
    expectRefused(await post(FIFTEEN_ALIASES));
    expect(await fetches()).toBe(before);
  });

  it('refuses it hidden in fragments and inline fragments, and sent with GET', async () => {
    // Shallower than the review's query (fragments count towards the depth limit): two aliased lists instead.
    const fragments = `query Fragments($n: Int) { regions(first: $n) { edges { node { ... on Region { ...R } } } } }
      fragment R on Region { a: services(first: $n) { ...S } b: services(first: $n) { ...S } }
      fragment S on ServiceConnection { edges { node { id } } }`;
    expectRefused(await post(fragments, { n: 100 }));
    const small = await post(fragments, { n: 2 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    const url = new URL(graph.gateway.url);
    url.searchParams.set('query', ATTACK);
    url.searchParams.set('variables', JSON.stringify({ n: 100 }));
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expectRefused({ status: response.status, body: (await response.json()) as Answer['body'] });
  });

  it('does not let a negative size on one list pay for another', async () => {
    const query = `query($n: Int, $m: Int) { cheap: regions(first: $m) { edges { node { code } } } ${ATTACK.slice(ATTACK.indexOf('regions'), -1)} }`;
    expectRefused(await post(query, { n: 100, m: -2_000_000_000 }));
  });

  it('still answers every registered query, at the largest page size', async () => {
    const manifest = JSON.parse(readFileSync(persistedDocumentsPath, 'utf8')) as Record<string, string>;
    const queries = Object.values(manifest)
      .map((text) => ({
        text,
        operation: parse(text).definitions.find(
          (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
        ),
      }))
      .filter(({ operation }) => operation?.operation === OperationTypeNode.QUERY);
    expect(queries.length).toBeGreaterThanOrEqual(8);
    for (const { text, operation } of queries) {
      // Every page as large as a subgraph serves (100: the variables named `first`, `...First`); an
      // id where one is required; other numbers (a year, say) keep their defaults.
      const variables: Record<string, unknown> = {};
      for (const definition of operation?.variableDefinitions ?? []) {
        const type = definition.type.kind === Kind.NON_NULL_TYPE ? definition.type.type : definition.type;
        const name = type.kind === Kind.NAMED_TYPE ? type.name.value : '';
        const pageSize = /^first$|First$/.test(definition.variable.name.value);
        if (name === 'Int' && pageSize) variables[definition.variable.name.value] = 100;
        // A required switch is on: the larger answer.
        else if (
          name === 'Boolean' &&
          definition.type.kind === Kind.NON_NULL_TYPE &&
          !definition.defaultValue
        )
          variables[definition.variable.name.value] = true;
        else if (name === 'ID' && definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue)
          variables[definition.variable.name.value] = 'PA-001';
      }
      const answer = await post(text, variables);
      const codes = answer.body.errors?.map((e) => e.extensions?.['code']) ?? [];
      expect(codes, operation?.name?.value).not.toContain('COST_ESTIMATED_TOO_EXPENSIVE');
      expect(answer.status, operation?.name?.value).toBe(200);
      expect(answer.body.data, operation?.name?.value).toBeTruthy();
    }
  });

  it('exports the estimated and actual cost of each answer on /metrics, by registered operation name', async () => {
    const dashboard = Object.values(
      JSON.parse(readFileSync(persistedDocumentsPath, 'utf8')) as Record<string, string>,
    ).find((t) => t.includes('query RegionDashboard'));
    const answer = await post(dashboard ?? '', { regionCode: '03' });
    expect(answer.status).toBe(200);
    await post('query Whatever { regions(first: 2) { edges { node { code } } } }');
    const text = await metrics();
    expect(
      readCounter(text, 'integra_operation_actual_cost_count', { operation: 'RegionDashboard' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      readCounter(text, 'integra_operation_estimated_cost_count', { operation: 'RegionDashboard' }),
    ).toBeGreaterThanOrEqual(1);
    // A name no registered operation has is not a label of its own.
    expect(text).not.toContain('operation="Whatever"');
    expect(
      readCounter(text, 'integra_operation_actual_cost_count', { operation: 'other' }),
    ).toBeGreaterThanOrEqual(1);
    // The actual cost is what the answer held: 2 regions cost 1 + 2 × 2.
    expect(
      readCounter(text, 'integra_operation_actual_cost_sum', { operation: 'other' }),
    ).toBeGreaterThanOrEqual(5);
    expect(
      readCounter(text, 'integra_operation_cost_refused_total', { operation: 'other' }),
    ).toBeGreaterThanOrEqual(1);
  });
});
