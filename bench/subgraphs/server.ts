/**
 * The standard workload's subgraph host: `node:http` and graphql-js over `buildSubgraphSchema`,
 * with nothing between them (no framework, no Apollo Server), so that the gateway under test, not
 * the subgraphs, is what the benchmark measures. Documents are parsed and validated once: a
 * gateway sends the same few subgraph operations over and over. It counts what it receives (HTTP
 * requests, and the entity representations in them) for `GET /stats`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import {
  countRepresentations,
  representationSources,
  type RepresentationSources,
} from './representations.js';

/** One subgraph of the standard workload: its SDL (Federation 2) and resolvers. */
export interface BenchSubgraph {
  readonly name: string;
  readonly typeDefs: DocumentNode;
  readonly resolvers: GraphQLResolverMap<unknown>;
}

interface GraphQLRequestBody {
  readonly query?: unknown;
  readonly variables?: unknown;
  readonly operationName?: unknown;
}

/** Most distinct documents kept parsed; a gateway sends a handful. */
const MAX_CACHED_DOCUMENTS = 500;

/**
 * What a successful answer says about caching: the workload's data never changes, so any cache
 * may keep it for a minute. Gateways without a response cache ignore it.
 */
const CACHE_CONTROL = 'max-age=60, public';

function send(res: http.ServerResponse, status: number, result: unknown): void {
  const body = JSON.stringify(result);
  const failed = (r: unknown) => (r as { errors?: unknown } | null)?.errors !== undefined;
  const cacheable = status === 200 && !(Array.isArray(result) ? result.some(failed) : failed(result));
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...(cacheable ? { 'cache-control': CACHE_CONTROL } : {}),
  });
  res.end(body);
}

/** A parsed and valid document with where its `_entities` fields take representations from, or why the query is refused. */
type CachedDocument =
  | { readonly document: DocumentNode; readonly sources: Map<string, RepresentationSources> }
  | { readonly errors: readonly GraphQLError[] };

function documentCache(schema: GraphQLSchema) {
  const cache = new Map<string, CachedDocument>();
  return (query: string): CachedDocument => {
    const cached = cache.get(query);
    if (cached) return cached;
    let entry: CachedDocument;
    try {
      const document = parse(query);
      const errors = validate(schema, document);
      entry = errors.length > 0 ? { errors } : { document, sources: new Map() };
    } catch (error) {
      entry = { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
    }
    if (cache.size >= MAX_CACHED_DOCUMENTS) cache.clear();
    cache.set(query, entry);
    return entry;
  };
}

/** The representation sources of one operation of a cached document, worked out on first use. */
function sourcesOf(
  entry: { readonly document: DocumentNode; readonly sources: Map<string, RepresentationSources> },
  operationName: string | undefined,
): RepresentationSources {
  const key = operationName ?? '';
  let sources = entry.sources.get(key);
  if (!sources) {
    sources = representationSources(entry.document, operationName);
    entry.sources.set(key, sources);
  }
  return sources;
}

/** What the subgraph has received so far (`GET /stats`). */
export interface SubgraphStats {
  /** HTTP requests on /graphql (a batch, a JSON array of operations, is one). */
  readonly requests: number;
  /** Entity representations in them: every `_entities` field of every operation (see representations.ts). */
  readonly representations: number;
}

/**
 * Builds the subgraph's HTTP server without listening: `POST /graphql` (one operation, or a JSON
 * array of them), and `GET /stats` with what it has received so far (`SubgraphStats`: the
 * benchmark compares what each gateway asks of the subgraphs).
 */
export function createSubgraphServer(subgraph: BenchSubgraph): http.Server {
  const schema = buildSubgraphSchema({ typeDefs: subgraph.typeDefs, resolvers: subgraph.resolvers });
  const documentOf = documentCache(schema);
  const stats = { requests: 0, representations: 0 };

  /** One operation's result, its representations counted; a refused one is a result with errors. */
  const run = async (request: GraphQLRequestBody): Promise<{ status: number; result: unknown }> => {
    if (typeof request !== 'object' || request === null || typeof request.query !== 'string') {
      return { status: 400, result: { errors: [{ message: 'No query' }] } };
    }
    const entry = documentOf(request.query);
    if (!('document' in entry)) return { status: 400, result: entry };
    const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
    stats.representations += countRepresentations(sourcesOf(entry, operationName), request.variables);
    const result = await execute({
      schema,
      document: entry.document,
      variableValues: (request.variables ?? undefined) as Record<string, unknown> | undefined,
      operationName,
    });
    return { status: 200, result };
  };

  const handle = async (raw: string, res: http.ServerResponse) => {
    let body: GraphQLRequestBody | readonly GraphQLRequestBody[];
    try {
      body = JSON.parse(raw) as GraphQLRequestBody | readonly GraphQLRequestBody[];
    } catch {
      send(res, 400, { errors: [{ message: 'The body is not JSON' }] });
      return;
    }
    if (Array.isArray(body)) {
      const answers = await Promise.all(body.map(run));
      send(
        res,
        200,
        answers.map((a) => a.result),
      );
      return;
    }
    const { status, result } = await run(body as GraphQLRequestBody);
    send(res, status, result);
  };

  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/stats') {
      send(res, 200, stats satisfies SubgraphStats);
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { errors: [{ message: 'POST a GraphQL request to /graphql' }] });
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      stats.requests++;
      handle(Buffer.concat(chunks).toString('utf8'), res).catch((error: unknown) => {
        send(res, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
      });
    });
  });
  // Longer than the gateways' keep-alive, so pooled connections are not cut under their feet.
  server.keepAliveTimeout = 65_000;
  return server;
}

/** Starts the subgraph on `port` (0: any free port); resolves with its GraphQL URL. */
export async function serveSubgraph(
  subgraph: BenchSubgraph,
  port: number,
  host = '127.0.0.1',
): Promise<{ url: string; server: http.Server }> {
  const server = createSubgraphServer(subgraph);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { url: `http://${host}:${address.port}/graphql`, server };
}
