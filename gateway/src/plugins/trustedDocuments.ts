/**
 * Trusted documents: in `allow-listed` mode the gateway runs only the operations of a manifest
 * (`npm run codegen` writes the typed client's to clients/__generated__/persisted-documents.json,
 * sha256 hash -> text). A client sends a registered operation by hash, through the APQ extension
 * (`extensions.persistedQuery.sha256Hash`, no `query` needed), or by its text; anything else is
 * refused with HTTP 400 before Apollo Server sees it: an unknown hash with
 * `PERSISTED_QUERY_NOT_FOUND`, a text that is not registered with `OPERATION_NOT_TRUSTED`.
 * (An Apollo Server plugin cannot refuse this early: what `requestDidStart` throws is a 500.)
 * In `off` mode every valid operation runs (automatic persisted queries as usual).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { parse, print } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '../../../lib/errors.js';
import type { TrustedDocumentsConfig } from '../config.js';
import type { GatewayPlugin } from '../plugin.js';

export type TrustedDocumentsPluginOptions = TrustedDocumentsConfig & {
  /** Tokens a text may have when it is normalised to be looked up (parsing stops there). @default 1000 */
  readonly maxTokens?: number;
};

/** Hash -> document text. */
export type Manifest = ReadonlyMap<string, string>;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Reads a manifest file; throws naming the file when it is not a JSON object of hash -> text. */
export function loadManifest(file: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Trusted documents manifest ${file} cannot be read: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`Trusted documents manifest ${file} is not a JSON object of sha256 hash -> document`);
  }
  const manifest = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    if (typeof text !== 'string' || sha256(text) !== hash) {
      throw new Error(`Trusted documents manifest ${file}: entry ${hash} is not the sha256 of its document`);
    }
    manifest.set(hash, text);
  }
  return manifest;
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

/** The APQ hash of a request's `extensions`, when it has one. */
function hashOf(extensions: unknown): string | undefined {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/**
 * What to do with one GraphQL request: run the manifest's text for a registered hash, let a
 * registered text through, refuse anything else. Malformed requests (no query, a query that is
 * not a string) are left to Apollo Server, which answers them with its own 400.
 */
function decide(manifest: Manifest, maxTokens: number, query: unknown, extensions: unknown): { query: string } | Refusal | undefined {
  const hash = hashOf(extensions);
  if (hash !== undefined && query === undefined) {
    const text = manifest.get(hash);
    if (text !== undefined) return { query: text }; // Apollo Server checks it against the hash and runs it
    return {
      code: ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
      message: `No registered operation has the hash ${hash}: this gateway runs only the client's registered operations (trusted documents).`,
    };
  }
  if (typeof query !== 'string' || isRegistered(manifest, query, maxTokens)) return undefined;
  return {
    code: ErrorCode.OPERATION_NOT_TRUSTED,
    message: 'This operation is not registered: this gateway runs only the operations of its trusted documents manifest.',
  };
}

type GraphQLBody = { query?: unknown; extensions?: unknown };

/**
 * Express middleware on `/graphql`, after the body is parsed: it sees POST bodies (one operation,
 * or a batch) and GET query strings before Apollo Server does, so a refused operation is never
 * parsed, validated or planned, and a hash becomes the registered text Apollo Server then runs.
 */
function allowList(manifest: Manifest, maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const refuse = (refusal: Refusal): void => {
      res.status(400).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
    };
    if (req.method === 'GET') {
      const url = new URL(req.url, 'http://gateway');
      let extensions: unknown;
      try {
        extensions = JSON.parse(url.searchParams.get('extensions') ?? 'null');
      } catch {
        return next(); // Apollo Server refuses malformed extensions itself
      }
      const outcome = decide(manifest, maxTokens, url.searchParams.get('query') ?? undefined, extensions);
      if (outcome && 'code' in outcome) return refuse(outcome);
      if (outcome) {
        url.searchParams.set('query', outcome.query);
        req.url = `${url.pathname}${url.search}`;
      }
      return next();
    }
    const body: unknown = req.body;
    const requests = (Array.isArray(body) ? body : [body]).filter((r): r is GraphQLBody => typeof r === 'object' && r !== null);
    for (const request of requests) {
      const outcome = decide(manifest, maxTokens, request.query, request.extensions);
      if (outcome && 'code' in outcome) return refuse(outcome);
      if (outcome) request.query = outcome.query;
    }
    next();
  };
}

export function trustedDocumentsPlugin(options: TrustedDocumentsPluginOptions): GatewayPlugin {
  if (options.mode === 'off') return { name: 'trustedDocuments' };
  return { name: 'trustedDocuments', middleware: [allowList(loadManifest(options.manifestPath), options.maxTokens ?? 1000)] };
}
