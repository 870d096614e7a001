/**
 * Ownership outside the checks: the records a registry starts from (at its seed, or once from the
 * current supergraph of a registry created before ownership was recorded), what a stored publish
 * records, and an owner's allowances to extend its types.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Caller } from '../../lib/auth/caller.js';
import type { SeedSubgraph } from './config.js';
import type { RegistryDb } from './data/tables.js';
import { currentSupergraph } from './data/supergraphs.repository.js';
import { takeWriteLock } from './data/lock.js';
import {
  hasOwnershipRecords,
  loadOwnership,
  recordOwnership,
  replaceTypeExtensions,
  typeExtensions,
  typeOwners,
  type OwnershipRows,
} from './data/ownership.repository.js';
import { readJoinGraph } from './checks/joinFields.js';
import { ANY_SUBGRAPH, checkOwnership, type Claims } from './checks/ownership.js';
import { initialOwnership } from './initialOwnership.js';
import { SUBGRAPH_NAME } from './names.js';
import { nowIso, type RegistryDeps } from './state.js';

/** The entity types each seed subgraph owns, by subgraph name. */
export function ownsOf(seed: readonly SeedSubgraph[]): Record<string, readonly string[]> {
  return Object.fromEntries(seed.map((s) => [s.name, s.owns ?? []]));
}

/** Records the ownership derived from `supergraphSdl` (in the caller's transaction). */
export async function recordInitialOwnership(
  trx: Kysely<RegistryDb>,
  supergraphSdl: string,
  seed: readonly SeedSubgraph[],
  at: string,
  cause: string,
): Promise<void> {
  await recordOwnership(trx, initialOwnership(readJoinGraph(supergraphSdl), ownsOf(seed)), at, cause);
}

/**
 * Records, once, the ownership of a registry that has a supergraph and no records (created before
 * ownership was recorded), from its current supergraph. @returns whether it recorded anything
 */
export async function backfillOwnership(deps: RegistryDeps, seed: readonly SeedSubgraph[]): Promise<boolean> {
  if (await hasOwnershipRecords(deps.db)) return false;
  const recorded = await deps.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx);
    const supergraph = await currentSupergraph(trx);
    if (!supergraph || (await hasOwnershipRecords(trx))) return undefined;
    await recordInitialOwnership(
      trx,
      supergraph.sdl,
      seed,
      nowIso(deps),
      `backfill from supergraph v${supergraph.version}`,
    );
    return supergraph.version;
  });
  if (recorded === undefined) return false;
  deps.log.info({ supergraph: recorded }, 'ownership recorded from the current supergraph');
  return true;
}

/** The rows a stored publish of `subgraph` records. */
export function claimRows(subgraph: string, claims: Claims): OwnershipRows {
  return {
    types: claims.types.map((type) => ({ type, owner: subgraph })),
    fields: claims.fields.map((coordinate) => {
      const dot = coordinate.indexOf('.');
      return { type: coordinate.slice(0, dot), field: coordinate.slice(dot + 1), owner: subgraph };
    }),
  };
}

/**
 * Records what `subgraph`'s publish claims, inside the publish's transaction (after its write lock).
 * The records are read again there: an allowance withdrawn since the check refuses the claims.
 * @returns false when the candidate no longer passes the ownership check: check it again
 */
export async function recordClaims(
  trx: Transaction<RegistryDb>,
  subgraph: string,
  supergraphSdl: string,
  at: string,
  cause: string,
): Promise<boolean> {
  const outcome = checkOwnership(readJoinGraph(supergraphSdl), subgraph, await loadOwnership(trx));
  if (outcome.issues.length > 0) return false;
  await recordOwnership(trx, claimRows(subgraph, outcome.claims), at, cause);
  return true;
}

/** A type's allowances as the API answers them. */
export interface Extensions {
  readonly type: string;
  readonly owners: readonly string[];
  readonly allow: readonly {
    readonly subgraph: string;
    readonly allowedBy: string;
    readonly allowedAt: string;
  }[];
}

export type ExtensionsOutcome =
  | { readonly kind: 'ok'; readonly extensions: Extensions }
  | { readonly kind: 'unknown-type' }
  | { readonly kind: 'not-owner'; readonly owners: readonly string[] }
  | { readonly kind: 'invalid'; readonly message: string };

async function read(db: Kysely<RegistryDb>, type: string, owners: readonly string[]): Promise<Extensions> {
  const rows = await typeExtensions(db, type);
  return {
    type,
    owners,
    allow: rows.map((r) => ({ subgraph: r.subgraph, allowedBy: r.allowed_by, allowedAt: r.allowed_at })),
  };
}

/** Whom `owner`'s type `type` allows to extend it. */
export async function getExtensions(
  db: Kysely<RegistryDb>,
  owner: string,
  type: string,
): Promise<ExtensionsOutcome> {
  const owners = await typeOwners(db, type);
  if (owners.length === 0) return { kind: 'unknown-type' };
  if (!owners.includes(owner)) return { kind: 'not-owner', owners };
  return { kind: 'ok', extensions: await read(db, type, owners) };
}

/**
 * Replaces whom `owner`'s type allows to extend it; the caller is already checked to be `owner`'s
 * publisher. Under the write lock, so a publish checked against the old list is checked again.
 */
export async function setExtensions(
  deps: RegistryDeps,
  request: { owner: string; type: string; allow: readonly string[]; caller: Caller },
): Promise<ExtensionsOutcome> {
  const allow = [...new Set(request.allow)].sort();
  const bad = allow.find((s) => s !== ANY_SUBGRAPH && !SUBGRAPH_NAME.test(s));
  if (bad !== undefined)
    return {
      kind: 'invalid',
      message: `"${bad}" is not a subgraph name (${SUBGRAPH_NAME.source}) or "${ANY_SUBGRAPH}"`,
    };
  return deps.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx);
    const owners = await typeOwners(trx, request.type);
    if (owners.length === 0) return { kind: 'unknown-type' } as const;
    if (!owners.includes(request.owner)) return { kind: 'not-owner', owners } as const;
    const others = allow.filter((s) => !owners.includes(s));
    await replaceTypeExtensions(trx, request.type, others, request.caller.subject, nowIso(deps));
    deps.log.info(
      { type: request.type, owner: request.owner, allow: others, by: request.caller.subject },
      'type extensions replaced',
    );
    return { kind: 'ok', extensions: await read(trx, request.type, owners) } as const;
  });
}
