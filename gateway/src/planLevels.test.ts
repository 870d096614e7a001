import { describe, expect, it } from 'vitest';
import { alignLevels } from './planLevels.js';

type Plan = Parameters<typeof alignLevels>[0];
type Node = NonNullable<Plan['node']>;

const fetch = (serviceName: string, operationName: string): Node =>
  ({ kind: 'Fetch', serviceName, operationName, operation: `{ ${operationName} }` }) as unknown as Node;
const flatten = (path: string, node: Node): Node =>
  ({ kind: 'Flatten', path: path.split('.'), node }) as Node;
const sequence = (...nodes: Node[]): Node => ({ kind: 'Sequence', nodes }) as Node;
const parallel = (...nodes: Node[]): Node => ({ kind: 'Parallel', nodes }) as Node;

/** The plan's shape as text: fetches by name, Sequence as `[a, b]`, Parallel as `{a, b}`. */
function shape(node: Node | undefined): string {
  if (!node) return '';
  switch (node.kind) {
    case 'Fetch':
      return node.operationName ?? '?';
    case 'Flatten':
      return shape(node.node);
    case 'Sequence':
      return `[${node.nodes.map(shape).join(', ')}]`;
    case 'Parallel':
      return `{${node.nodes.map(shape).join(', ')}}`;
    case 'Condition':
      return `if(${shape(node.ifClause)} else ${shape(node.elseClause)})`;
    default:
      return node.kind;
  }
}

const aligned = (node: Node) => {
  const plan = { kind: 'QueryPlan', node } as Plan;
  alignLevels(plan);
  return shape(plan.node);
};

describe('query plans in levels', () => {
  it('runs the fetches of the same depth of side-by-side branches together', () => {
    expect(
      aligned(
        parallel(
          sequence(fetch('accounts', 'users'), flatten('users.@', fetch('reviews', 'userReviews'))),
          sequence(fetch('products', 'top'), flatten('top.@', fetch('reviews', 'productReviews'))),
        ),
      ),
    ).toBe('[{users, top}, {userReviews, productReviews}]');
  });

  it('keeps every step after the ones it depends on, and what follows a Parallel after all of it', () => {
    expect(
      aligned(
        sequence(
          fetch('a', 'a1'),
          parallel(sequence(fetch('b', 'b1'), fetch('b', 'b2'), fetch('b', 'b3')), fetch('c', 'c1')),
          fetch('d', 'd1'),
        ),
      ),
    ).toBe('[a1, {b1, c1}, b2, b3, d1]');
  });

  it('starts a short branch later when that puts its fetch with another to the same subgraph', () => {
    expect(
      aligned(
        parallel(
          sequence(flatten('p', fetch('products', 'price')), flatten('p', fetch('inventory', 'shipping'))),
          flatten('p', fetch('inventory', 'inStock')),
          flatten('p', fetch('accounts', 'author')),
        ),
      ),
    ).toBe('[{price, author}, {shipping, inStock}]');
  });

  it('aligns the branches of a condition inside it, and leaves plans with @defer as they are', () => {
    const condition = {
      kind: 'Condition',
      condition: 'withReviews',
      ifClause: parallel(
        sequence(fetch('a', 'a1'), fetch('a', 'a2')),
        sequence(fetch('b', 'b1'), fetch('a', 'b2')),
      ),
    } as Node;
    expect(aligned(sequence(fetch('x', 'x1'), condition))).toBe('[x1, if([{a1, b1}, {a2, b2}] else )]');
    const deferred = parallel(sequence(fetch('a', 'a1'), fetch('a', 'a2')), {
      kind: 'Defer',
      primary: {},
      deferred: [],
    } as unknown as Node);
    expect(aligned(deferred)).toBe('{[a1, a2], Defer}');
  });

  it('rewrites a cached plan once', () => {
    const plan = {
      kind: 'QueryPlan',
      node: parallel(sequence(fetch('a', 'a1'), fetch('a', 'a2')), fetch('b', 'b1')),
    } as Plan;
    alignLevels(plan);
    const once = plan.node;
    alignLevels(plan);
    expect(plan.node).toBe(once);
  });
});
