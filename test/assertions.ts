/**
 * Identity for tests that call a subgraph directly: the headers the gateway would send, with an
 * assertion signed by the committed development gateway key (which every subgraph trusts outside
 * production), for an anonymous caller or a given one.
 */
import type { Caller } from '../lib/auth/caller.js';
import { ASSERTION_HEADER, createAssertionSigner } from '../lib/auth/assertion.js';
import { DEV_GATEWAY_KEY, readPrivateJwk } from '../lib/auth/keys.js';

const signer = createAssertionSigner({ privateJwk: readPrivateJwk(DEV_GATEWAY_KEY.privateJwkPath) });

/** The assertion header of a request through the gateway from `caller` (`undefined`: anonymous). */
export async function viaGateway(subgraph: string, caller?: Caller): Promise<Record<string, string>> {
  return { [ASSERTION_HEADER]: await signer.sign(subgraph, caller) };
}

/** A caller for tests: partner `partner` with `scopes`, optionally limited to `region`. */
export function caller(partner: string, scopes: readonly string[] = [], region?: string): Caller {
  return { subject: `test:${partner}`, partner, scopes, region };
}
