/**
 * What the registry does at start: on an empty database, publish the subgraphs of
 * `schema/subgraphs.ts` and store their supergraph as version 1; and register the typed client's
 * operations (the trusted-documents manifest), so the usage check protects them from the start.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Kind, parse } from 'graphql';
import type { SeedSubgraph } from './config.js';
import { insertSubgraphVersion } from './data/subgraphVersions.repository.js';
import { currentSupergraph, insertSupergraph } from './data/supergraphs.repository.js';
import { operationHash, upsertOperations } from './data/clientOperations.repository.js';
import { takeWriteLock } from './data/lock.js';
import { composeSubgraphs } from '../../lib/supergraph/compose.js';
import { CLEAN_REPORT } from './checks/report.js';
import { nowIso, type RegistryDeps } from './state.js';
import { recordInitialOwnership } from './ownership.js';

/**
 * Seeds an empty registry: version 1 of every subgraph (published by `seed`), supergraph 1, and the
 * ownership records (registry/src/ownership.ts).
 * Does nothing when a supergraph exists (checked again under the write lock, for two registries
 * starting together). @returns the seeded supergraph's version, or `undefined` when already seeded
 */
export async function seedRegistry(
  deps: RegistryDeps,
  seed: readonly SeedSubgraph[],
): Promise<number | undefined> {
  if (await currentSupergraph(deps.db)) return undefined;
  const subgraphs = await Promise.all(
    seed.map(async (s) => ({ name: s.name, url: s.routingUrl, sdl: await readFile(s.sdlPath, 'utf8') })),
  );
  const composition = composeSubgraphs(subgraphs);
  if (!composition.ok)
    throw new Error(
      `the seed subgraphs do not compose: ${composition.errors.map((e) => e.message).join('; ')}`,
    );

  const seeded = await deps.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx);
    if (await currentSupergraph(trx)) return undefined;
    const at = nowIso(deps);
    for (const subgraph of subgraphs) {
      await insertSubgraphVersion(trx, {
        subgraph: subgraph.name,
        version: 1,
        sdl: subgraph.sdl,
        routing_url: subgraph.url,
        published_by: 'seed',
        partner: subgraph.name,
        published_at: at,
        forced: 0,
        forced_by: null,
        check_report: JSON.stringify(CLEAN_REPORT),
        rolled_back_from: null,
      });
    }
    // Who owns what from the start: each partner's entities, every field as the seed composes it.
    await recordInitialOwnership(trx, composition.supergraphSdl, seed, at, 'seed');
    const subgraphVersions = Object.fromEntries(subgraphs.map((s) => [s.name, 1]));
    return insertSupergraph(trx, {
      version: 1,
      sdl: composition.supergraphSdl,
      composedAt: at,
      subgraphVersions,
      cause: 'seed',
    });
  });
  if (!seeded) return undefined;
  deps.log.info({ subgraphs: subgraphs.map((s) => s.name), supergraph: seeded.version }, 'registry seeded');
  await deps.notifier.announce(seeded.version);
  return seeded.version;
}

/** The name of a document's first named operation. */
export function operationName(text: string): string | undefined {
  try {
    const definition = parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    return definition?.kind === Kind.OPERATION_DEFINITION ? definition.name?.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Registers a trusted-documents manifest (hash -> text) as `client`'s operations; registering the
 * same manifest again changes nothing. A missing manifest is logged and skipped (the registry runs
 * without usage protection until operations are registered). @returns how many were registered
 */
export async function registerManifest(
  deps: RegistryDeps,
  manifestPath: string,
  client: string,
): Promise<number> {
  if (!existsSync(manifestPath)) {
    deps.log.warn({ manifestPath }, 'no operations manifest: no client operation is registered at start');
    return 0;
  }
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as unknown;
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new Error(`${manifestPath} is not a JSON object of hash -> operation text`);
  }
  const operations = Object.entries(manifest).flatMap(([hash, text]) => {
    if (typeof text !== 'string') return [];
    if (operationHash(text) !== hash)
      deps.log.warn(
        { manifestPath, hash },
        'manifest entry whose hash is not the sha256 of its text: registered under its own',
      );
    return [{ name: operationName(text) ?? hash.slice(0, 12), text }];
  });
  const registered = await upsertOperations(deps.db, client, operations);
  deps.log.info({ client, operations: registered.length }, 'client operations registered');
  return registered.length;
}
