/**
 * The subgraph the hostile-input test sends its requests to: small, but with every shape a client
 * can get wrong (arguments of each kind, a non-null input object, an enum, lists, an interface, a
 * union, a cycle to nest through, `@authenticated` and `@requiresScopes`), and `SCHEMA`, the model
 * of it the document generator builds operations from. Lists are at most three long, so deep
 * operations stay cheap to answer.
 */
import { gql } from 'graphql-tag';
import type { TestSubgraphDefinition } from '../harness.js';

export const SECTORS = ['HEALTH', 'HOUSING', 'LANGUAGE', 'WORK'] as const;
type Sector = (typeof SECTORS)[number];

/** The argument types of the schema; the generator writes values of each, valid or not. */
export type ArgumentType =
  'ID!' | 'Int' | 'Int!' | 'String' | 'String!' | 'Sector' | '[Sector!]!' | 'ServiceFilter!';

export interface FieldModel {
  readonly name: string;
  readonly args?: Readonly<Record<string, ArgumentType>>;
  /** The composite type the field returns; absent for a leaf. */
  readonly type?: string;
}

export interface SchemaModel {
  /** The fields of each composite type (a union has none but `__typename`). */
  readonly fields: Readonly<Record<string, readonly FieldModel[]>>;
  /** The object types each composite type can be, for inline fragments. */
  readonly possible: Readonly<Record<string, readonly string[]>>;
  /** Named fragments a document may spread, by name: type condition and text (spreads included). */
  readonly fragments: Readonly<
    Record<string, { readonly on: string; readonly text: string; readonly invalid?: true }>
  >;
}

export const SCHEMA: SchemaModel = {
  fields: {
    Query: [
      { name: 'region', args: { code: 'ID!' }, type: 'Region' },
      { name: 'regions', args: { first: 'Int', sector: 'Sector' }, type: 'Region' },
      { name: 'services', args: { filter: 'ServiceFilter!', first: 'Int' }, type: 'Service' },
      { name: 'search', args: { text: 'String!' }, type: 'SearchResult' },
      { name: 'listing', args: { id: 'ID!' }, type: 'Listing' },
      { name: 'me', type: 'Caller' },
    ],
    Mutation: [{ name: 'touch', args: { note: 'String', sectors: '[Sector!]!' } }],
    Region: [
      { name: 'code' },
      { name: 'name' },
      { name: 'population' },
      { name: 'sectors' },
      { name: 'budget' },
      { name: 'services', args: { first: 'Int!' }, type: 'Service' },
    ],
    Service: [
      { name: 'id' },
      { name: 'title' },
      { name: 'sector' },
      { name: 'languages' },
      { name: 'contact' },
      { name: 'region', type: 'Region' },
    ],
    Program: [{ name: 'id' }, { name: 'title' }, { name: 'budget' }],
    Listing: [{ name: 'id' }, { name: 'title' }],
    SearchResult: [],
    Caller: [{ name: 'subject' }, { name: 'scopes' }],
  },
  possible: {
    Query: ['Query'],
    Mutation: ['Mutation'],
    Region: ['Region'],
    Service: ['Service'],
    Program: ['Program'],
    Listing: ['Service', 'Program'],
    SearchResult: ['Service', 'Program'],
    Caller: ['Caller'],
  },
  fragments: {
    RegionParts: { on: 'Region', text: 'fragment RegionParts on Region { code name sectors }' },
    Secret: { on: 'Region', text: 'fragment Secret on Region { code budget }' },
    ServiceParts: {
      on: 'Service',
      text: 'fragment ServiceParts on Service { id title sector contact region { ...RegionParts } }',
    },
    ListingParts: {
      on: 'Listing',
      text: 'fragment ListingParts on Listing { id title ... on Program { budget } }',
    },
    // A cycle: the specification's rules refuse it; every other rule must survive it first.
    LoopA: {
      on: 'Region',
      text: 'fragment LoopA on Region { services(first: 1) { region { ...LoopB } } }',
      invalid: true,
    },
    LoopB: { on: 'Region', text: 'fragment LoopB on Region { code ...LoopA }', invalid: true },
  },
};

const clamp = (n: number | null | undefined, fallback: number): number =>
  Math.max(0, Math.min(3, n ?? fallback));

interface ServiceRow {
  readonly __typename: 'Service';
  readonly id: string;
  readonly title: string;
  readonly sector: Sector;
  readonly languages: readonly string[];
  readonly contact: string;
  readonly regionCode: string;
}
interface ProgramRow {
  readonly __typename: 'Program';
  readonly id: string;
  readonly title: string;
  readonly budget: number;
}

const region = (code: string) => ({
  code,
  name: `Regione ${code}`,
  population: 1000,
  sectors: [...SECTORS],
  budget: 12.5,
});
const service = (index: number, sector: Sector, regionCode = '03'): ServiceRow => ({
  __typename: 'Service',
  id: `s${index}`,
  title: `Servizio ${index}`,
  sector,
  languages: ['it', 'ar'],
  contact: 'sportello@example.org',
  regionCode,
});
const program = (id: string): ProgramRow => ({ __typename: 'Program', id, title: 'Programma', budget: 99.5 });

/** The lexical values the gateway passes through are the resolvers' only input: they never throw. */
export const hostileSubgraph: TestSubgraphDefinition = {
  name: 'territories',
  typeDefs: gql`
    extend schema
      @link(
        url: "https://specs.apollo.dev/federation/v2.5"
        import: ["@key", "@authenticated", "@requiresScopes"]
      )

    enum Sector {
      HEALTH
      HOUSING
      LANGUAGE
      WORK
    }

    input ServiceFilter {
      sector: Sector!
      languages: [String!]
      minScore: Float
    }

    interface Listing {
      id: ID!
      title: String!
    }

    union SearchResult = Service | Program

    type Query {
      region(code: ID!): Region
      regions(first: Int = 2, sector: Sector): [Region!]!
      services(filter: ServiceFilter!, first: Int): [Service!]!
      search(text: String!): [SearchResult!]!
      listing(id: ID!): Listing
      me: Caller @authenticated
    }

    type Mutation {
      touch(note: String, sectors: [Sector!]!): Boolean
    }

    type Region @key(fields: "code") {
      code: ID!
      name: String!
      population: Int
      sectors: [Sector!]!
      budget: Float @requiresScopes(scopes: [["x:read"]])
      services(first: Int!): [Service!]!
    }

    type Service implements Listing {
      id: ID!
      title: String!
      sector: Sector!
      languages: [String!]!
      contact: String @authenticated
      region: Region!
    }

    type Program implements Listing {
      id: ID!
      title: String!
      budget: Float @requiresScopes(scopes: [["x:read"], ["y:admin"]])
    }

    type Caller {
      subject: String!
      scopes: [String!]!
    }
  `,
  resolvers: {
    Query: {
      region: (_: unknown, { code }: { code: string }) => (code.length > 16 ? null : region(code)),
      regions: (_: unknown, { first, sector }: { first?: number | null; sector?: Sector | null }) =>
        Array.from({ length: clamp(first, 2) }, (_x, i) => ({
          ...region(`0${i + 1}`),
          sectors: sector ? [sector] : [...SECTORS],
        })),
      services: (_: unknown, { filter, first }: { filter: { sector: Sector }; first?: number | null }) =>
        Array.from({ length: clamp(first, 2) }, (_x, i) => service(i, filter.sector)),
      search: () => [service(0, 'WORK'), program('p0')],
      listing: (_: unknown, { id }: { id: string }) =>
        id.startsWith('p') ? program(id) : service(0, 'HEALTH'),
      me: () => ({ subject: 'someone', scopes: [] }),
    },
    Mutation: { touch: () => true },
    Region: {
      __resolveReference: (reference: { code: string }) => region(reference.code),
      services: (parent: { code: string }, { first }: { first: number }) =>
        Array.from({ length: clamp(first, 0) }, (_x, i) => service(i, 'LANGUAGE', parent.code)),
    },
    Service: { region: (parent: ServiceRow) => region(parent.regionCode) },
    Listing: { __resolveType: (row: ServiceRow | ProgramRow) => row.__typename },
    SearchResult: { __resolveType: (row: ServiceRow | ProgramRow) => row.__typename },
  },
};

/** A query every gateway answers, and its data. */
export const SANITY_QUERY = '{ region(code: "03") { code name sectors } }';
export const SANITY_DATA = { region: { code: '03', name: 'Regione 03', sectors: [...SECTORS] } };
