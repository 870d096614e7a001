/**
 * Test support for the gateway's tests: tiny real subgraphs (Apollo Server over
 * `buildSubgraphSchema`) on free ports, composed into a supergraph file, and the real gateway in
 * front of them. Each test file brings its own SDL; everything started here is stopped by `dispose`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocumentNode } from 'graphql';
import { gql } from 'graphql-tag';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { composeServices } from '@apollo/composition';
import { exportJWK, generateKeyPair } from 'jose';
import { silentLogger, type Logger } from '../../../lib/log.js';
import { parseConfig } from '../config.js';
import { createGateway, type Gateway } from '../createGateway.js';
import { createSubgraphFetcher } from '../fetcher.js';

/** What a test subgraph's resolvers receive as context: the headers the gateway sent. */
export interface TestSubgraphContext {
  readonly headers: IncomingHttpHeaders;
}

export interface TestSubgraphDefinition {
  readonly name: string;
  readonly typeDefs: DocumentNode;
  readonly resolvers: GraphQLResolverMap<TestSubgraphContext>;
}

export interface TestSubgraph {
  readonly name: string;
  readonly typeDefs: DocumentNode;
  readonly url: string;
  /** Stops the subgraph: its port then refuses connections. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startSubgraph(definition: TestSubgraphDefinition): Promise<TestSubgraph> {
  const server = new ApolloServer<TestSubgraphContext>({
    // Apollo types resolver maps with an `unknown` context; ours is the context built below.
    schema: buildSubgraphSchema({
      typeDefs: definition.typeDefs,
      resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
    }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ headers: req.headers }),
  });
  let stopped = false;
  return {
    name: definition.name,
    typeDefs: definition.typeDefs,
    url: new URL('/graphql', url).toString(),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** Composes subgraphs into a supergraph SDL whose routing URLs are `urls[name]` or the subgraph's own. */
export function composeSupergraph(
  subgraphs: readonly TestSubgraph[],
  urls: Readonly<Record<string, string>> = {},
): string {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, typeDefs: s.typeDefs, url: urls[s.name] ?? s.url })),
  );
  if (result.errors) throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}

/** A supergraph written to a temporary file, as the gateway reads it in production. */
export async function writeSupergraphFile(sdl: string): Promise<{ path: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'integra-gateway-test-'));
  const file = path.join(dir, 'supergraph.graphql');
  await writeFile(file, sdl);
  return { path: file, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

export interface TestGateway {
  readonly gateway: Gateway;
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** POSTs a GraphQL request body to `/graphql`. */
  post<T = Record<string, unknown>>(
    body: object,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Sends `query` (and `variables`) to `/graphql`. */
  query<T = Record<string, unknown>>(
    query: string,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  dispose(): Promise<void>;
}

export interface StartTestGatewayOptions {
  /** The supergraph SDL to serve (written to a temporary file); ignored with `registryUrl`. */
  readonly supergraphSdl: string;
  /** Take the supergraph from this registry instead (`--registry URL`). */
  readonly registryUrl?: string;
  /**
   * Environment the configuration is parsed from (e.g. `NODE_ENV`, `SERVICES_URL`, `REDIS_URL`).
   * With `NODE_ENV=production` and no `GATEWAY_JWKS_*`, an empty JWKS file is used (every token
   * refused); without `GATEWAY_ASSERTION_KEY_FILE`, a freshly generated assertion key.
   * @default {}
   */
  readonly env?: Readonly<Record<string, string>>;
  /** Adds Node's process metrics to `/metrics`. @default false */
  readonly processMetrics?: boolean;
  /** Where the gateway logs. @default nowhere */
  readonly log?: Logger;
}

/** The real gateway, configured through `parseConfig`, listening on a free port. */
export async function startTestGateway(options: StartTestGatewayOptions): Promise<TestGateway> {
  const file = await writeSupergraphFile(options.supergraphSdl);
  const env = { ...options.env };
  // Production refuses the development keys: unless the test names a JWKS, trust no key at all.
  if (env['NODE_ENV'] === 'production' && !env['GATEWAY_JWKS_URL'] && !env['GATEWAY_JWKS_FILE']) {
    env['GATEWAY_JWKS_FILE'] = path.join(path.dirname(file.path), 'jwks.json');
    await writeFile(env['GATEWAY_JWKS_FILE'], JSON.stringify({ keys: [] }));
  }
  if (env['NODE_ENV'] === 'production' && !env['GATEWAY_ASSERTION_KEY_FILE']) {
    env['GATEWAY_ASSERTION_KEY_FILE'] = path.join(path.dirname(file.path), 'assertion-key.jwk.json');
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    await writeFile(
      env['GATEWAY_ASSERTION_KEY_FILE'],
      JSON.stringify({ ...(await exportJWK(privateKey)), alg: 'ES256', kid: 'test-assertion' }),
    );
  }
  const source = options.registryUrl ? ['--registry', options.registryUrl] : ['--supergraph', file.path];
  const config = parseConfig([...source, '--port', '0'], env);
  const { timeoutMs, maxResponseBytes } = config.subgraphs.traffic.defaults;
  const fetcher = createSubgraphFetcher({ timeoutMs, maxResponseBytes });
  let gateway: Gateway;
  try {
    gateway = await createGateway({
      config,
      log: options.log ?? silentLogger(),
      fetcher: fetcher.fetch,
      processMetrics: options.processMetrics ?? false,
    });
  } catch (error) {
    await Promise.all([fetcher.dispose(), file.remove()]);
    throw error;
  }
  const url = await gateway.listen(config.port, config.host);
  const post = async <T>(body: object, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphQLResponse<T>['body'],
    };
  };
  return {
    gateway,
    origin: new URL(url).origin,
    post,
    query: (query, headers) => post({ query }, headers),
    dispose: async () => {
      await gateway.dispose();
      await Promise.all([fetcher.dispose(), file.remove()]);
    },
  };
}

/** A one-field subgraph owning `Region` (`region(code)` answers `{ code, name }`), shared by the tests. */
export function regionSubgraph(name: string): TestSubgraphDefinition {
  return {
    name: 'territories',
    typeDefs: gql`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Query {
        region(code: ID!): Region
      }
      type Region @key(fields: "code") {
        code: ID!
        name: String!
      }
    `,
    resolvers: { Query: { region: (_: unknown, { code }: { code: string }) => ({ code, name }) } },
  };
}

/**
 * The `territories` subgraph at one version, for tests of what a publish changes: `Region` keyed
 * by `code` with `fields` (SDL) besides, every region answering as Lombardia (`name`,
 * `formerName`, `population`, whichever the version has); `imports` from the federation spec.
 */
export function territoriesVersion(
  fields: string,
  imports: readonly string[] = ['@key'],
): TestSubgraphDefinition {
  return {
    name: 'territories',
    typeDefs: gql(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ${JSON.stringify(imports)})
      type Query { region(code: ID!): Region }
      type Region @key(fields: "code") { code: ID! ${fields} }
    `),
    resolvers: {
      Query: {
        region: (_: unknown, { code }: { code: string }) => ({
          code,
          name: 'Lombardia',
          formerName: 'Longobardia',
          population: 10_000_000,
        }),
      },
    },
  };
}

export interface RegionGateways {
  /** Starts one more gateway over the shared region subgraph (started on first use). */
  start(env?: Record<string, string>): Promise<TestGateway>;
  /** Stops every gateway started, then the subgraph. */
  dispose(): Promise<void>;
}

/**
 * The usual fixture of a plugin test: one `regionSubgraph(regionName)` and the gateways a test file
 * starts over it, each with its own environment on top of `baseEnv`.
 */
export function regionGateways(regionName: string, baseEnv: Record<string, string> = {}): RegionGateways {
  let subgraph: Promise<TestSubgraph> | undefined;
  const gateways: TestGateway[] = [];
  return {
    async start(env = {}) {
      subgraph ??= startSubgraph(regionSubgraph(regionName));
      const gateway = await startTestGateway({
        supergraphSdl: composeSupergraph([await subgraph]),
        env: { ...baseEnv, ...env },
      });
      gateways.push(gateway);
      return gateway;
    },
    async dispose() {
      await Promise.all(gateways.map((g) => g.dispose()));
      await (await subgraph)?.stop();
    },
  };
}
