/**
 * The entity cache: each entity a subgraph resolved through `_entities`, kept per representation
 * for as long as the subgraph's `Cache-Control` allows, so that a later entity fetch asks the
 * subgraph only for the entities the cache does not hold, and none at all when it holds them all.
 * The response cache helps a query asked again; this helps different queries that meet the same
 * entities (a product's reviews, a municipality's region).
 *
 * - What is kept: the entities of an `_entities` answer without errors whose `Cache-Control` is
 *   PUBLIC with a `max-age` above 0 (a subgraph sends `maxAge: 0, scope: PRIVATE` as soon as one
 *   requested field depends on the caller), for that many seconds. Entities resolved to null are
 *   not kept.
 * - The key: the subgraph URL, the fetch's query text (without the name Apollo derives from the
 *   client's operation name) and other variables, the language and the
 *   caller (partner, scopes, region, read from the gateway's identity assertion), the write
 *   generation (`cacheInvalidation.ts`), and the representation itself (its key fields and any
 *   `@requires` fields), hashed.
 * - The answer handed back to the gateway is the one the subgraph would give for all
 *   representations: hits and fetched entities in order, the fetched answer's other fields and
 *   extensions, error paths renumbered to the original positions, and a `Cache-Control` whose
 *   `max-age` is the least left among the entities served, so the response cache never keeps an
 *   answer longer than its parts.
 */
import { createHash } from 'node:crypto';
import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import type Keyv from 'keyv';
import { Counter, type Registry } from 'prom-client';
import { ASSERTION_HEADER } from '../../../lib/auth/assertion.js';
import {
  bufferAnswer,
  BufferedResponse,
  PlainHeaders,
  requestHeader,
  statusText,
  type BufferedAnswer,
} from '../bufferedResponse.js';
import type { GatewayPlugin } from '../plugin.js';
import type { DataStore } from '../stores.js';
import { parseCacheControl } from '../subgraphDataSource/index.js';

/** Where entities live: the data store (`stores.ts`, which namespaces the keys), entries as strings, and its write generation. */
export interface EntityStore {
  getMany(keys: readonly string[]): Promise<readonly (string | undefined)[]>;
  setMany(entries: readonly { key: string; value: string; ttlMs: number }[]): Promise<void>;
  /** The current write generation; `undefined` when it cannot be read (no cache for this fetch). */
  generation(): Promise<string | undefined>;
}

/** An entity store on a keyv (the data store's: in process or in Redis) and a generation source. */
export function keyvEntityStore(
  keyv: Keyv<string>,
  generation: () => Promise<string | undefined>,
): EntityStore {
  return {
    getMany: async (keys) => (await keyv.getMany<string>([...keys])).map((value) => value ?? undefined),
    setMany: async (entries) =>
      void (await keyv.setMany(entries.map(({ key, value, ttlMs }) => ({ key, value, ttl: ttlMs })))),
    generation,
  };
}

export interface EntityCacheEvents {
  /** Representations looked up: how many were served from the cache, how many fetched. */
  onLookup?(hits: number, misses: number): void;
}

interface EntityFetchBody {
  readonly query: string;
  readonly variables: { readonly representations: readonly unknown[] } & Readonly<Record<string, unknown>>;
  readonly [field: string]: unknown;
}

/** The JSON body of an `_entities` query fetch; anything else is `undefined` (and not cached). */
function entityFetchOf(init: FetcherRequestInit): EntityFetchBody | undefined {
  const raw = init.body;
  if (
    (init.method ?? 'POST') !== 'POST' ||
    typeof raw !== 'string' ||
    !raw.includes('_entities') ||
    !raw.includes('"representations"')
  ) {
    return undefined;
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const candidate = body as Partial<EntityFetchBody> | null;
  if (typeof candidate?.query !== 'string' || !Array.isArray(candidate.variables?.representations))
    return undefined;
  if (!/^\s*(query\b|\{)/.test(candidate.query)) return undefined;
  return candidate as EntityFetchBody;
}

/**
 * Who the fetch is for, as the subgraph will read it: the assertion's claims without the ones that
 * change with every signature (times, id) or name one person (no public answer depends on them).
 */
function callerOf(init: FetcherRequestInit): unknown {
  const assertion = requestHeader(init.headers, ASSERTION_HEADER);
  if (assertion === undefined) return requestHeader(init.headers, 'authorization') ?? null;
  try {
    const {
      sub: _sub,
      iat: _iat,
      exp: _exp,
      nbf: _nbf,
      jti: _jti,
      ...claims
    } = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    return claims;
  } catch {
    return assertion;
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The query without its name: Apollo names each fetch after the client's operation, which changes no answer. */
const unnamed = (query: string) => query.replace(/^\s*query\s+[_A-Za-z][_0-9A-Za-z]*/, 'query');

interface GraphQLAnswer {
  data?: ({ _entities?: unknown[] } & Record<string, unknown>) | null;
  errors?: { path?: (string | number)[] }[];
  [field: string]: unknown;
}

function parseAnswer(answer: BufferedAnswer): GraphQLAnswer | undefined {
  if (answer.status < 200 || answer.status >= 300) return undefined;
  try {
    const parsed = JSON.parse(answer.body) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as GraphQLAnswer)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A stored entity: when it expires (epoch ms) and the entity, as one JSON string. */
type Stored = [expiresAt: number, entity: unknown];

/** Wraps a subgraph fetcher with the entity cache. */
export function entityCacheFetcher(
  next: Fetcher,
  store: EntityStore,
  events: EntityCacheEvents = {},
): Fetcher {
  return async (url, init = {}) => {
    const body = entityFetchOf(init);
    if (!body) return next(url, init);
    const generation = await store.generation();
    if (generation === undefined) return next(url, init);
    const { representations, ...otherVariables } = body.variables;
    const prefix = `entity:${sha256(
      JSON.stringify([
        generation,
        url,
        requestHeader(init.headers, 'accept-language') ?? null,
        callerOf(init),
        unnamed(body.query),
        otherVariables,
      ]),
    )}:`;
    const keys = representations.map((representation) => prefix + sha256(JSON.stringify(representation)));
    const now = Date.now();
    const stored = await store.getMany(keys).catch(() => keys.map(() => undefined));
    const hits = stored.map((value) => {
      if (value === undefined) return undefined;
      const entry = JSON.parse(value) as Stored;
      return entry[0] > now ? entry : undefined;
    });
    const missing = hits.flatMap((hit, index) => (hit ? [] : [index]));
    events.onLookup?.(representations.length - missing.length, missing.length);

    let fetched: { answer: BufferedAnswer; parsed: GraphQLAnswer | undefined } | undefined;
    if (missing.length > 0) {
      const subset =
        missing.length === representations.length
          ? init
          : {
              ...init,
              body: JSON.stringify({
                ...body,
                variables: { ...body.variables, representations: missing.map((i) => representations[i]) },
              }),
            };
      const answer = await bufferAnswer(url, await next(url, subset));
      const parsed = parseAnswer(answer);
      const entities = parsed?.data?._entities;
      // Not an answer to merge (an HTTP error, no entity list): the gateway reads it as it is.
      if (!parsed || !Array.isArray(entities) || entities.length !== missing.length)
        return new BufferedResponse(answer);
      fetched = { answer, parsed };
      const hint = parseCacheControl(answer.headers.get('cache-control'));
      if (hint.scope !== 'PRIVATE' && hint.maxAge > 0 && !parsed.errors?.length) {
        const expiresAt = now + hint.maxAge * 1000;
        const entries = missing.flatMap((index, j) =>
          entities[j] === null || entities[j] === undefined
            ? []
            : [
                {
                  key: keys[index] as string,
                  value: JSON.stringify([expiresAt, entities[j]] satisfies Stored),
                  ttlMs: hint.maxAge * 1000,
                },
              ],
        );
        // Stored in the background: the answer does not wait for the store.
        if (entries.length > 0) void store.setMany(entries).catch(() => undefined);
      }
      if (missing.length === representations.length) return new BufferedResponse(answer);
    }

    // Some or all entities came from the cache: the answer for every representation, in order.
    const fetchedEntities = fetched?.parsed?.data?._entities ?? [];
    const merged: unknown[] = hits.map((hit) => hit?.[1]);
    missing.forEach((index, j) => (merged[index] = fetchedEntities[j]));
    const leastLeft = Math.min(...hits.flatMap((hit) => (hit ? [Math.floor((hit[0] - now) / 1000)] : [])));
    const fetchedHint = fetched ? parseCacheControl(fetched.answer.headers.get('cache-control')) : undefined;
    const maxAge = Math.max(0, Math.min(leastLeft, fetchedHint?.maxAge ?? Infinity));
    const scope = fetchedHint?.scope === 'PRIVATE' ? 'private' : 'public';
    const errors = fetched?.parsed?.errors?.map((error) =>
      error.path?.[0] === '_entities' && typeof error.path[1] === 'number'
        ? { ...error, path: ['_entities', missing[error.path[1]] ?? error.path[1], ...error.path.slice(2)] }
        : error,
    );
    const answer: GraphQLAnswer = {
      ...fetched?.parsed,
      data: { ...fetched?.parsed?.data, _entities: merged },
    };
    if (errors) answer.errors = errors;
    const headers = new PlainHeaders([
      ['content-type', 'application/json'],
      ['cache-control', `max-age=${maxAge}, ${scope}`],
    ]);
    return new BufferedResponse({
      url,
      status: 200,
      statusText: statusText(200),
      headers,
      body: JSON.stringify(answer),
    });
  };
}

export interface EntityCachePluginOptions {
  /** The data store; the entity cache is on when it has `entities` (`GATEWAY_ENTITY_CACHE`). */
  readonly store: DataStore | undefined;
  /** Where hits and misses are counted (the metrics plugin's registry). @default none */
  readonly registry?: Registry;
}

/** Puts the entity cache in front of every subgraph fetch. */
export function entityCachePlugin(options: EntityCachePluginOptions): GatewayPlugin {
  const store = options.store?.entities;
  if (!store) return { name: 'entityCache' };
  const lookups = options.registry
    ? new Counter({
        name: 'integra_gateway_entity_cache_lookups_total',
        help: 'Entity representations looked up in the entity cache, by result (hit or miss)',
        labelNames: ['result'] as const,
        registers: [options.registry],
      })
    : undefined;
  const onLookup = (hits: number, misses: number) => {
    if (hits > 0) lookups?.inc({ result: 'hit' }, hits);
    if (misses > 0) lookups?.inc({ result: 'miss' }, misses);
  };
  return {
    name: 'entityCache',
    subgraph: { wrapFetch: (next) => entityCacheFetcher(next, store, { onLookup }) },
  };
}
