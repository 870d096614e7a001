/**
 * The fetches of one client request to one subgraph that leave together (one level of its plan):
 * entity fetches joined, then everything as one operation when it can merge, each alone otherwise.
 * `fetchMerging/` builds the operations and splits the answers; this decides, sends and answers
 * each fetch.
 */
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { parse, type DocumentNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import {
  combineEntityFetches,
  distinctEntities,
  fanOutEntities,
  mergeFetches,
  mergeVariables,
  pickEntities,
  unionOfEntityFetches,
  splitAnswer,
  type CombinedFetch,
  type MergedFetches,
} from '../fetchMerging/index.js';

export type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

/** A fetch waiting for the others of its plan level. */
export interface Waiting {
  readonly options: ProcessOptions;
  readonly resolve: (answer: GatewayGraphQLResponse) => void;
  readonly reject: (error: unknown) => void;
}

/** How the data source sends one request. */
export interface Senders {
  /** As it is. */
  send(options: ProcessOptions): Promise<GatewayGraphQLResponse>;
  /** With each of its entities once, each place given its entity back. */
  sendDistinct(options: ProcessOptions): Promise<GatewayGraphQLResponse>;
}

/** Most operations kept, by the fetches' texts; a plan cache's worth of levels. */
const MAX_KEPT = 2000;

/** The operations built from fetches' texts, once per combination of texts, for one subgraph. */
export class TogetherOperations {
  /** Merged operations by the fetches' query texts (`undefined`: those cannot be merged). */
  private readonly mergedByText = new Map<string, MergedFetches | undefined>();
  /** Joined entity fetches by the fetches' query texts (`undefined`: those cannot be joined). */
  private readonly unionsByText = new Map<string, string | undefined>();

  /** The merged operation for these fetches, built once per combination of their texts. */
  merged(queries: readonly string[]): MergedFetches | undefined {
    return kept(this.mergedByText, queries, (documents) => mergeFetches(documents));
  }

  /** The entity fetch doing the work of these plain entity fetches, built once per combination of their texts. */
  union(queries: readonly string[]): string | undefined {
    return kept(this.unionsByText, queries, (documents) => unionOfEntityFetches(documents));
  }
}

/** What `build` makes of the parsed texts, kept by the texts (`undefined` when they do not parse or build). */
function kept<T>(
  byText: Map<string, T | undefined>,
  queries: readonly string[],
  build: (documents: DocumentNode[]) => T | undefined,
): T | undefined {
  const key = queries.join('\u0000');
  if (byText.has(key)) return byText.get(key);
  let built: T | undefined;
  try {
    built = build(queries.map((query) => parse(query)));
  } catch {
    built = undefined;
  }
  if (byText.size >= MAX_KEPT) byText.clear();
  byText.set(key, built);
  return built;
}

/**
 * Sends fetches gathered together: entity fetches of one shape joined, then everything as one
 * operation when it can merge, each request alone otherwise.
 */
export async function sendTogether(
  fetches: readonly Waiting[],
  senders: Senders,
  operations: TogetherOperations,
): Promise<void> {
  const alone = () =>
    Promise.all(
      fetches.map((fetch) => senders.sendDistinct(fetch.options).then(fetch.resolve, fetch.reject)),
    );
  const combined = combineEntityFetches(
    fetches.map((fetch) => fetch.options.request),
    (queries) => operations.union(queries),
  );
  const first = fetches[0]!.options;
  let answers: GatewayGraphQLResponse[];
  // Joined entity fetches carry each entity once already.
  const distinct = (c: CombinedFetch) =>
    c.members.length > 1 ? undefined : distinctEntities(c.request.variables);
  if (combined.length === 1) {
    const only = { ...first, request: combined[0]!.request };
    answers = [await (combined[0]!.members.length > 1 ? senders.send(only) : senders.sendDistinct(only))];
  } else {
    const merged = operations.merged(combined.map((c) => c.request.query ?? ''));
    if (!merged) return void (await alone());
    const plans = combined.map(distinct);
    const answer = await senders.send({
      ...first,
      request: {
        query: merged.query,
        operationName: merged.operationName,
        variables: mergeVariables(combined.map((c, i) => plans[i]?.variables ?? c.request.variables)),
        ...(first.request.http ? { http: first.request.http } : {}),
      },
    });
    // No data at all (a failure of the whole operation): each fetch alone, so that one
    // fetch's failure is not the others'.
    if ((answer.data === null || answer.data === undefined) && answer.errors?.length)
      return void (await alone());
    answers = splitAnswer(answer, merged, combined.length).map((part, i) => {
      const plan = plans[i];
      return plan ? fanOutEntities(part, plan) : part;
    });
  }
  await Promise.all(
    combined.map(async (c, i) => {
      const answer = answers[i]!;
      // Fetches of different selections whose joined answer has errors: each asks on its own,
      // so that each gets the errors (and nulls) of its own fields only.
      if (c.union && answer.errors?.length) {
        await Promise.all(
          c.members.map(({ index }) =>
            senders
              .sendDistinct(fetches[index]!.options)
              .then(fetches[index]!.resolve, fetches[index]!.reject),
          ),
        );
        return;
      }
      for (const member of c.members)
        fetches[member.index]!.resolve(member.positions ? pickEntities(answer, member.positions) : answer);
    }),
  );
}
