/**
 * Fetch merging and each entity once, through the whole gateway, in front of four real subgraphs
 * where the same books and authors appear in many places: the answer (data and errors, paths
 * included) is Apollo Gateway's own, with fewer subgraph requests and representations.
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { GraphQLError, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
  type TestSubgraphContext,
  type TestSubgraphDefinition,
} from '../testing/harness.js';

const FEDERATION = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])`;

const books = [
  { id: 'b1', title: 'Lessico famigliare', price: 12 },
  { id: 'b2', title: 'Il sistema periodico', price: 14 },
  { id: 'b3', title: 'La tregua', price: 11 },
  { id: 'b4', title: 'Le città invisibili', price: 10 },
];
const authors = [
  { id: 'a1', name: 'Amina' },
  { id: 'a2', name: 'Karim' },
  { id: 'a3', name: 'Jaspreet' },
];
// Every book reviewed by several authors, every author reviewing several books.
const reviews = books.flatMap((book, i) =>
  authors
    .filter((_, j) => (i + j) % 3 !== 0)
    .map((author) => ({
      id: `${book.id}-${author.id}`,
      body: `${author.name} on ${book.title}`,
      book,
      author,
    })),
);

/**
 * While set, the catalog holds its answers until this many requests wait, then answers them all at
 * once: the gateway then sends their next fetches in the same turn of its event loop.
 */
const gate: { size: number; waiting: (() => void)[] } = { size: 0, waiting: [] };
function held<T>(value: T): T | Promise<T> {
  if (gate.size === 0) return value;
  return new Promise((resolve) => {
    gate.waiting.push(() => resolve(value));
    if (gate.waiting.length >= gate.size) for (const release of gate.waiting.splice(0)) release();
  });
}

/** The book whose stock is unknown, if any. */
const failing: { book: string | undefined } = { book: 'b3' };

/** What each subgraph was asked: HTTP requests (one context each) and entity representations. */
const asked = new Map<string, { requests: Set<object>; representations: number }>();
function count(subgraph: string, context: object, representations = 0): void {
  const entry = asked.get(subgraph) ?? { requests: new Set<object>(), representations: 0 };
  entry.requests.add(context);
  entry.representations += representations;
  asked.set(subgraph, entry);
}
function totals(): { requests: number; representations: number } {
  let requests = 0;
  let representations = 0;
  for (const entry of asked.values()) {
    requests += entry.requests.size;
    representations += entry.representations;
  }
  asked.clear();
  return { requests, representations };
}

const definitions: TestSubgraphDefinition[] = [
  {
    name: 'catalog',
    typeDefs: parse(`${FEDERATION}
      type Book @key(fields: "id") { id: ID! title: String! price: Int! }
      type Query { books: [Book!]! featured: [Book!]! }`),
    resolvers: {
      Query: {
        books: (_: unknown, __: unknown, context: object) => (count('catalog', context), held(books)),
        featured: (_: unknown, __: unknown, context: object) => (
          count('catalog', context),
          [books[1], books[2]]
        ),
      },
      Book: {
        __resolveReference: ({ id }: { id: string }, context: object) => (
          count('catalog', context, 1),
          books.find((b) => b.id === id)
        ),
      },
    },
  },
  {
    name: 'reviews',
    typeDefs: parse(`${FEDERATION}
      type Review { id: ID! body: String! book: Book! author: Author! }
      type Book @key(fields: "id") { id: ID! reviews: [Review!]! }
      type Author @key(fields: "id") { id: ID! reviews: [Review!]! }`),
    resolvers: {
      Book: {
        __resolveReference: ({ id }: { id: string }, context: object) => (
          count('reviews', context, 1),
          { id }
        ),
        reviews: ({ id }: { id: string }) => reviews.filter((r) => r.book.id === id),
      },
      Author: {
        __resolveReference: ({ id }: { id: string }, context: object) => (
          count('reviews', context, 1),
          { id }
        ),
        reviews: ({ id }: { id: string }) => reviews.filter((r) => r.author.id === id),
      },
      Review: {
        book: (r: (typeof reviews)[number]) => ({ id: r.book.id }),
        author: (r: (typeof reviews)[number]) => ({ id: r.author.id }),
      },
    },
  },
  {
    name: 'accounts',
    typeDefs: parse(`${FEDERATION}
      type Author @key(fields: "id") { id: ID! name: String! }`),
    resolvers: {
      Author: {
        __resolveReference: ({ id }: { id: string }, context: object) => (
          count('accounts', context, 1),
          authors.find((a) => a.id === id)
        ),
      },
    },
  },
  {
    name: 'stock',
    typeDefs: parse(`${FEDERATION}
      type Book @key(fields: "id") {
        id: ID!
        inStock: Boolean
        "The language the subgraph was asked in: whose request it served."
        note: String
        price: Int! @external
        shipping: Int @requires(fields: "price")
      }`),
    resolvers: {
      Book: {
        __resolveReference: (reference: { id: string; price?: number }, context: object) => (
          count('stock', context, 1),
          reference
        ),
        // One book's stock is unknown: an error at every place that book appears.
        inStock: ({ id }: { id: string }) => {
          if (id === failing.book) throw new GraphQLError(`stock of ${id} unknown`);
          return id !== 'b4';
        },
        shipping: ({ price }: { price: number }) => (price > 12 ? 0 : 5),
        note: (_: unknown, __: unknown, context: TestSubgraphContext) =>
          String(context.headers['accept-language'] ?? ''),
      },
    },
  },
];

const query = /* GraphQL */ `
  query Shelf {
    books {
      title
      reviews {
        body
        author {
          name
          reviews {
            book {
              title
              inStock
              shipping
            }
          }
        }
      }
    }
    featured {
      title
      inStock
      shipping
      reviews {
        author {
          name
        }
      }
    }
  }
`;

interface Answer {
  data?: unknown;
  errors?: { message: string; path?: readonly (string | number)[] }[];
}
const errorsOf = (answer: Answer) =>
  (answer.errors ?? []).map((e) => `${(e.path ?? []).join('.')}: ${e.message}`).sort();

describe('fetch merging and each entity once, against Apollo Gateway', () => {
  let subgraphs: TestSubgraph[];
  let merging: TestGateway;
  let separate: TestGateway;
  let apollo: ApolloServer;
  beforeAll(async () => {
    subgraphs = await Promise.all(definitions.map((d) => startSubgraph(d)));
    const supergraphSdl = composeSupergraph(subgraphs);
    // These subgraphs declare no list sizes: the cost estimate takes the default size for every list.
    const env = { GATEWAY_MAX_COST: '100000000' };
    [merging, separate] = await Promise.all([
      startTestGateway({ supergraphSdl, env }),
      startTestGateway({
        supergraphSdl,
        env: { ...env, GATEWAY_MERGE_FETCHES: 'false', GATEWAY_DEDUP: 'false' },
      }),
    ]);
    apollo = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
    await apollo.start();
  });
  afterAll(async () => {
    await Promise.all([merging?.dispose(), separate?.dispose(), apollo?.stop()]);
    await Promise.all(subgraphs.map((s) => s.stop()));
  });

  async function apolloAnswer(): Promise<Answer> {
    const response = await apollo.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single answer');
    return response.body.singleResult as Answer;
  }

  it('answers as Apollo Gateway does, errors and their paths included, with fewer requests and representations', async () => {
    totals();
    const reference = await apolloAnswer();
    const vanilla = totals();
    const ours = (await merging.query(query)).body as Answer;
    const merged = totals();
    const alone = (await separate.query(query)).body as Answer;
    const distinctOnly = totals();

    expect(ours.data).toEqual(reference.data);
    expect(alone.data).toEqual(reference.data);
    // The stock error of book b3, at every place b3 appears: repeated, not lost, not misplaced.
    expect(errorsOf(reference).length).toBeGreaterThan(2);
    expect(errorsOf(ours)).toEqual(errorsOf(reference));
    expect(errorsOf(alone)).toEqual(errorsOf(reference));

    // Each entity once: fewer representations, with or without merging.
    expect(distinctOnly.representations).toBeLessThan(vanilla.representations);
    // (A joined fetch whose answer has errors is asked again fetch by fetch: more here, never wrong.)
    expect(merged.representations).toBeLessThan(vanilla.representations);
    // Merging: fewer requests than one per fetch.
    expect(distinctOnly.requests).toBe(vanilla.requests);
    expect(merged.requests).toBeLessThan(vanilla.requests);
  });

  it('asks each subgraph once per level, each entity once, when no entity fails', async () => {
    failing.book = undefined;
    try {
      totals();
      const reference = await apolloAnswer();
      const vanilla = totals();
      const ours = (await merging.query(query)).body as Answer;
      const merged = totals();
      await separate.query(query);
      const distinctOnly = totals();
      expect(reference.errors).toBeUndefined();
      expect(ours).toEqual({ data: reference.data });
      // The stock fetches of one level (in stock; shipping, which needs the price) ask once for each book.
      expect(merged.representations).toBeLessThan(distinctOnly.representations);
      expect(merged.requests).toBeLessThan(distinctOnly.requests);
      expect(distinctOnly.requests).toBe(vanilla.requests);
    } finally {
      failing.book = 'b3';
    }
  });

  it('never merges the fetches of two client requests: each subgraph request serves one caller', async () => {
    // All different: identical in-flight fetches (same caller and language) would be shared.
    const languages = ['it', 'ar', 'pa', 'uk', 'fr', 'sq', 'zh', 'en', 'ru', 'es'];
    const notes = /* GraphQL */ `
      {
        books {
          note
          reviews {
            author {
              reviews {
                book {
                  note
                  shipping
                }
              }
            }
          }
        }
        featured {
          note
        }
      }
    `;
    gate.size = languages.length;
    let answers: Awaited<ReturnType<TestGateway['query']>>[];
    try {
      answers = await Promise.all(
        languages.map((language) => merging.query(notes, { 'accept-language': language })),
      );
    } finally {
      gate.size = 0;
    }
    answers.forEach((answer, i) => {
      const seen = new Set(JSON.stringify(answer.body.data).match(/"note":"[^"]*"/g));
      // Every entity, at every depth, was fetched for this request's caller and language only.
      expect([...seen]).toEqual([`"note":"${languages[i]}"`]);
    });
  });

  it('keeps each client request’s fetches apart, however many arrive at once', async () => {
    const reference = await apolloAnswer();
    const answers = await Promise.all(Array.from({ length: 8 }, () => merging.query(query)));
    for (const answer of answers) {
      expect(answer.body.data).toEqual(reference.data);
      expect(errorsOf(answer.body as Answer)).toEqual(errorsOf(reference));
    }
  });
});
