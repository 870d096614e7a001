/**
 * Planning ahead (`index.ts` decides when): every registered operation planned on a built
 * supergraph with its own planner (Apollo's), step by step, and the key each plan is stored under.
 */
import { createHash } from 'node:crypto';
import { operationFromDocument } from '@apollo/federation-internals';
import type { QueryPlan } from '@apollo/query-planner';
import { Kind, parse, type DocumentNode } from 'graphql';
import type { LoadedSupergraph } from '../../../../lib/supergraph/load.js';
import { planKey } from '../../execution/planKey.js';

/** A plan and its weight in the store (its JSON size), weighed ahead so the swap does not. */
export interface WeighedPlan {
  readonly plan: QueryPlan;
  readonly size: number;
}

/** The plans of one supergraph, by Apollo's plan-store key. */
export interface Planned {
  readonly supergraphSdl: string;
  readonly plans: ReadonlyMap<string, WeighedPlan>;
  /** Operations planned. */
  readonly warmed: number;
  /** The operations that did not plan, and why (first line). */
  readonly failures: readonly { readonly operation: string; readonly reason: string }[];
}

/** The key the plan of `queryText` (its operation `operationName`) is stored under (`execution/planKey.ts`). */
export function planStoreKey(queryText: string, operationName?: string): string {
  return planKey(createHash('sha256').update(queryText).digest('hex'), operationName);
}

/** A plan's weight in the store: its JSON size, as Apollo's own store weighs plans. */
export const weigh = (plan: QueryPlan): number => Buffer.byteLength(JSON.stringify(plan));

export const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * Plans every operation of `operations` on a built supergraph with its planner (Apollo's),
 * pausing (`yield`) between operations: the caller decides how long.
 */
export function* planning(
  loaded: LoadedSupergraph,
  operations: () => Iterable<string>,
): Generator<void, Planned> {
  const { sdl: supergraphSdl, apiSchema, planner } = loaded;
  const plans = new Map<string, WeighedPlan>();
  let warmed = 0;
  const failures: { operation: string; reason: string }[] = [];
  for (const text of operations()) {
    yield;
    let document: DocumentNode;
    try {
      document = parse(text, { noLocation: true });
    } catch (error) {
      failures.push({ operation: 'unparsable', reason: firstLine(error) });
      continue;
    }
    const definitions = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    for (const definition of definitions) {
      const name = definition.name?.value;
      // Apollo plans an anonymous operation only when it is the document's only one.
      if (!name && definitions.length > 1) continue;
      try {
        const plan = planner.buildQueryPlan(
          operationFromDocument(apiSchema, document, { operationName: name }),
        );
        const weighed = { plan, size: weigh(plan) };
        if (name) plans.set(planStoreKey(text, name), weighed);
        if (definitions.length === 1) plans.set(planStoreKey(text), weighed);
        warmed++;
      } catch (error) {
        failures.push({ operation: name ?? 'unnamed', reason: firstLine(error) });
      }
    }
  }
  return { supergraphSdl, plans, warmed, failures };
}
