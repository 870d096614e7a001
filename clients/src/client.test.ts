/**
 * The request function against the real gateway (over two small subgraphs): what it sends (the
 * hash first, the text when the gateway does not know it), the headers it carries, and each error
 * code it answers as a typed result, with the extensions the graph actually returns.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GraphQLError, parse } from 'graphql';
import { gql } from 'graphql-tag';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
  type TestSubgraphContext,
} from '../../gateway/src/testing/harness.js';
import { ErrorCode } from '../../lib/errors.js';
import { invalidInput } from '../../lib/writes/input.js';
import { persistedDocuments } from '../../scripts/persistedDocuments.js';
import { createClient } from './client.js';
import { PLAIN_CODES, type IntegraError } from './errors.js';

interface Place {
  code: string;
  name: string;
}
const PlaceDocument = parse(
  'query Place($code: ID!) { place(code: $code) { code name visits } }',
) as TypedDocumentNode<{ place: (Place & { visits: number | null }) | null }, { code: string }>;
const NoteDocument = parse('query Note { place(code: "03") { name note } }') as TypedDocumentNode<
  { place: { name: string; note: string | null } | null },
  Record<string, never>
>;
const RenameDocument = parse(
  'mutation Rename($code: ID!, $name: String!, $expectedVersion: Int!) { renamePlace(code: $code, name: $name, expectedVersion: $expectedVersion) { code name } }',
) as TypedDocumentNode<
  { renamePlace: Place | null },
  { code: string; name: string; expectedVersion: number }
>;
const UNREGISTERED = parse('query Unregistered { place(code: "03") { code } }') as TypedDocumentNode<
  { place: { code: string } | null },
  Record<string, never>
>;

const CURRENT_VERSION = 3;
const places = {
  name: 'places',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query {
      place(code: ID!): Place
    }
    type Mutation {
      renamePlace(code: ID!, name: String!, expectedVersion: Int!): Place
    }
    type Place @key(fields: "code") {
      code: ID!
      name: String!
      note: String
    }
  `,
  resolvers: {
    Query: {
      // The name in the caller's language: shows the gateway received (and forwarded) Accept-Language.
      place: (_: unknown, { code }: { code: string }, { headers }: TestSubgraphContext) => ({
        code,
        name: headers['accept-language'] === 'en' ? 'Lombardy' : 'Lombardia',
      }),
    },
    Mutation: {
      renamePlace: (_: unknown, args: { code: string; name: string; expectedVersion: number }) => {
        if (args.name.trim() === '') throw invalidInput([{ field: 'name', reason: 'must not be empty' }]);
        if (args.expectedVersion !== CURRENT_VERSION)
          // As lib/writes/write.ts's claimVersion answers a stale version.
          throw new GraphQLError('The place was changed by someone else', {
            extensions: { code: ErrorCode.CONFLICT, currentVersion: CURRENT_VERSION },
          });
        return { code: args.code, name: args.name };
      },
    },
    Place: {
      note: () => {
        throw new GraphQLError('Notes are for the owning region', {
          extensions: { code: ErrorCode.FORBIDDEN },
        });
      },
    },
  },
};
const visits = {
  name: 'visits',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Place @key(fields: "code") {
      code: ID!
      visits: Int
    }
  `,
  resolvers: { Place: { visits: () => 12 } },
};

/** A fetch that records each request body it sends: what went over the wire, by the real fetch. */
function recordingFetch(): { fetch: typeof fetch; bodies: Record<string, unknown>[] } {
  const bodies: Record<string, unknown>[] = [];
  return {
    bodies,
    fetch: (input, init) => {
      if (typeof init?.body === 'string') bodies.push(JSON.parse(init.body) as Record<string, unknown>);
      return fetch(input, init);
    },
  };
}

let subgraphs: TestSubgraph[];
let dir: string;
let allowListed: TestGateway;
let off: TestGateway;

beforeAll(async () => {
  subgraphs = await Promise.all([startSubgraph(places), startSubgraph(visits)]);
  dir = await mkdtemp(path.join(tmpdir(), 'integra-client-'));
  const manifest = path.join(dir, 'persisted-documents.json');
  await writeFile(
    manifest,
    JSON.stringify(persistedDocuments([PlaceDocument, NoteDocument, RenameDocument])),
  );
  const supergraphSdl = composeSupergraph(subgraphs);
  allowListed = await startTestGateway({
    supergraphSdl,
    env: { GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed', GATEWAY_TRUSTED_DOCUMENTS_FILE: manifest },
  });
  off = await startTestGateway({ supergraphSdl, env: { GATEWAY_TRUSTED_DOCUMENTS: 'off' } });
});
afterAll(async () => {
  await Promise.all([allowListed?.dispose(), off?.dispose()]);
  await Promise.all(subgraphs?.map((s) => s.stop()) ?? []);
  if (dir) await rm(dir, { recursive: true, force: true });
});

const url = (gateway: TestGateway) => `${gateway.origin}/graphql`;

describe('sending', () => {
  it('sends a registered operation by its hash alone, with the language asked for', async () => {
    const wire = recordingFetch();
    const client = createClient({ url: url(allowListed), language: 'en', fetch: wire.fetch });
    const result = await client.request(PlaceDocument, { code: '03' });
    expect(result).toEqual({ ok: true, data: { place: { code: '03', name: 'Lombardy', visits: 12 } } });
    expect(wire.bodies).toHaveLength(1);
    expect(wire.bodies[0]).not.toHaveProperty('query');
    expect(wire.bodies[0]).toMatchObject({ extensions: { persistedQuery: { version: 1 } } });
  });

  it('sends the text when the gateway does not know the hash, and the hash alone once it does', async () => {
    const wire = recordingFetch();
    const client = createClient({ url: url(off), fetch: wire.fetch });
    expect(await client.request(PlaceDocument, { code: '03' })).toMatchObject({ ok: true });
    expect(wire.bodies.map((body) => 'query' in body)).toEqual([false, true]);
    expect(await client.request(PlaceDocument, { code: '03' })).toMatchObject({ ok: true });
    expect(wire.bodies.map((body) => 'query' in body)).toEqual([false, true, false]);
  });

  it('sends only the text when asked to', async () => {
    const wire = recordingFetch();
    const client = createClient({ url: url(off), send: 'text', fetch: wire.fetch });
    expect(await client.request(NoteDocument)).toMatchObject({
      ok: false,
      data: { place: { name: 'Lombardia' } },
    });
    expect(wire.bodies).toEqual([expect.objectContaining({ query: expect.stringContaining('query Note') })]);
    expect(wire.bodies[0]).not.toHaveProperty('extensions');
  });

  it('answers OPERATION_NOT_TRUSTED for an operation the gateway does not allow, by hash or by text', async () => {
    const wire = recordingFetch();
    const result = await createClient({ url: url(allowListed), fetch: wire.fetch }).request(UNREGISTERED);
    expect(result).toMatchObject({ ok: false, data: null, error: { code: 'OPERATION_NOT_TRUSTED' } });
    expect(wire.bodies).toHaveLength(2);
  });
});

describe('errors, typed by code', () => {
  const client = () => createClient({ url: url(allowListed) });

  it('BAD_USER_INPUT with every bad field', async () => {
    const result = await client().request(RenameDocument, { code: '03', name: ' ', expectedVersion: 3 });
    if (result.ok) throw new Error('expected BAD_USER_INPUT');
    expect(result.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'name',
      fields: [{ field: 'name', reason: 'must not be empty' }],
    });
  });

  it('CONFLICT with the current version', async () => {
    const result = await client().request(RenameDocument, {
      code: '03',
      name: 'Lombardia',
      expectedVersion: 1,
    });
    if (result.ok) throw new Error('expected CONFLICT');
    expect(result.error).toMatchObject({ code: 'CONFLICT', currentVersion: CURRENT_VERSION });
    expect(
      await client().request(RenameDocument, { code: '03', name: 'Lombardia', expectedVersion: 3 }),
    ).toEqual({
      ok: true,
      data: { renamePlace: { code: '03', name: 'Lombardia' } },
    });
  });

  it('FORBIDDEN next to the data the graph did answer', async () => {
    const result = await client().request(NoteDocument);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
      data: { place: { name: 'Lombardia', note: null } },
    });
  });

  it('UNAUTHENTICATED for a token the gateway refuses (the bearer token is sent)', async () => {
    const result = await createClient({ url: url(allowListed), token: 'not-a-jwt' }).request(PlaceDocument, {
      code: '03',
    });
    expect(result).toMatchObject({ ok: false, data: null, error: { code: 'UNAUTHENTICATED' } });
  });

  it('NETWORK_ERROR when no gateway answers', async () => {
    const result = await createClient({ url: 'http://127.0.0.1:9/graphql' }).request(NoteDocument);
    expect(result).toMatchObject({ ok: false, data: null, error: { code: 'NETWORK_ERROR' } });
  });

  it('covers every code of the graph: each is typed with its extensions or as a plain code', () => {
    const typed: readonly IntegraError['code'][] = [
      'BAD_USER_INPUT',
      'CONFLICT',
      'SUBGRAPH_UNAVAILABLE',
      'GRAPH_UNAVAILABLE',
      'RATE_LIMITED',
      ...PLAIN_CODES,
    ];
    expect(Object.values(ErrorCode).filter((code) => !typed.includes(code))).toEqual([]);
  });

  // Last: it stops a subgraph.
  it('SUBGRAPH_UNAVAILABLE naming the subgraph, with the other subgraphs’ data', async () => {
    await subgraphs.find((s) => s.name === 'visits')!.stop();
    const result = await client().request(PlaceDocument, { code: '03' });
    if (result.ok) throw new Error('expected SUBGRAPH_UNAVAILABLE');
    expect(result.error).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'visits',
      reason: 'unreachable',
    });
    expect(result.data).toEqual({ place: { code: '03', name: 'Lombardia', visits: null } });
  });
});
