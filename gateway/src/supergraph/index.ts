/**
 * Where the supergraph comes from, as Apollo Gateway supergraph managers (`initialize`/`cleanup`):
 * a composed file read once (`file.ts`), or the schema registry, followed as partners publish
 * (`registry.ts`). Each source also says which supergraph it serves, for `GET /health`.
 */
import type { SupergraphManager } from '@apollo/gateway';
import type { Logger } from '../../../lib/log.js';
import type { SupergraphSource } from '../config.js';
import { fileSupergraphManager } from './file.js';
import { registrySupergraphManager } from './registry.js';

/** Adapts a supergraph before the gateway loads it (`prepareSupergraph` of lib/supergraph/load.ts). */
export type PrepareSupergraph = (supergraphSdl: string) => string;

/** Which supergraph a source serves now, as `GET /health` reports it. */
export type SupergraphServed =
  | { readonly source: 'file'; readonly path: string }
  | {
      readonly source: 'registry';
      readonly url: string;
      readonly version: number | undefined;
      readonly id: string | undefined;
    };

export interface SupergraphProvider {
  readonly manager: SupergraphManager;
  served: () => SupergraphServed;
}

export interface SupergraphProviderOptions {
  /** Applied to every supergraph before the gateway loads it. */
  readonly prepare: PrepareSupergraph;
  /** The gateway's assertion for the registry, sent with every read of it. @default none */
  readonly registryAssertion?: () => Promise<string>;
  /**
   * Work on each prepared supergraph before the gateway takes it, at start and before each swap,
   * while the one served still serves (warm plans, `plugins/warmPlans/`); never rejects. @default none
   */
  readonly beforeSwap?: (supergraphSdl: string) => Promise<void>;
  readonly log: Logger;
}

/** The supergraph provider for a configured source. */
export function supergraphProvider(
  source: SupergraphSource,
  options: SupergraphProviderOptions,
): SupergraphProvider {
  switch (source.kind) {
    case 'file':
      return {
        manager: fileSupergraphManager(source.path, options),
        served: () => ({ source: 'file', path: source.path }),
      };
    case 'registry':
      return registrySupergraphManager(source, options);
  }
}
