/**
 * Query plans in levels. Apollo's planner runs independent branches side by side, each a
 * sequence of its own (`Parallel { Sequence { a1, a2 }, Sequence { b1, b2 } }`): a2 leaves when
 * a1 is back, b2 when b1 is, so fetches of the same depth leave at different moments and cannot
 * travel together. `alignLevels` rewrites the plan as levels (`Sequence { Parallel { a1, b1 },
 * Parallel { a2, b2 } }`): every fetch still runs after everything it depends on (only more
 * order is added), and the fetches of one level leave at once, for the data source to merge
 * (`fetchMerging/`). A short branch starts late when that puts its fetches with others to the
 * same subgraph (never making the plan deeper). The price: a level waits for its slowest fetch
 * before the next leaves.
 *
 * Conditions (`@skip`/`@include` on a variable) stay one step of their level, their branches
 * aligned inside; plans with `@defer` or a subscription are left as they are.
 */
import type { GatewayConfig } from '@apollo/gateway';

/** Apollo's plan types, as the gateway hands them over (its planner package is not ours to import). */
type QueryPlan = Parameters<NonNullable<GatewayConfig['experimental_didResolveQueryPlan']>>[0]['queryPlan'];
type ConditionNode = Extract<NonNullable<QueryPlan['node']>, { kind: 'Condition' }>;
type PlanNode = NonNullable<ConditionNode['ifClause']>;

/** Each level: the steps that run together. */
type Levels = PlanNode[][];

function levelsOf(node: PlanNode): Levels | undefined {
  switch (node.kind) {
    case 'Fetch':
    case 'Flatten':
      return [[node]];
    case 'Sequence': {
      const levels: Levels = [];
      for (const child of node.nodes) {
        const own = levelsOf(child);
        if (!own) return undefined;
        levels.push(...own);
      }
      return levels;
    }
    case 'Parallel': {
      const branches: Levels[] = [];
      for (const child of node.nodes) {
        const own = levelsOf(child);
        if (!own) return undefined;
        branches.push(own);
      }
      return parallelLevels(branches);
    }
    case 'Condition': {
      const ifClause = node.ifClause && aligned(node.ifClause);
      const elseClause = node.elseClause && aligned(node.elseClause);
      if ((node.ifClause && !ifClause) || (node.elseClause && !elseClause)) return undefined;
      const condition: ConditionNode = { ...node, ifClause, elseClause };
      return [[condition]];
    }
    default:
      return undefined;
  }
}

/** The subgraphs a level's steps fetch from. */
function subgraphsOf(steps: readonly PlanNode[]): string[] {
  return steps.flatMap((step) =>
    step.kind === 'Fetch'
      ? [step.serviceName]
      : step.kind === 'Flatten' && step.node.kind === 'Fetch'
        ? [step.node.serviceName]
        : [],
  );
}

/**
 * Branches run side by side, as levels. A branch shorter than the longest may start later, as
 * long as it ends with the longest (what comes after the Parallel waits for all of it anyway):
 * each branch, longest first, starts at the level where most of its fetches meet fetches to the
 * same subgraphs, the earliest of those.
 */
function parallelLevels(branches: Levels[]): Levels {
  const depth = Math.max(...branches.map((b) => b.length));
  const levels: Levels = Array.from({ length: depth }, () => []);
  const meets = (branch: Levels, offset: number) =>
    branch.reduce((count, steps, k) => {
      const there = new Set(subgraphsOf(levels[offset + k]!));
      return count + subgraphsOf(steps).filter((name) => there.has(name)).length;
    }, 0);
  for (const branch of [...branches].sort((a, b) => b.length - a.length)) {
    let best = 0;
    let bestMeets = meets(branch, 0);
    for (let offset = 1; offset <= depth - branch.length; offset++) {
      const count = meets(branch, offset);
      if (count > bestMeets) [best, bestMeets] = [offset, count];
    }
    branch.forEach((steps, k) => levels[best + k]!.push(...steps));
  }
  return levels;
}

/** The node in levels, or `undefined` when it holds what is left as it is. */
function aligned(node: PlanNode): PlanNode | undefined {
  const levels = levelsOf(node);
  if (!levels) return undefined;
  const steps = levels.map((level): PlanNode =>
    level.length === 1 ? level[0]! : { kind: 'Parallel', nodes: level },
  );
  return steps.length === 1 ? steps[0] : { kind: 'Sequence', nodes: steps };
}

const done = new WeakSet<QueryPlan>();

/**
 * Rewrites `plan` in levels, in place (Apollo keeps the plan in its plan cache and runs the object
 * it passes here), once per plan.
 */
export function alignLevels(plan: QueryPlan): void {
  if (done.has(plan)) return;
  done.add(plan);
  if (!plan.node || plan.node.kind === 'Subscription') return;
  const node = aligned(plan.node);
  if (node) (plan as { node?: PlanNode }).node = node;
}
