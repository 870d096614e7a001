/**
 * Reading the current supergraph from the schema registry's HTTP API (`GET /api/supergraph`),
 * with the id of the one already served as `If-None-Match`, so an unchanged supergraph costs a
 * 304 and no body. Each request carries the gateway's assertion for the registry (its reads are
 * not public): signed with the gateway's assertion key, which the registry trusts as subgraphs do.
 */
import { request } from 'undici';
import { ASSERTION_HEADER } from '../../../lib/auth/assertion.js';

/** A composed supergraph as the registry serves it. */
export interface RegistrySupergraph {
  /** The registry's version number: grows with every publish or rollback. */
  readonly version: number;
  /** SHA-256 of the SDL. */
  readonly id: string;
  readonly sdl: string;
}

export interface RegistryClient {
  /** The current supergraph; `undefined` when it is still `knownId`. @throws when the registry cannot answer */
  current(knownId?: string): Promise<RegistrySupergraph | undefined>;
}

export interface RegistryClientOptions {
  /** @default 5000 */
  readonly timeoutMs?: number;
  /** The gateway's assertion for the registry (`AssertionSigner.signForRegistry`). @default none (a registry with public reads) */
  readonly assertion?: () => Promise<string>;
}

export function registryClient(baseUrl: string, options: RegistryClientOptions = {}): RegistryClient {
  const url = new URL('/api/supergraph', baseUrl).toString();
  const timeout = options.timeoutMs ?? 5000;
  return {
    async current(knownId) {
      const response = await request(url, {
        headers: {
          accept: 'application/json',
          ...(knownId ? { 'if-none-match': `"${knownId}"` } : {}),
          ...(options.assertion ? { [ASSERTION_HEADER]: await options.assertion() } : {}),
        },
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      if (response.statusCode === 304) {
        await response.body.dump();
        return undefined;
      }
      if (response.statusCode !== 200) {
        await response.body.dump();
        throw new Error(`the registry at ${url} answered HTTP ${response.statusCode}`);
      }
      const body = (await response.body.json()) as Partial<RegistrySupergraph>;
      if (typeof body.version !== 'number' || typeof body.id !== 'string' || typeof body.sdl !== 'string') {
        throw new Error(`the registry at ${url} answered something that is not a supergraph`);
      }
      return { version: body.version, id: body.id, sdl: body.sdl };
    },
  };
}
