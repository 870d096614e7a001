/**
 * The Hive Gateway (`@graphql-hive/gateway`), its own CLI (`hive-gateway supergraph FILE`), one
 * process (`--fork 1`), NODE_ENV=production. `hive` runs with the CLI's defaults, from the
 * workload's temporary folder, which holds no configuration file. The others run from a folder of
 * their own holding a `gateway.config.mjs`, passed with `--config-path`: `hive-rust` with the Rust
 * query planner of `@graphql-hive/router-runtime` (its `unifiedGraphHandler`), and the variant
 * `hive-dedup` (gateways/variants.ts) with in-flight request deduplication off.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root, spawnNode, waitForGraphQL } from '../process.js';
import type { GatewayKind, GatewayName } from './types.js';
import { versionsOf } from './versions.js';

const bin = path.join(root, 'node_modules/@graphql-hive/gateway/dist/bin.js');
const HIVE_PACKAGES = [
  '@graphql-hive/gateway',
  '@graphql-hive/gateway-runtime',
  '@graphql-tools/federation',
  '@graphql-tools/executor-http',
  'graphql',
];

export interface HiveSetup {
  readonly name: GatewayName;
  readonly description: string;
  /** The text of its `gateway.config.mjs` (exporting `gatewayConfig`). @default none: the CLI's defaults */
  readonly config?: () => string;
  /** Packages whose versions it adds to Hive's. @default none */
  readonly packages?: readonly string[];
  /** A line the process must have printed once it answers: the configuration took effect. @default none */
  readonly marker?: string;
}

/**
 * `transportEntries` for every subgraph over HTTP (`*.http`): the transport hands its `options` to
 * `@graphql-tools/executor-http`'s `buildHTTPExecutor`, whose `deduplicateInflightRequests`
 * (default true) shares identical in-flight query fetches.
 */
export const DEDUP_OFF_CONFIG = (): string =>
  [
    'export const gatewayConfig = {',
    "  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },",
    '};',
    '',
  ].join('\n');

/** What the `hive-rust` configuration prints when Hive hands it the supergraph: the proof that it plans. */
const ROUTER_RUNTIME_MARKER = 'bench: @graphql-hive/router-runtime unifiedGraphHandler took the supergraph';

/**
 * The Rust query planner: `unifiedGraphHandler` from the installed `@graphql-hive/router-runtime`
 * (by file URL: the configuration lives outside the repository), wrapped only to print a line
 * when Hive hands it the supergraph.
 */
const ROUTER_RUNTIME_CONFIG = (): string =>
  [
    `import { unifiedGraphHandler } from ${JSON.stringify(import.meta.resolve('@graphql-hive/router-runtime'))};`,
    '',
    'export const gatewayConfig = {',
    '  unifiedGraphHandler(options) {',
    `    console.log(${JSON.stringify(ROUTER_RUNTIME_MARKER)});`,
    '    return unifiedGraphHandler(options);',
    '  },',
    '};',
    '',
  ].join('\n');

/** Writes the configuration into `<workload folder>/<name>/` and returns the CLI arguments that load it. */
function configArgs(setup: HiveSetup, supergraphPath: string): { cwd: string; args: string[] } {
  const workloadDir = path.dirname(supergraphPath);
  if (!setup.config) return { cwd: workloadDir, args: [] };
  const dir = path.join(workloadDir, `hive-config-${setup.name.replace(/[^\w-]/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'gateway.config.mjs');
  writeFileSync(file, setup.config());
  return { cwd: dir, args: ['--config-path', file] };
}

export function hiveGateway(setup: HiveSetup): GatewayKind {
  return {
    name: setup.name,
    description: setup.description,
    versions: () => versionsOf([...HIVE_PACKAGES, ...(setup.packages ?? [])]),
    async start({ supergraphPath, port, cpuProfileDir }) {
      const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
      const { cwd, args } = configArgs(setup, supergraphPath);
      const proc = spawnNode(
        setup.name,
        [
          ...profile,
          bin,
          'supergraph',
          supergraphPath,
          ...args,
          '--port',
          String(port),
          '--host',
          '127.0.0.1',
          '--fork',
          '1',
        ],
        { NODE_ENV: 'production' },
        cwd,
      );
      const url = `http://127.0.0.1:${port}/graphql`;
      try {
        await waitForGraphQL(proc, url);
        if (setup.marker && !proc.output().includes(setup.marker))
          throw new Error(`${setup.name} answers, but never printed "${setup.marker}":\n${proc.output()}`);
      } catch (error) {
        await proc.stop();
        throw error;
      }
      return { name: setup.name, url, process: proc };
    },
  };
}

export const hive = hiveGateway({
  name: 'hive',
  description: 'hive-gateway supergraph FILE --fork 1 (CLI defaults), NODE_ENV=production',
});

export const hiveRust = hiveGateway({
  name: 'hive-rust',
  description:
    'hive-gateway supergraph FILE --fork 1 --config-path gateway.config.mjs, whose gatewayConfig is { unifiedGraphHandler } from @graphql-hive/router-runtime (the Rust query planner; the benchmark checks that Hive called it), otherwise CLI defaults, NODE_ENV=production',
  config: ROUTER_RUNTIME_CONFIG,
  marker: ROUTER_RUNTIME_MARKER,
  packages: ['@graphql-hive/router-runtime', '@graphql-hive/router-query-planner'],
});
