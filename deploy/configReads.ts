/**
 * What the code makes of a deployment's environment: each process's own configuration readers run
 * on it (as its image runs, NODE_ENV=production) while every variable they look at is recorded.
 * A variable a manifest sets and no reader looked at does nothing: a typo, or a setting that is
 * not one. The deployment tests (kubernetes.test.ts, compose.test.ts) run their files through it.
 */
import { parseConfig as parseGatewayConfig, type GatewayConfig } from '../gateway/src/config.js';
import { parseConfig as parseRegistryConfig, type RegistryConfig } from '../registry/src/config.js';
import { dbConfigFromEnv, type DbConfig } from '../lib/db/config.js';
import { httpLimitsFromEnv } from '../lib/http/server.js';
import { accessConfigFromEnv } from '../lib/subgraph/access.js';
import { envPrefixOf } from '../lib/subgraph/envPrefix.js';
import { listArgumentLimitsFromEnv } from '../lib/subgraph/listArguments.js';
import { readPort } from '../lib/subgraph/run.js';
import { tracingConfigFromEnv } from '../lib/telemetry/tracing.js';
import { subgraphs } from '../schema/subgraphs.js';
import { fundingConfigFromEnv } from '../subgraphs/funding/src/config.js';

/** What the images set (deploy/*.Dockerfile), beneath a deployment's own variables. */
export const IMAGE_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'production',
  APOLLO_TELEMETRY_DISABLED: 'true',
  INTEGRA_HOST: '0.0.0.0',
};

/** The process an image runs, from its name: `integra/gateway`, `integra/registry`, `integra/subgraph-<name>`. */
export type IntegraProcess =
  | { readonly kind: 'gateway' }
  | { readonly kind: 'registry' }
  | { readonly kind: 'subgraph'; readonly name: string };

export function integraProcessOf(image: string): IntegraProcess | undefined {
  const name = /^integra\/([a-z0-9-]+)(?::[\w.-]+)?$/.exec(image)?.[1];
  if (name === 'gateway' || name === 'registry') return { kind: name };
  if (name?.startsWith('subgraph-')) return { kind: 'subgraph', name: name.slice('subgraph-'.length) };
  return undefined;
}

export type ReadConfiguration =
  | { readonly kind: 'gateway'; readonly config: GatewayConfig }
  | { readonly kind: 'registry'; readonly config: RegistryConfig }
  | {
      readonly kind: 'subgraph';
      readonly config: { readonly port: number; readonly db: DbConfig; readonly graphUrl?: string };
    };

/**
 * Runs `process`'s configuration readers on `env` (over IMAGE_ENV). Resolves with what they made
 * of it and the variables they read; throws the readers' own error for a value they refuse.
 */
export function readConfiguration(
  process: IntegraProcess,
  env: Readonly<Record<string, string>>,
): { readonly result: ReadConfiguration; readonly read: ReadonlySet<string> } {
  const read = new Set<string>();
  const recorded = new Proxy<Record<string, string | undefined>>(
    { ...IMAGE_ENV, ...env },
    {
      get(target, name) {
        if (typeof name === 'string') read.add(name);
        return Reflect.get(target, name) as string | undefined;
      },
    },
  );
  switch (process.kind) {
    case 'gateway':
      // The image's command passes no flags.
      return { result: { kind: 'gateway', config: parseGatewayConfig([], recorded) }, read };
    case 'registry':
      return { result: { kind: 'registry', config: parseRegistryConfig(recorded) }, read };
    case 'subgraph': {
      const entry = subgraphs.find((s) => s.name === process.name);
      if (!entry) throw new Error(`integra/subgraph-${process.name} runs no subgraph of schema/subgraphs.ts`);
      const prefix = envPrefixOf(entry.name);
      // As lib/subgraph/run.ts's runSubgraph reads them (its readRuntimeConfig is not exported:
      // INTEGRA_HOST, NODE_ENV and LOG_LEVEL are read there as below).
      void [recorded['INTEGRA_HOST'], recorded['NODE_ENV'], recorded['LOG_LEVEL']];
      const port = readPort(recorded, `${prefix}_PORT`, entry.defaultPort);
      httpLimitsFromEnv(recorded);
      listArgumentLimitsFromEnv(prefix, recorded);
      accessConfigFromEnv(prefix, recorded);
      const db = dbConfigFromEnv(entry.name, prefix, recorded);
      tracingConfigFromEnv(recorded);
      const graphUrl = entry.name === 'funding' ? fundingConfigFromEnv(recorded).graph.url : undefined;
      return { result: { kind: 'subgraph', config: { port, db, graphUrl } }, read };
    }
  }
}
