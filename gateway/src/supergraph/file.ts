/** A composed supergraph SDL read from a file once, when the gateway loads. */
import { readFile } from 'node:fs/promises';
import type { SupergraphManager } from '@apollo/gateway';
import type { SupergraphProviderOptions } from './index.js';

export function fileSupergraphManager(
  path: string,
  { prepare, beforeSwap }: Pick<SupergraphProviderOptions, 'prepare' | 'beforeSwap'>,
): SupergraphManager {
  return {
    async initialize() {
      let supergraphSdl: string;
      try {
        supergraphSdl = await readFile(path, 'utf8');
      } catch (error) {
        throw new Error(`Cannot read the supergraph file ${path}: ${(error as Error).message}`, {
          cause: error,
        });
      }
      if (supergraphSdl.trim() === '') throw new Error(`The supergraph file ${path} is empty`);
      const prepared = prepare(supergraphSdl);
      await beforeSwap?.(prepared);
      return { supergraphSdl: prepared };
    },
  };
}
