/**
 * Who is calling: the identity every part of the graph reasons about, from a verified bearer token
 * (at the gateway, or at a subgraph open to direct access) or from the gateway's signed assertion.
 */
import { isRegionCode } from '../istat.js';

export interface Caller {
  /** The token's `sub`. */
  readonly subject: string;
  /** The token's `partner` claim: one of the partners (subgraph names), e.g. `services`. */
  readonly partner: string;
  /** The token's `scope` claim, split on spaces. */
  readonly scopes: readonly string[];
  /** The token's optional `region` claim: an ISTAT region code (e.g. `03`) the caller is limited to. */
  readonly region: string | undefined;
}

/** A token that verified but does not carry what the graph needs to know who is calling. */
export class InvalidIdentityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidIdentityError';
  }
}

/** The caller a verified token's claims describe. @throws {InvalidIdentityError} when a claim is missing or malformed */
export function callerOf(claims: Readonly<Record<string, unknown>>): Caller {
  const { sub, partner, scope, region } = claims;
  if (typeof sub !== 'string' || sub === '')
    throw new InvalidIdentityError('The token has no subject ("sub" claim)');
  if (typeof partner !== 'string' || partner === '')
    throw new InvalidIdentityError('The token has no "partner" claim');
  if (scope !== undefined && typeof scope !== 'string') {
    throw new InvalidIdentityError('The token\'s "scope" claim must be a space-separated string');
  }
  if (region !== undefined && (typeof region !== 'string' || !isRegionCode(region))) {
    throw new InvalidIdentityError('The token\'s "region" claim must be a two-digit ISTAT region code');
  }
  return { subject: sub, partner, scopes: (scope ?? '').split(' ').filter(Boolean), region };
}

/** The claims that carry a caller, the inverse of `callerOf`. */
export function claimsOf(caller: Caller): Record<string, string> {
  return {
    sub: caller.subject,
    partner: caller.partner,
    scope: caller.scopes.join(' '),
    ...(caller.region === undefined ? {} : { region: caller.region }),
  };
}

/**
 * True when the caller satisfies a `@requiresScopes` requirement: `[[a, b], [c]]` means
 * (a AND b) OR c. An empty list of alternatives is satisfied by nobody.
 */
export function satisfiesScopes(
  caller: Caller | undefined,
  alternatives: readonly (readonly string[])[],
): boolean {
  if (!caller) return false;
  return alternatives.some((all) => all.every((scope) => caller.scopes.includes(scope)));
}
