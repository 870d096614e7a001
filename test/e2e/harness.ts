/** The whole graph as real processes on free ports, over fresh SQLite files, for end-to-end tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { subgraphs } from '../../schema/subgraphs.js';
import { readCounter } from '../../lib/metrics.js';
import { freePort, startGraph, type RunningGraph } from '../../scripts/graph.js';
import { viaGateway } from '../assertions.js';

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface E2EGraph extends RunningGraph {
  /** The graph's temporary folder (databases); removed by `dispose`. */
  readonly dataDir: string;
  /** Sends an operation to the gateway. */
  execute<T, V>(
    document: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
  /** Sends an operation straight to one subgraph, with an anonymous assertion as the gateway would. */
  executeOn<T = Record<string, any>>(
    subgraph: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  /** `integra_sql_statements_total` of every subgraph, by name. */
  statementCounts(): Promise<Record<string, number>>;
}

async function post<T>(
  url: string,
  query: string,
  variables: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

export interface E2EGraphOptions {
  /** Extra environment of every process, given the gateway's origin (`http://127.0.0.1:PORT`). @default none */
  readonly env?: (gatewayOrigin: string) => Record<string, string>;
  /** Extra environment of the registry only, over `env`. @default none */
  readonly registryEnv?: Record<string, string>;
  /** Every line the processes write, by process name. @default dropped (printed with E2E_VERBOSE) */
  readonly output?: (name: string, line: string) => void;
}

export async function startE2EGraph(options: E2EGraphOptions = {}): Promise<E2EGraph> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'integra-e2e-'));
  const quiet = options.output ?? (process.env['E2E_VERBOSE'] ? undefined : () => undefined);
  // A free port may be taken by another test's server before our process binds it (the unit tests
  // run alongside): the graph then fails to start, and is started again on other ports.
  let graph: RunningGraph | undefined;
  for (let attempt = 1; !graph; attempt++) {
    const ports: Record<string, number> = {};
    for (const s of subgraphs) ports[s.name] = await freePort();
    const gatewayPort = await freePort();
    const env = { LOG_LEVEL: 'warn', ...options.env?.(`http://127.0.0.1:${gatewayPort}`) };
    try {
      graph = await startGraph({
        ports,
        gatewayPort,
        registryPort: await freePort(),
        dataDir,
        output: quiet,
        env,
        registryEnv: options.registryEnv,
      });
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  const urlOf = (name: string) => {
    const found = graph.subgraphs.find((s) => s.name === name);
    if (!found) throw new Error(`no subgraph ${name}`);
    return found.url;
  };
  return {
    ...graph,
    dataDir,
    execute: (document, variables, headers) =>
      post(graph.gateway.url, typeof document === 'string' ? document : print(document), variables, headers),
    executeOn: async (name, query, variables) => post(urlOf(name), query, variables, await viaGateway(name)),
    async statementCounts() {
      const entries = await Promise.all(
        graph.subgraphs.map(async (s) => {
          const text = await (await fetch(s.url.replace('/graphql', '/metrics'))).text();
          return [s.name, readCounter(text, 'integra_sql_statements_total')] as const;
        }),
      );
      return Object.fromEntries(entries);
    },
    async dispose() {
      await graph.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
