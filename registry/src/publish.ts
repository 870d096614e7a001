/**
 * Checking, publishing and rolling back a subgraph. A change of the graph is checked against the
 * graph as it is, then stored in one transaction (the subgraph's new version and the new
 * supergraph together) under the write lock; if another change committed in between, the base was
 * stale: the change is checked again against the new graph, so two concurrent publishes never both
 * win on a base neither saw whole.
 */
import type { Caller } from '../../lib/auth/caller.js';
import { isUniqueViolation } from '../../lib/db/index.js';
import { insertSubgraphVersion, subgraphVersion } from './data/subgraphVersions.repository.js';
import { currentSupergraph, insertSupergraph } from './data/supergraphs.repository.js';
import { takeWriteLock } from './data/lock.js';
import { overridable, reportOf, CLEAN_REPORT, type CheckReport } from './checks/report.js';
import { recordClaims } from './ownership.js';
import { evaluateCandidate, loadState, nowIso, type RegistryDeps } from './state.js';

/** A subgraph version and the supergraph that composed it. */
export type ChangeOutcome =
  | {
      readonly kind: 'published';
      readonly version: number;
      readonly supergraph: SupergraphRef;
      readonly report: CheckReport;
    }
  | {
      readonly kind: 'unchanged';
      readonly version: number;
      readonly supergraph: SupergraphRef;
      readonly report: CheckReport;
    }
  | { readonly kind: 'refused'; readonly report: CheckReport };

/** Which supergraph a change produced (or left current). */
export interface SupergraphRef {
  readonly version: number;
  readonly id: string;
}

/** The graph kept changing while a change was checked, more times than it was retried. */
export class RegistryBusyError extends Error {
  constructor(attempts: number) {
    super(`The graph changed ${attempts} times while this change was being checked: try again`);
    this.name = 'RegistryBusyError';
  }
}

/** Another change committed after this one read the graph. */
class StaleBase extends Error {}

/** How many times a change that lost the race is checked again. */
const ATTEMPTS = 5;

interface Change {
  readonly name: string;
  readonly sdl: string;
  readonly routingUrl: string;
  readonly caller: Caller;
  readonly force: boolean;
  /** Set for a rollback: its failing breaking/usage checks are warnings (it restores a graph that was live). */
  readonly rolledBackFrom?: number;
}

function causeOf(change: Change, version: number, forced: boolean): string {
  if (change.rolledBackFrom !== undefined) {
    return `rollback ${change.name} to v${change.rolledBackFrom} as v${version} by ${change.caller.subject}`;
  }
  return `publish ${change.name} v${version} by ${change.caller.subject}${forced ? ' (forced)' : ''}`;
}

async function applyChange(deps: RegistryDeps, change: Change): Promise<ChangeOutcome> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const state = await loadState(deps.db);
    const current = state.subgraphs.find((row) => row.subgraph === change.name);
    const supergraph = { version: state.supergraph.version, id: state.supergraph.id };
    if (current && current.sdl === change.sdl && current.routing_url === change.routingUrl) {
      return { kind: 'unchanged', version: current.version, supergraph, report: CLEAN_REPORT };
    }
    const evaluation = await evaluateCandidate(deps, state, {
      name: change.name,
      url: change.routingUrl,
      sdl: change.sdl,
    });
    if (!evaluation.composes) return { kind: 'refused', report: evaluation.report };
    let report = evaluation.report;
    let forced = false;
    if (!report.ok) {
      // Ownership is never overridden: neither force nor a rollback restores a takeover.
      if (!report.errors.every(overridable)) return { kind: 'refused', report };
      if (change.rolledBackFrom !== undefined) report = reportOf([], [...report.errors, ...report.warnings]);
      else if (change.force) forced = true;
      else return { kind: 'refused', report };
    }

    const version = (current?.version ?? 0) + 1;
    try {
      const stored = await deps.db.transaction().execute(async (trx) => {
        await takeWriteLock(trx);
        const latest = await currentSupergraph(trx);
        if (latest?.version !== state.supergraph.version) throw new StaleBase();
        const publishedAt = nowIso(deps);
        await insertSubgraphVersion(trx, {
          subgraph: change.name,
          version,
          sdl: change.sdl,
          routing_url: change.routingUrl,
          published_by: change.caller.subject,
          partner: change.caller.partner,
          published_at: publishedAt,
          forced: forced ? 1 : 0,
          forced_by: forced ? change.caller.subject : null,
          check_report: JSON.stringify(report),
          rolled_back_from: change.rolledBackFrom ?? null,
        });
        // New types and fields become the subgraph's with its version, in the same transaction.
        const cause = causeOf(change, version, forced);
        if (!(await recordClaims(trx, change.name, evaluation.supergraphSdl, publishedAt, cause)))
          throw new StaleBase();
        const versions = Object.fromEntries(state.subgraphs.map((row) => [row.subgraph, row.version]));
        return insertSupergraph(trx, {
          version: latest.version + 1,
          sdl: evaluation.supergraphSdl,
          composedAt: publishedAt,
          subgraphVersions: { ...versions, [change.name]: version },
          cause,
        });
      });
      deps.log.info(
        { subgraph: change.name, version, supergraph: stored.version, forced, by: change.caller.subject },
        stored.cause,
      );
      await deps.notifier.announce(stored.version);
      return { kind: 'published', version, supergraph: { version: stored.version, id: stored.id }, report };
    } catch (error) {
      if (!(error instanceof StaleBase) && !isUniqueViolation(error)) throw error;
      deps.log.debug(
        { subgraph: change.name, attempt },
        'the graph changed while the change was checked: checking again',
      );
    }
  }
  throw new RegistryBusyError(ATTEMPTS);
}

/** Runs the checks of `sdl` as the next version of `name` (kept at its current routing URL); stores nothing. */
export async function checkSubgraph(deps: RegistryDeps, name: string, sdl: string): Promise<CheckReport> {
  const state = await loadState(deps.db);
  const current = state.subgraphs.find((row) => row.subgraph === name);
  // A subgraph never published has no URL yet; composition only needs one that parses.
  const url = current?.routing_url ?? `http://${name}.unpublished.invalid/graphql`;
  return (await evaluateCandidate(deps, state, { name, url, sdl })).report;
}

/** Publishes `sdl` at `routingUrl` as the next version of `name`, when the checks pass (or `force` overrides them). */
export function publishSubgraph(
  deps: RegistryDeps,
  request: { name: string; sdl: string; routingUrl: string; caller: Caller; force: boolean },
): Promise<ChangeOutcome> {
  return applyChange(deps, request);
}

/** Publishes an earlier version's SDL and URL again, as a new version; `undefined` when there is no such version. */
export async function rollbackSubgraph(
  deps: RegistryDeps,
  request: { name: string; version: number; caller: Caller },
): Promise<ChangeOutcome | undefined> {
  const target = await subgraphVersion(deps.db, request.name, request.version);
  if (!target) return undefined;
  return applyChange(deps, {
    name: request.name,
    sdl: target.sdl,
    routingUrl: target.routing_url,
    caller: request.caller,
    force: false,
    rolledBackFrom: target.version,
  });
}
