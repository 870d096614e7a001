/**
 * Trusted documents: in `allow-listed` mode the gateway runs only the operations of a manifest
 * (`npm run codegen` writes the typed client's to clients/__generated__/persisted-documents.json,
 * sha256 hash -> text). A client sends a registered operation by hash, through the APQ extension
 * (`extensions.persistedQuery.sha256Hash`, no `query` needed), or by its text; anything else is
 * refused with HTTP 400 before Apollo Server sees it: an unknown hash with
 * `PERSISTED_QUERY_NOT_FOUND`, a text that is not registered with `OPERATION_NOT_TRUSTED`.
 * (An Apollo Server plugin cannot refuse this early: what `requestDidStart` throws is a 500.)
 * In this mode only the manifest decides what runs: Apollo Server's automatic persisted queries
 * are off, so a hash is never looked up in the persisted-query store, which gateways with trusted
 * documents off may share (Redis) and fill with whatever their clients send.
 * With the supergraph from the registry, the operations clients registered there
 * (`GET /api/trusted-documents`, checked against the schema when registered) are trusted too,
 * read at start and polled with the supergraph's interval; a registry that does not answer leaves
 * the list last read. Both lists feed one lookup.
 * In `off` mode every valid operation runs (automatic persisted queries as usual, each registered
 * query kept `apqTtlSeconds`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { parse, print } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '../../../lib/errors.js';
import { silentLogger, type Logger } from '../../../lib/log.js';
import type { TrustedDocumentsConfig } from '../config.js';
import { followRegistryDocument } from '../supergraph/registryFollower.js';
import type { GatewayPlugin } from '../plugin.js';
import { getRequest, persistedQueryOf, type GraphQLRequestShape } from './requestBody.js';

export type TrustedDocumentsPluginOptions = TrustedDocumentsConfig & {
  /** Tokens a text may have when it is normalised to be looked up (parsing stops there). @default 1000 */
  readonly maxTokens?: number;
  /** In `off` mode, how long an automatic persisted query stays registered, in seconds. @default 86400 */
  readonly apqTtlSeconds?: number;
  /** The gateway's assertion for the registry, sent when reading its trusted list. @default none */
  readonly registryAssertion?: () => Promise<string>;
  /** Where a registry that does not answer is reported. @default silent */
  readonly log?: Logger;
  /** The list to enforce, shared with its other readers (the explorer); its owner disposes it. @default built here */
  readonly list?: TrustedList;
};

/** Hash -> document text. */
export type Manifest = ReadonlyMap<string, string>;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A parsed manifest (file or registry, named by `source`); throws when it is not a JSON object of hash -> text. */
export function manifestOf(parsed: unknown, source: string): Manifest {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`Trusted documents manifest ${source} is not a JSON object of sha256 hash -> document`);
  }
  const manifest = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    // Whoever wrote the list, a hash can only name its own text: no text rides on another's hash.
    if (typeof text !== 'string' || sha256(text) !== hash) {
      throw new Error(
        `Trusted documents manifest ${source}: entry ${hash} is not the sha256 of its document`,
      );
    }
    manifest.set(hash, text);
  }
  return manifest;
}

/** Reads a manifest file; throws naming the file when it is not a JSON object of hash -> text. */
export function loadManifest(file: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Trusted documents manifest ${file} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return manifestOf(parsed, file);
}

/** A refusal, as the gateway's other pre-GraphQL refusals answer: HTTP 400, JSON, a code. */
interface Refusal {
  readonly code: string;
  readonly message: string;
}

/** The text's hash when it is registered as sent, or once normalised by `print(parse(text))`. */
function isRegistered(manifest: Manifest, text: string, maxTokens: number): boolean {
  if (manifest.has(sha256(text))) return true;
  try {
    return manifest.has(sha256(print(parse(text, { noLocation: true, maxTokens }))));
  } catch {
    return false; // a document that does not parse is not registered either
  }
}

/** The request as it may run: `query` the registered text, no persisted-query extension left. */
type Decision =
  { readonly query: string | undefined; readonly extensions: Record<string, unknown> | undefined } | Refusal;

/**
 * What to do with one GraphQL request (its shape already checked by the request body plugin): a
 * registered hash runs the manifest's text, a registered text runs, anything else is refused. The
 * persisted-query extension is consumed here: Apollo Server's own persisted queries are off in this
 * mode, so no store shared with other gateways can decide what runs.
 */
function decide(manifest: Manifest, maxTokens: number, request: GraphQLRequestShape): Decision {
  const hash = persistedQueryOf(request)?.sha256Hash;
  const { persistedQuery: _consumed, ...rest } = request.extensions ?? {};
  const extensions = request.extensions && Object.keys(rest).length > 0 ? rest : undefined;
  if (request.query === undefined) {
    if (hash === undefined) return { query: undefined, extensions }; // Apollo Server refuses a request without an operation
    const text = manifest.get(hash);
    if (text !== undefined) return { query: text, extensions };
    return {
      code: ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
      message: `No registered operation has the hash ${hash}: this gateway runs only the client's registered operations (trusted documents).`,
    };
  }
  if (!isRegistered(manifest, request.query, maxTokens)) {
    return {
      code: ErrorCode.OPERATION_NOT_TRUSTED,
      message:
        'This operation is not registered: this gateway runs only the operations of its trusted documents manifest.',
    };
  }
  // Apollo Server's own words for the same mistake when trusted documents are off.
  if (hash !== undefined && sha256(request.query) !== hash)
    return { code: ErrorCode.BAD_REQUEST, message: 'provided sha does not match query' };
  return { query: request.query, extensions };
}

/**
 * Express middleware on `/graphql`, after the request body plugin parsed and checked the request:
 * it sees POST bodies (one operation, or a batch) and GET query strings before Apollo Server does,
 * so a refused operation is never parsed, validated or planned, and a hash becomes the registered
 * text Apollo Server then runs. One refused operation refuses its whole batch.
 */
function allowList(documents: () => Manifest, maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const manifest = documents();
    const refuse = (refusal: Refusal): void => {
      res.status(400).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
    };
    if (req.method === 'GET') {
      const got = getRequest(req);
      if ('error' in got) return next(); // the request body plugin refused it already
      const url = new URL(req.url, 'http://gateway');
      const outcome = decide(manifest, maxTokens, got.request);
      if ('code' in outcome) return refuse(outcome);
      if (outcome.query !== undefined) url.searchParams.set('query', outcome.query);
      if (outcome.extensions) url.searchParams.set('extensions', JSON.stringify(outcome.extensions));
      else url.searchParams.delete('extensions');
      req.url = `${url.pathname}${url.search}`;
      return next();
    }
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null) return next(); // no JSON body: refused further on
    const requests = (Array.isArray(body) ? body : [body]) as Record<string, unknown>[];
    const outcomes: Exclude<Decision, Refusal>[] = [];
    for (const request of requests) {
      const outcome = decide(manifest, maxTokens, request);
      if ('code' in outcome) return refuse(outcome);
      outcomes.push(outcome);
    }
    requests.forEach((request, i) => {
      const { query, extensions } = outcomes[i]!;
      if (query !== undefined) request['query'] = query;
      if (extensions) request['extensions'] = extensions;
      else delete request['extensions'];
    });
    next();
  };
}

export function trustedDocumentsPlugin(options: TrustedDocumentsPluginOptions): GatewayPlugin {
  if (options.mode === 'off') {
    // Registered queries expire, so the store holds what clients use lately, not all they ever sent.
    return {
      name: 'trustedDocuments',
      server: { persistedQueries: { ttl: options.apqTtlSeconds ?? 86_400 } },
    };
  }
  const list = options.list ?? trustedList(options);
  return {
    name: 'trustedDocuments',
    middleware: [allowList(list.current, options.maxTokens ?? 1000)],
    // Only the lists decide: Apollo Server's persisted queries (and their store, which other
    // gateways may share and fill) are off, and a request still carrying the extension is refused.
    server: { persistedQueries: false },
    ...(options.list ? {} : { dispose: list.dispose }),
  };
}

/** The operations an allow-listed gateway runs, as they are now; the one list every reader shares. */
export interface TrustedList {
  readonly current: () => Manifest;
  readonly dispose: () => Promise<void>;
}

/** The manifest file, and with a registry the operations clients registered there, followed. */
export function trustedList(
  options: Extract<TrustedDocumentsConfig, { mode: 'allow-listed' }> &
    Pick<TrustedDocumentsPluginOptions, 'registryAssertion' | 'log'>,
): TrustedList {
  const manifest = loadManifest(options.manifestPath);
  let trusted: Manifest = manifest;
  const { registry } = options;
  const follower =
    registry &&
    followRegistryDocument({
      registryUrl: registry.url,
      path: '/api/trusted-documents',
      pollIntervalMs: registry.pollIntervalMs,
      assertion: options.registryAssertion,
      log: options.log ?? silentLogger(),
      // Swapped whole, so a request sees one list or the next, never a half-built one.
      onChange: (body) => {
        trusted = new Map([...manifest, ...manifestOf(body, `at ${registry.url}`)]);
      },
    });
  return { current: () => trusted, dispose: async () => follower?.dispose() };
}
