/**
 * Workload (b), our domain: the real subgraphs over freshly seeded SQLite files in a temporary
 * folder, started as processes by `scripts/graph.ts` (which also starts a gateway of its own; the
 * benchmark leaves that one idle and starts the gateways it compares). Two operations from
 * `clients/operations/`: the region dashboard (the first five subgraphs) and a filtered services
 * search. The distinct workload (distinct.ts) runs on the same graph (`startDomainGraph`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCounter } from '../../lib/metrics.js';
import { subgraphs, supergraphPath as committedSupergraphPath } from '../../schema/subgraphs.js';
import { freePort, startGraph, type RunningGraph } from '../../scripts/graph.js';
import type { ThrowawayKeys } from '../keys.js';
import { root } from '../process.js';
import type { Json, Operation, RunningWorkload } from './types.js';

function at(value: Json | undefined, ...keys: string[]): Json | undefined {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as { readonly [key: string]: Json })[key];
  }
  return current;
}

/** The text of an operation of `clients/operations/` (`RegionDashboard.graphql`...). */
export function readOperation(file: string): string {
  return readFileSync(path.join(root, 'clients/operations', file), 'utf8');
}

function operation(
  file: string,
  operationName: string,
  check: (data: Json) => string | undefined,
): Operation {
  const query = readOperation(file);
  // The operations' variables all have defaults (Lombardy; the province of Turin, Arabic or Punjabi).
  return { name: operationName, body: JSON.stringify({ query, operationName }), check };
}

const operations: readonly Operation[] = [
  operation('RegionDashboard.graphql', 'RegionDashboard', (data) => {
    const actions = at(data, 'region', 'pilotActions', 'totalCount');
    return at(data, 'region', 'code') === '03' && typeof actions === 'number' && actions > 0
      ? undefined
      : 'no region 03 with pilot actions';
  }),
  operation('TurinServicesByLanguage.graphql', 'TurinServicesByLanguage', (data) => {
    const services = at(data, 'province', 'services', 'totalCount');
    return at(data, 'province', 'code') === '001' && typeof services === 'number' && services > 0
      ? undefined
      : 'no services in the province of Turin';
  }),
];

/**
 * The committed supergraph with the running subgraphs' URLs, and without the `for: SECURITY`
 * purpose of the `@authenticated`/`@requiresScopes` links: Apollo Gateway refuses to load a
 * supergraph with security features it does not enforce (ours drops the purpose itself at load,
 * since its authorization plugin enforces them; the vanilla gateway would not start otherwise).
 */
function benchSupergraph(graph: RunningGraph): string {
  let sdl = readFileSync(committedSupergraphPath, 'utf8');
  for (const s of graph.subgraphs) {
    const pattern = new RegExp(`(@join__graph\\(name: "${s.name}", url: )"[^"]*"`);
    if (!pattern.test(sdl)) throw new Error(`the committed supergraph has no subgraph named ${s.name}`);
    sdl = sdl.replace(pattern, `$1"${s.url}"`);
  }
  return sdl.replace(
    /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes)\/v0\.1"), for: SECURITY\)/g,
    '$1)',
  );
}

/** The domain's subgraphs, running over their seeded databases, with the supergraph the gateways load. */
export interface DomainGraph {
  /** The temporary folder: the SQLite files (`<subgraph>.sqlite`) and the supergraph. */
  readonly dir: string;
  readonly supergraphPath: string;
  /** SQL statements the subgraphs have executed so far. */
  countStatements(): Promise<number>;
  /** The subgraphs' process ids. */
  pids(): number[];
  /** How the graph runs, for the results. */
  readonly notes: readonly string[];
  /** Stops the subgraphs and removes the folder. */
  dispose(): Promise<void>;
}

const DOMAIN_NOTES = [
  `Subgraphs: the real ones (${subgraphs.map((s) => s.name).join(', ')}; scripts/graph.ts startGraph, supergraph: file), NODE_ENV=production, fresh seeded SQLite files in a temporary folder.`,
  'Every subgraph runs with <PREFIX>_DIRECT_ACCESS=true, because the vanilla and Hive gateways cannot sign our identity assertion: their requests are anonymous direct calls. Ours still sends its signed assertion (ES256, reused for 30 s) on every subgraph fetch, and the subgraphs verify it.',
  'The supergraph is the committed one with the running URLs and the `for: SECURITY` purpose dropped from the @authenticated/@requiresScopes links (vanilla Apollo Gateway refuses it otherwise; ours does the same itself and enforces the directives; vanilla and Hive do not).',
  'startGraph also starts one more of our gateways, which stays idle.',
  'The real subgraphs count SQL statements, not their requests or the entity representations in them (those are counted on the standard workload only).',
];

export async function startDomainGraph(keys: ThrowawayKeys): Promise<DomainGraph> {
  const dir = mkdtempSync(path.join(tmpdir(), 'integra-bench-domain-'));
  const output: string[] = [];
  let graph: RunningGraph | undefined;
  try {
    const ports: Record<string, number> = {};
    for (const s of subgraphs) ports[s.name] = await freePort();
    graph = await startGraph({
      ports,
      gatewayPort: await freePort(),
      supergraph: 'file',
      dataDir: dir,
      output: (name, line) => {
        output.push(`[${name}] ${line}`);
        if (output.length > 100) output.shift();
      },
      env: {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        // The vanilla and Hive gateways cannot sign our identity assertion: the subgraphs also
        // answer direct (anonymous) requests. Ours still sends its assertion, which they verify.
        ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_DIRECT_ACCESS`, 'true'])),
        INTEGRA_GATEWAY_JWKS_FILE: keys.gatewayJwksFile,
        GATEWAY_JWKS_FILE: keys.identityProviderJwksFile,
        GATEWAY_ASSERTION_KEY_FILE: keys.assertionKeyFile,
        GATEWAY_TRUSTED_DOCUMENTS: 'off',
      },
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `the domain graph did not start: ${error instanceof Error ? error.message : String(error)}\n${output.join('\n')}`,
      {
        cause: error,
      },
    );
  }
  const started = graph;
  const supergraphPath = path.join(dir, 'supergraph.graphql');
  writeFileSync(supergraphPath, benchSupergraph(started));
  const countStatements = async () => {
    const counts = await Promise.all(
      started.subgraphs.map(async (s) =>
        readCounter(
          await (await fetch(s.url.replace(/\/graphql$/, '/metrics'))).text(),
          'integra_sql_statements_total',
        ),
      ),
    );
    return counts.reduce((a, b) => a + b, 0);
  };
  return {
    dir,
    supergraphPath,
    countStatements,
    pids: () => started.subgraphPids(),
    notes: DOMAIN_NOTES,
    async dispose() {
      await started.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startDomainWorkload(keys: ThrowawayKeys): Promise<RunningWorkload> {
  const graph = await startDomainGraph(keys);
  return {
    name: 'domain',
    title: 'our domain (the Integra subgraphs, SQLite)',
    supergraphPath: graph.supergraphPath,
    upstream: { unit: 'SQL statements', count: () => graph.countStatements() },
    upstreamPids: () => graph.pids(),
    operations,
    notes: graph.notes,
    dispose: () => graph.dispose(),
  };
}
