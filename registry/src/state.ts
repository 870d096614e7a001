/**
 * The graph as the registry holds it now (current supergraph, current version of each subgraph),
 * and what a candidate is checked against: the others' current SDL, the current public API
 * schema, the registered operations.
 */
import type { Kysely } from 'kysely';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../../lib/log.js';
import type { RegistryDb, SubgraphVersionRow, SupergraphRow } from './data/tables.js';
import { currentSubgraphs } from './data/subgraphVersions.repository.js';
import { currentSupergraph } from './data/supergraphs.repository.js';
import { allOperations } from './data/clientOperations.repository.js';
import { loadOwnership } from './data/ownership.repository.js';
import { composeSubgraphs, type SubgraphSdl } from '../../lib/supergraph/compose.js';
import type { ApiSchemaCache } from './checks/apiSchemaCache.js';
import { evaluate, type Evaluation } from './evaluate.js';
import type { Notifier } from './notify.js';
import type { SupergraphLoader } from '../../lib/supergraph/load.js';
import { reportOf, type LoadingIssue } from './checks/report.js';

/** What the registry's operations need; `createRegistry` builds it, tests may too. */
export interface RegistryDeps {
  readonly db: Kysely<RegistryDb>;
  readonly log: Logger;
  readonly notifier: Notifier;
  readonly apiSchemas: ApiSchemaCache;
  /** Loads each composed candidate as the gateway would. */
  readonly loader: SupergraphLoader;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

/** The graph as it is now. */
export interface GraphState {
  readonly supergraph: SupergraphRow;
  /** The current version of every subgraph, by name. */
  readonly subgraphs: readonly SubgraphVersionRow[];
}

/** Now, as the registry stores timestamps (ISO 8601 UTC, milliseconds). */
export function nowIso(deps: RegistryDeps): string {
  return (deps.now?.() ?? new Date()).toISOString();
}

/** Reads the current supergraph and subgraphs. @throws when the registry was never seeded */
export async function loadState(db: Kysely<RegistryDb>): Promise<GraphState> {
  const [supergraph, subgraphs] = await Promise.all([currentSupergraph(db), currentSubgraphs(db)]);
  // The registry seeds itself before it serves: no supergraph is a broken database, not bad input.
  if (!supergraph) throw new Error('the registry holds no supergraph: it was not seeded');
  return { supergraph, subgraphs };
}

/** A stored version as composition takes it. */
export function sdlOf(row: SubgraphVersionRow): SubgraphSdl {
  return { name: row.subgraph, url: row.routing_url, sdl: row.sdl };
}

/** The current supergraph's public API schema (composed again from the current subgraphs, once per supergraph). */
export function currentApiSchema(deps: RegistryDeps, state: GraphState): GraphQLSchema {
  return deps.apiSchemas.get(state.supergraph.id, () => {
    const composition = composeSubgraphs(state.subgraphs.map(sdlOf));
    if (!composition.ok)
      throw new Error(
        `the current subgraphs no longer compose: ${composition.errors.map((e) => e.message).join('; ')}`,
      );
    return composition.apiSchema;
  });
}

/** Runs the checks of `candidate` against `state`. */
export async function evaluateCandidate(
  deps: RegistryDeps,
  state: GraphState,
  candidate: SubgraphSdl,
): Promise<Evaluation> {
  const [operations, ownership] = await Promise.all([allOperations(deps.db), loadOwnership(deps.db)]);
  const evaluation = evaluate({
    candidate,
    others: state.subgraphs.filter((row) => row.subgraph !== candidate.name).map(sdlOf),
    currentApi: currentApiSchema(deps, state),
    operations,
    ownership,
  });
  if (!evaluation.composes) return evaluation;
  // A supergraph no gateway can load is refused like one that does not compose: nothing may store it.
  const loaded = await deps.loader.load(evaluation.supergraphSdl);
  if (loaded.ok) return evaluation;
  const issues = loaded.reasons.map((reason): LoadingIssue => ({
    kind: 'loading',
    message: `The gateway cannot load the composed supergraph: ${reason}`,
  }));
  return {
    composes: false,
    report: reportOf([...issues, ...evaluation.report.errors], evaluation.report.warnings),
  };
}
