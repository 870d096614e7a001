/**
 * Operations nobody wrote by hand, through both executors: each a random mix of the test graph's
 * fields, aliases (`__proto__`, `constructor` among them), inline and named fragments on its
 * interface, union and objects, and `@skip`/`@include` on a variable or a literal, sent to a gateway
 * running its own executor and to one running Apollo's. Every answer must be the same, data and
 * errors, whatever the shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLResponse, TestGateway } from '../testing/harness.js';
import { startTestGraph, withoutStacks, type TestGraph } from './testGraph.js';

/** A small seeded generator: the same operations on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  // mulberry32
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const FIELDS: Record<string, readonly string[]> = {
  Place: ['id', 'name', '__typename'],
  Office: ['id', 'name', 'languages', 'hours', 'rating', 'busy', 'code', 'grade', '__typename'],
  School: ['id', 'name', 'level', 'rating', '__typename'],
};
const ALIASES = ['a', 'constructor', '__proto__', 'toString', 'kind'];
const CONDITIONS = ['', '@include(if: $flag)', '@skip(if: $flag)', '@include(if: false)', '@skip(if: false)'];

/** An operation being written: its fragments, and a counter that keeps names and aliases apart. */
interface Writing {
  readonly next: () => number;
  readonly fragments: string[];
  names: number;
}

function selections(writing: Writing, type: string, depth: number): string {
  const { next } = writing;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 4);
  for (let i = 0; i < count; i++) {
    const roll = next();
    if (roll < 0.55 || depth > 2) {
      const field = pick(FIELDS[type]!);
      const alias = next() < 0.3 ? `${pick(ALIASES)}${writing.names++}: ` : '';
      parts.push(`${alias}${field} ${next() < 0.2 ? pick(CONDITIONS) : ''}`);
    } else if (roll < 0.85) {
      const on = type === 'Place' ? pick(['Office', 'School', 'Place']) : type;
      parts.push(`... on ${on} ${pick(CONDITIONS)} { ${selections(writing, on, depth + 1)} }`);
    } else {
      const on = type === 'Place' ? pick(['Office', 'School']) : type;
      const name = `F${writing.names++}`;
      writing.fragments.push(`fragment ${name} on ${on} { ${selections(writing, on, depth + 1)} }`);
      parts.push(`...${name}`);
    }
  }
  return parts.join(' ');
}

function operation(next: () => number): string {
  const writing: Writing = { next, fragments: [], names: 0 };
  const roots: string[] = [];
  if (next() < 0.7) roots.push(`places { ${selections(writing, 'Place', 0)} }`);
  if (next() < 0.7)
    roots.push(
      `search(term: "Sportello") { ... on Office { ${selections(writing, 'Office', 1)} } ... on School { ${selections(writing, 'School', 1)} } }`,
    );
  if (next() < 0.7)
    roots.push(`one: place(id: "o${1 + Math.floor(next() * 3)}") { ${selections(writing, 'Place', 0)} }`);
  const fragments = writing.fragments;
  const body = roots.length > 0 ? roots.join(' ') : '__typename';
  const text = `{ ${body} } ${fragments.join(' ')}`;
  // The variable declared only where it is used: an unused one is refused.
  return `query Generated${text.includes('$flag') ? '($flag: Boolean!)' : ''} ${text}`;
}

const RATING_ERROR = 'rating of o2 unavailable';

/**
 * An answer as both executors must give it. One difference is on purpose: when an entity fetch
 * leaves some entities out (schools, for a field only offices have), Apollo's executor numbers its
 * errors among all of them and can name another entity's place; the gateway's names the entity
 * the error is about (checked on its own below).
 */
function comparable(body: GraphQLResponse['body']): unknown {
  return withoutStacks({
    ...body,
    ...(body.errors && {
      errors: body.errors.map((error) =>
        error.message === RATING_ERROR ? { ...error, path: 'the failing office' } : error,
      ),
    }),
  });
}

describe('both executors, on operations nobody wrote by hand', () => {
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

  it('gives the same answers, data and errors, to 60 random operations', async () => {
    const next = random(20261205);
    let answered = 0;
    let refused = 0;
    for (let i = 0; i < 60; i++) {
      const body = { query: operation(next), variables: { flag: next() < 0.5 } };
      // The first request plans (with Apollo's executor); the second runs on the gateway's own.
      await own.post(body);
      const [ours, theirs] = await Promise.all([own.post(body), apollo.post(body)]);
      expect({ query: body.query, status: ours.status, body: comparable(ours.body) }).toEqual({
        query: body.query,
        status: theirs.status,
        body: comparable(theirs.body),
      });
      // Where office o2's failed rating is: o2's own place, in every list it is in.
      for (const error of ours.body.errors ?? []) {
        if (error.message !== RATING_ERROR) continue;
        const [root, index] = error.path ?? [];
        expect(
          root === 'places' ? index === 2 : root === 'search' ? index === 1 : error.path?.length === 2,
        ).toBe(true);
      }
      if (ours.body.data) answered++;
      if (ours.body.errors?.some((e) => e.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED')) refused++;
    }
    // Valid operations, most with data (a null bubbling up to the root is an answer too).
    expect(refused).toBe(0);
    expect(answered).toBeGreaterThan(30);
  });
});
