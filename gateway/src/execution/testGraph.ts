/**
 * The graph the executor's tests run on: real subgraphs with an interface, a union, `@requires`,
 * an entity whose field fails for one office, and a subgraph broken on purpose (a null for a
 * non-null field, an enum value the graph does not have, a value where a list belongs).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError, parse } from 'graphql';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from '../testing/harness.js';

const FEDERATION = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@shareable"])`;

const offices = [
  { id: 'o1', name: 'Sportello Torino', languages: ['it', 'ar'], hours: 30 },
  { id: 'o2', name: 'Sportello Bari', languages: ['it'], hours: 12 },
  { id: 'o3', name: 'Sportello Palermo', languages: [], hours: 40 },
];
const schools = [
  { id: 's1', name: 'CPIA Milano', level: 'PRIMARY' },
  { id: 's2', name: 'CPIA Napoli', level: null },
];
const places = [offices[0]!, schools[0]!, offices[1]!, schools[1]!, offices[2]!];
const isOffice = (place: object) => 'hours' in place;

const placesSubgraph = {
  name: 'places',
  typeDefs: parse(`${FEDERATION}
    interface Place { id: ID! name: String! }
    type Office implements Place @key(fields: "id") { id: ID! name: String! languages: [String!]! hours: Int! }
    type School implements Place @key(fields: "id") { id: ID! name: String! level: Level }
    enum Level { PRIMARY SECONDARY }
    union Found = Office | School
    type Query { places: [Place]! search(term: String!): [Found!]! place(id: ID!): Place }
    type Mutation { rename(id: ID!, name: String!): Place }`),
  resolvers: {
    Place: { __resolveType: (place: object) => (isOffice(place) ? 'Office' : 'School') },
    Found: { __resolveType: (place: object) => (isOffice(place) ? 'Office' : 'School') },
    Office: { __resolveReference: ({ id }: { id: string }) => offices.find((o) => o.id === id) },
    School: { __resolveReference: ({ id }: { id: string }) => schools.find((s) => s.id === id) },
    Query: {
      places: () => places,
      search: (_: unknown, { term }: { term: string }) => places.filter((p) => p.name.includes(term)),
      place: (_: unknown, { id }: { id: string }) => places.find((p) => p.id === id),
    },
    Mutation: {
      rename: (_: unknown, { id, name }: { id: string; name: string }) => {
        const place = places.find((p) => p.id === id);
        return place && { ...place, name };
      },
    },
  },
};

const ratingsSubgraph = {
  name: 'ratings',
  typeDefs: parse(`${FEDERATION}
    type Office @key(fields: "id") { id: ID! rating: Int hours: Int! @external busy: Boolean @requires(fields: "hours") }
    type School @key(fields: "id") { id: ID! rating: Int }`),
  resolvers: {
    Office: {
      __resolveReference: (reference: { id: string; hours?: number }) => reference,
      // One office's rating fails: an error at every place that office appears.
      rating: ({ id }: { id: string }) => {
        if (id === 'o2')
          throw new GraphQLError(`rating of ${id} unavailable`, { extensions: { code: 'RATING_DOWN' } });
        return id.length * 2;
      },
      busy: ({ hours }: { hours: number }) => hours > 20,
    },
    School: { __resolveReference: ({ id }: { id: string }) => ({ id, rating: id === 's1' ? 5 : null }) },
  },
};

/**
 * A subgraph answering by hand, as a broken one might: office o2's `code` (non-null) is null, its
 * `grade` an enum value the graph does not have, its `tags` not a list; when asked for `floor`,
 * office o3's `__typename` is a number.
 */
const brokenTypeDefs = parse(`${FEDERATION}
  type Office @key(fields: "id") { id: ID! code: String! grade: Level tags: [String] floor: Int }
  enum Level { PRIMARY SECONDARY }`);
function brokenAnswer(query: string, representations: { id: string }[]) {
  return {
    data: {
      _entities: representations.map(({ id }) =>
        id === 'o2'
          ? { __typename: 'Office', code: null, grade: 'TERTIARY', tags: 'ar', floor: 2 }
          : {
              __typename: id === 'o3' && query.includes('floor') ? 42 : 'Office',
              code: `C-${id}`,
              grade: 'SECONDARY',
              tags: ['x'],
              floor: 1,
            },
      ),
    },
  };
}
async function startBroken(): Promise<TestSubgraph> {
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { query, variables } = JSON.parse(body) as {
        query: string;
        variables?: { representations?: { id: string }[] };
      };
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(brokenAnswer(query, variables?.representations ?? [])));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    name: 'broken',
    typeDefs: brokenTypeDefs,
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface TestGraph {
  /** A gateway running plans with its own executor, and one with Apollo's (`GATEWAY_OWN_EXECUTOR=false`). */
  readonly own: TestGateway;
  readonly apollo: TestGateway;
  stop(): Promise<void>;
}

/** The three subgraphs, running, and a gateway with each executor in front of them. */
export async function startTestGraph(): Promise<TestGraph> {
  const subgraphs = await Promise.all([
    startSubgraph(placesSubgraph),
    startSubgraph(ratingsSubgraph),
    startBroken(),
  ]);
  const supergraphSdl = composeSupergraph(subgraphs);
  const [own, apollo] = await Promise.all([
    startTestGateway({ supergraphSdl }),
    startTestGateway({ supergraphSdl, env: { GATEWAY_OWN_EXECUTOR: 'false' } }),
  ]);
  return {
    own,
    apollo,
    stop: async () => {
      await Promise.all([own.dispose(), apollo.dispose()]);
      await Promise.all(subgraphs.map((s) => s.stop()));
    },
  };
}

/** An answer without the stack traces development adds to errors (where each executor made them). */
export function withoutStacks<T>(body: T): T {
  return JSON.parse(JSON.stringify(body), (key, value: unknown) =>
    key === 'stacktrace' ? undefined : value,
  ) as T;
}
