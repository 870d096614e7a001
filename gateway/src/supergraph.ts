/**
 * Where the supergraph comes from, as Apollo Gateway supergraph managers (`initialize`/`cleanup`).
 * Only the committed file is supported today; a registry source will be another case here.
 */
import { readFile } from 'node:fs/promises';
import type { SupergraphManager } from '@apollo/gateway';
import type { SupergraphSource } from './config.js';

/** Adapts a supergraph before the gateway loads it (see `GatewayPlugin.supergraph`). */
export type PrepareSupergraph = (supergraphSdl: string) => string;

/** Reads a composed supergraph SDL from a file once, when the gateway loads. */
export function fileSupergraphManager(path: string, prepare: PrepareSupergraph): SupergraphManager {
  return {
    async initialize() {
      let supergraphSdl: string;
      try {
        supergraphSdl = await readFile(path, 'utf8');
      } catch (error) {
        throw new Error(`Cannot read the supergraph file ${path}: ${(error as Error).message}`, { cause: error });
      }
      if (supergraphSdl.trim() === '') throw new Error(`The supergraph file ${path} is empty`);
      return { supergraphSdl: prepare(supergraphSdl) };
    },
  };
}

/** The supergraph manager for a configured source. */
export function supergraphManager(source: SupergraphSource, prepare: PrepareSupergraph = (sdl) => sdl): SupergraphManager {
  switch (source.kind) {
    case 'file':
      return fileSupergraphManager(source.path, prepare);
  }
}
