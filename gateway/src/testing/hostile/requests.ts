/**
 * Whole HTTP requests for the hostile-input test: a GraphQL request (a generated or hostile
 * document, its variables, operationName and extensions, each possibly of the wrong type) sent as a
 * POST body or a GET query string, or a body that is no GraphQL request at all; with headers from
 * the expected to the absurd (content types and encodings, bearer tokens good, bad and forged,
 * languages, very long values), other methods and paths.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { documentArbitrary, hostileDocuments, type GeneratedDocument } from './documents.js';
import { headersArbitrary, headerValue } from './headers.js';
import { anyJsonText, variablesFor, weighted } from './values.js';

/** The gateways under test: development defaults, development with batching, production. */
export const GATEWAY_NAMES = ['development', 'batching', 'production'] as const;
export type GatewayName = (typeof GATEWAY_NAMES)[number];

export interface HostileRequest {
  readonly gateway: GatewayName;
  readonly method: string;
  /** Path and query string, starting with `/graphql`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** What the requests are made of that must be prepared first (tokens are signed asynchronously). */
export interface Fixtures {
  /** Bearer tokens each gateway accepts: with and without the scopes the schema asks for. */
  readonly goodTokens: Readonly<Record<GatewayName, readonly string[]>>;
  /** Signed tokens every gateway refuses: expired, another issuer, audience or key, bad claims. */
  readonly badTokens: readonly string[];
  /** The production gateway's trusted documents. */
  readonly trusted: readonly GeneratedDocument[];
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
// Built once: building a `stringMatching` arbitrary costs milliseconds, sampling it almost nothing.
const randomHash = fc.stringMatching(/^[0-9a-f]{64}$/);

/** The fields of a GraphQL request, each a JSON text (so they can be of any type, or absurdly nested). */
interface RequestFields {
  readonly query?: string;
  readonly variables?: string;
  readonly operationName?: string;
  readonly extensions?: string;
  readonly extra: readonly (readonly [string, string])[];
}

const json = (value: unknown): string => JSON.stringify(value);

function extensionsFor(query: string | undefined, fixtures: Fixtures): Arbitrary<string> {
  const hash = fc.oneof(
    weighted(query === undefined ? 0 : 4, fc.constant(sha256(query ?? ''))),
    weighted(2, fc.constantFrom(...fixtures.trusted.map((d) => sha256(d.text)))),
    weighted(2, randomHash),
    weighted(
      1,
      fc.oneof(
        fc.constantFrom('', 'not-a-hash', 'A'.repeat(64), 'x'.repeat(10_000)),
        fc.string({ unit: 'binary', maxLength: 70 }),
      ),
    ),
  );
  const persistedQuery = fc.oneof(
    weighted(
      6,
      hash.map((sha256Hash) => json({ version: 1, sha256Hash })),
    ),
    weighted(
      1,
      fc
        .tuple(hash, fc.jsonValue({ maxDepth: 1 }))
        .map(([sha256Hash, version]) => json({ version, sha256Hash })),
    ),
    weighted(
      1,
      fc.jsonValue({ maxDepth: 1 }).map((sha256Hash) => json({ version: 1, sha256Hash })),
    ),
    weighted(
      1,
      fc.constantFrom('"x"', '1', '[]', 'null', '{}', 'true', '{"version":1}', '{"sha256Hash":null}'),
    ),
  );
  return fc.oneof(
    weighted(
      4,
      persistedQuery.map((pq) => `{"persistedQuery":${pq}}`),
    ),
    weighted(
      1,
      fc.constantFrom(
        '{}',
        '{"clientLibrary":{"name":"x"}}',
        '{"persistedQuery":{"version":1},"persistedQuery":7}',
      ),
    ),
    weighted(1, anyJsonText),
  );
}

/** Request fields around a document: mostly right, sometimes of the wrong type or missing. */
function fieldsFor(
  document: GeneratedDocument,
  query: string,
  fixtures: Fixtures,
  odd: boolean,
): Arbitrary<RequestFields> {
  const rare = odd ? 2 : 12;
  const names = document.operationNames.map((n) => (n === undefined ? 'null' : json(n)));
  return fc.record({
    query: fc.oneof(
      weighted(rare * 2, fc.constant(json(query))),
      weighted(1, fc.constant(undefined)),
      weighted(1, anyJsonText),
    ),
    variables: fc.oneof(
      weighted(rare, variablesFor(document.variables)),
      weighted(2, fc.constant(undefined)),
      weighted(1, fc.oneof(anyJsonText, fc.constantFrom('null', '"{}"', '[]', '{"id":{"id":{"id":1}}}'))),
    ),
    operationName: fc.oneof(
      weighted(rare, fc.constantFrom(...names)),
      weighted(2, fc.constant(undefined)),
      weighted(
        1,
        fc.oneof(fc.constantFrom('"Nope"', '""', '42', '["A"]', '{"name":"A"}', 'true'), anyJsonText),
      ),
    ),
    extensions: fc.oneof(
      weighted(rare, fc.constant(undefined)),
      weighted(odd ? 3 : 1, extensionsFor(query, fixtures)),
    ),
    extra: fc.array(
      fc.tuple(
        fc.constantFrom('__proto__', 'constructor', 'id', 'documentId', 'query', 'variables', 'http'),
        anyJsonText,
      ),
      {
        maxLength: odd ? 2 : 0,
      },
    ),
  });
}

const objectText = (fields: RequestFields): string => {
  const entries: (readonly [string, string | undefined])[] = [
    ['query', fields.query],
    ['variables', fields.variables],
    ['operationName', fields.operationName],
    ['extensions', fields.extensions],
    ...fields.extra,
  ];
  return `{${entries.flatMap(([k, v]) => (v === undefined ? [] : [`${json(k)}:${v}`])).join(',')}}`;
};

/** The GET form of the fields: a JSON string stays a string, anything else is sent as its text. */
function searchOf(fields: RequestFields): string {
  const params = new URLSearchParams();
  const asParam = (text: string) => (text.startsWith('"') ? String(JSON.parse(text)) : text);
  if (fields.query !== undefined) params.append('query', asParam(fields.query));
  if (fields.variables !== undefined) params.append('variables', fields.variables);
  if (fields.operationName !== undefined) params.append('operationName', asParam(fields.operationName));
  if (fields.extensions !== undefined) params.append('extensions', fields.extensions);
  for (const [k, v] of fields.extra) params.append(k, v);
  return `?${params.toString()}`;
}

/** A body that is not one GraphQL request object, with the headers it needs (content-encoding). */
function malformedBody(
  request: Arbitrary<string>,
): Arbitrary<{ body: string | Buffer; headers?: Record<string, string> }> {
  const text = (arbitrary: Arbitrary<string>) => arbitrary.map((body) => ({ body }));
  const compress = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync } as const;
  return fc.oneof(
    text(fc.string({ unit: 'binary', maxLength: 300 })),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ body: Buffer.from(bytes) })),
    text(request.chain((r) => fc.nat({ max: r.length }).map((cut) => r.slice(0, cut)))),
    text(request.map((r) => `\uFEFF${r}`)),
    text(request.map((r) => `${r}garbage`)),
    text(fc.array(fc.oneof(request, anyJsonText), { maxLength: 4 }).map((items) => `[${items.join(',')}]`)),
    text(
      fc.constantFrom(
        '[]',
        '[[]]',
        '[null]',
        '[1,2]',
        '42',
        '"query"',
        'null',
        'true',
        '-0',
        '1e400',
        '{}',
        '',
        ' ',
        '\u0000',
        '{"query":"{ __typename }",}',
      ),
    ),
    text(anyJsonText),
    text(
      fc
        .integer({ min: 1_048_577, max: 1_200_000 })
        .map((n) => `{"query":"{ __typename }","padding":"${'x'.repeat(n)}"}`),
    ),
    fc
      .tuple(request, fc.constantFrom('gzip', 'deflate', 'br'), fc.boolean())
      .map(([r, encoding, honest]) => ({
        body: honest ? compress[encoding](r) : Buffer.from(r),
        headers: { 'content-encoding': encoding },
      })),
    fc
      .tuple(
        request,
        fc.oneof(
          fc.constantFrom('identity', 'GZIP', 'zstd', 'compress', 'gzip, br', 'x-unknown'),
          headerValue(20),
        ),
      )
      .map(([r, encoding]) => ({ body: r, headers: { 'content-encoding': encoding } })),
    text(
      fc
        .integer({ min: 1, max: 300 })
        .map(
          (n) => `{"query":"{ __typename }","variables":${'{"a":'.repeat(n * 100)}1${'}'.repeat(n * 100)}}`,
        ),
    ),
  );
}

const methods = (hostile: boolean): Arbitrary<string> =>
  fc.oneof(
    weighted(hostile ? 4 : 13, fc.constant('POST')),
    weighted(hostile ? 3 : 6, fc.constant('GET')),
    weighted(1, fc.constantFrom('PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD')),
  );
const pathSuffix = (hostile: boolean): Arbitrary<string> =>
  hostile ? fc.constantFrom('', '', '', '/', '/x', '/%00', '/..%2f') : fc.constant('');

export interface RequestMix {
  /** Where the `query` comes from. */
  readonly documents: 'schema' | 'hostile';
  /** Bodies that are not one GraphQL request object (not JSON, arrays, scalars, compressed, too large). */
  readonly malformedBodies: boolean;
  /** Odd headers, methods and paths are likely, not rare. */
  readonly hostileHeaders: boolean;
}

/** Requests of one mix, to any of the gateways. */
export function hostileRequests(fixtures: Fixtures, mix: RequestMix): Arbitrary<HostileRequest> {
  const document = documentArbitrary();
  const hostileText = hostileDocuments(document);
  const trusted = fc.constantFrom(...fixtures.trusted);
  // Odd field types are part of malformed bodies; with hostile documents, the document is the point.
  const oddFields = mix.hostileHeaders || mix.malformedBodies;

  return fc.constantFrom(...GATEWAY_NAMES).chain((gateway) => {
    const source =
      gateway === 'production'
        ? fc.oneof(weighted(3, trusted), weighted(1, document))
        : fc.oneof(weighted(8, document), weighted(1, trusted));
    const fields = source.chain((doc) =>
      (mix.documents === 'hostile' ? hostileText : fc.constant(doc.text)).chain((query) =>
        fieldsFor(doc, query, fixtures, oddFields),
      ),
    );
    return fc
      .record({
        method: methods(mix.hostileHeaders),
        suffix: pathSuffix(mix.hostileHeaders),
        fields,
        malformed: mix.malformedBodies ? malformedBody(fields.map(objectText)) : fc.constant(undefined),
        postSearch: mix.hostileHeaders
          ? fc.option(fields.map(searchOf), { nil: '', freq: 4 })
          : fc.constant(''),
      })
      .chain(({ method, suffix, fields: f, malformed, postSearch }) => {
        const bodyless = method === 'GET' || method === 'HEAD';
        return headersArbitrary(fixtures, gateway, mix.hostileHeaders, !bodyless).map((headers) => {
          const request: HostileRequest = {
            gateway,
            method,
            path: `/graphql${suffix}${bodyless ? searchOf(f) : postSearch}`,
            headers: { ...headers, ...(bodyless ? {} : malformed?.headers) },
            body: bodyless ? undefined : (malformed?.body ?? objectText(f)),
          };
          // fast-check prints counterexamples with this: readable, long values cut.
          return Object.assign(request, { [fc.toStringMethod]: () => describeRequest(request) });
        });
      });
  });
}

/** A request, readable in a failure message (long values cut). */
export function describeRequest(request: HostileRequest): string {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}... (${s.length} chars)` : s);
  const body =
    request.body === undefined
      ? '(none)'
      : typeof request.body === 'string'
        ? json(cut(request.body, 600))
        : `<${request.body.length} bytes> ${request.body.subarray(0, 200).toString('hex')}`;
  const headers = Object.entries(request.headers).map(([k, v]) => `  ${k}: ${json(cut(v, 300))}`);
  return [
    `${request.method} ${cut(request.path, 600)} (gateway: ${request.gateway})`,
    ...headers,
    `  body: ${body}`,
  ].join('\n');
}
