/**
 * The standard workload's subgraph host: `node:http` and graphql-js over `buildSubgraphSchema`,
 * with nothing between them (no framework, no Apollo Server), so that the gateway under test, not
 * the subgraphs, is what the benchmark measures. Documents are parsed and validated once: a
 * gateway sends the same few subgraph operations over and over.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';

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
  const cacheable = status === 200 && !(result as { errors?: unknown }).errors;
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...(cacheable ? { 'cache-control': CACHE_CONTROL } : {}),
  });
  res.end(body);
}

/** A parsed and valid document, or why the query is refused. */
type CachedDocument = DocumentNode | { readonly errors: readonly GraphQLError[] };

function documentCache(schema: GraphQLSchema) {
  const cache = new Map<string, CachedDocument>();
  return (query: string): CachedDocument => {
    const cached = cache.get(query);
    if (cached) return cached;
    let entry: CachedDocument;
    try {
      const document = parse(query);
      const errors = validate(schema, document);
      entry = errors.length > 0 ? { errors } : document;
    } catch (error) {
      entry = { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
    }
    if (cache.size >= MAX_CACHED_DOCUMENTS) cache.clear();
    cache.set(query, entry);
    return entry;
  };
}

function isDocument(entry: CachedDocument): entry is DocumentNode {
  return 'kind' in entry;
}

/**
 * Builds the subgraph's HTTP server without listening: `POST /graphql`, and `GET /stats` with the
 * number of GraphQL requests served so far (the benchmark checks that every gateway sends the same).
 */
export function createSubgraphServer(subgraph: BenchSubgraph): http.Server {
  const schema = buildSubgraphSchema({ typeDefs: subgraph.typeDefs, resolvers: subgraph.resolvers });
  const documentOf = documentCache(schema);
  let requests = 0;

  const handle = async (raw: string, res: http.ServerResponse) => {
    let request: GraphQLRequestBody;
    try {
      request = JSON.parse(raw) as GraphQLRequestBody;
    } catch {
      send(res, 400, { errors: [{ message: 'The body is not JSON' }] });
      return;
    }
    if (typeof request.query !== 'string') {
      send(res, 400, { errors: [{ message: 'No query' }] });
      return;
    }
    const entry = documentOf(request.query);
    if (!isDocument(entry)) {
      send(res, 400, entry);
      return;
    }
    const result = await execute({
      schema,
      document: entry,
      variableValues: (request.variables ?? undefined) as Record<string, unknown> | undefined,
      operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
    });
    send(res, 200, result);
  };

  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/stats') {
      send(res, 200, { requests });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { errors: [{ message: 'POST a GraphQL request to /graphql' }] });
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests++;
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
