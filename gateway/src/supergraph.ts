/**
 * Where the supergraph comes from, as Apollo Gateway supergraph managers (`initialize`/`cleanup`).
 * Only the committed file is supported today; a registry source will be another case here.
 */
import { readFile } from 'node:fs/promises';
import type { SupergraphManager } from '@apollo/gateway';
import type { SupergraphSource } from './config.js';

/** Reads a composed supergraph SDL from a file once, when the gateway loads. */
export function fileSupergraphManager(path: string): SupergraphManager {
  return {
    async initialize() {
      let supergraphSdl: string;
      try {
        supergraphSdl = await readFile(path, 'utf8');
      } catch (error) {
        throw new Error(`Cannot read the supergraph file ${path}: ${(error as Error).message}`, { cause: error });
      }
      if (supergraphSdl.trim() === '') throw new Error(`The supergraph file ${path} is empty`);
      return { supergraphSdl };
    },
  };
}

/** The supergraph manager for a configured source. */
export function supergraphManager(source: SupergraphSource): SupergraphManager {
  switch (source.kind) {
    case 'file':
      return fileSupergraphManager(source.path);
  }
}
