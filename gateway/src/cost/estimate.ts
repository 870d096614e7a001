/**
 * Apollo's demand-control cost model (after IBM's GraphQL cost directive specification), computed
 * on an operation before it is planned (`estimatedCost`) and on the data it answered
 * (`actualCost`):
 *
 * - a mutation costs 10 to start with, a query 0;
 * - each object, interface or union returned costs 1, a scalar or enum 0, unless `@cost(weight:)`
 *   on the field (first) or on its type says otherwise; an argument with `@cost` adds its weight;
 * - a list multiplies the cost of one element (its weight plus its selections) by its size: the
 *   largest slicing argument of its `@listSize` (literal, variable or default, as coerced), else
 *   its `assumedSize`, else the configured default; `sizedFields` hand that size to child lists
 *   (a connection's `edges`) instead; for the actual cost, the size is the answer's real length;
 * - every response key counts (aliases of one field count once each; the same key selected twice
 *   is executed, so counted, once); `@skip`/`@include` are evaluated with the variables; on an
 *   abstract type, each possible type's selections are costed and the most expensive counts.
 *
 * Introspection fields (`__schema`, `__type`, `__typename`) are answered by the gateway itself and
 * cost nothing here; the depth, alias and token limits bound them.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  OperationTypeNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  typeFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { CostDirectives, ListSize } from './directives.js';

/** What a mutation costs before any of its fields. */
export const MUTATION_BASE_COST = 10;

export interface CostInput {
  /** The API schema the operation was validated against. */
  readonly schema: GraphQLSchema;
  readonly directives: CostDirectives;
  readonly operation: OperationDefinitionNode;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The operation's variables as coerced by `getVariableValues` (defaults applied). */
  readonly variables: Readonly<Record<string, unknown>>;
  /** The size of a list whose `@listSize` gives none. */
  readonly defaultListSize: number;
  /**
   * How many fields the walk may visit before it gives up and calls the operation unbounded:
   * fragments can make a short document expand enormously. @default 100000
   */
  readonly maxVisits?: number;
}

/** A field a `@listSize` of its parent sizes (`edges` of a connection), with that size. */
interface SizedFields {
  readonly fields: readonly string[];
  readonly size: number;
}

/** Refuses an operation the cost model cannot price (e.g. a `requireOneSlicingArgument` field without exactly one). */
export class CostModelError extends Error {}

/** `a × b` where nothing times anything (even an unbounded count) is nothing. */
const times = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : a * b);

class Walk {
  private visits = 0;
  constructor(private readonly input: CostInput) {}

  /**
   * Each response key of `selectionSets` on `runtime`, with its field nodes; `@skip`/`@include`
   * applied. Like graphql-js's `collectFields`, a fragment is expanded once per collection: again,
   * it would add no key, and a document of fragments spreading fragments would expand exponentially.
   */
  collect(runtime: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const spread = new Set<string>();
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        this.count();
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const nodes = fields.get(key);
          if (nodes) nodes.push(selection);
          else fields.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (this.applies(selection.typeCondition?.name.value, runtime)) visit(selection.selectionSet);
        } else {
          const name = selection.name.value;
          const fragment = this.input.fragments[name];
          if (spread.has(name) || !fragment) continue;
          spread.add(name);
          if (this.applies(fragment.typeCondition.name.value, runtime)) visit(fragment.selectionSet);
        }
      }
    };
    for (const set of selectionSets) visit(set);
    return fields;
  }

  private included(node: Parameters<typeof getDirectiveValues>[1]): boolean {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, this.input.variables);
    if (skip?.['if'] === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, this.input.variables);
    return include?.['if'] !== false;
  }

  private applies(condition: string | undefined, runtime: GraphQLObjectType): boolean {
    if (!condition) return true;
    const type = typeFromAST(this.input.schema, {
      kind: Kind.NAMED_TYPE,
      name: { kind: Kind.NAME, value: condition },
    });
    if (!type) return false;
    if (type === runtime) return true;
    return isAbstractType(type) && this.input.schema.isSubType(type, runtime);
  }

  /** The object types a value of `type` can be. */
  runtimeTypes(type: GraphQLCompositeType): readonly GraphQLObjectType[] {
    return isAbstractType(type) ? this.input.schema.getPossibleTypes(type) : [type];
  }

  count(): void {
    if (++this.visits > (this.input.maxVisits ?? 100_000)) throw new Unbounded();
  }

  field(parent: GraphQLObjectType, node: FieldNode): GraphQLField<unknown, unknown> | undefined {
    const name = node.name.value;
    return name.startsWith('__') ? undefined : parent.getFields()[name];
  }

  /** The weight of one value of `field`: its `@cost`, its type's, else 1 for composite types, 0 otherwise. */
  weight(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): number {
    const named = getNamedType(field.type);
    const { directives } = this.input;
    // A negative weight would let one field pay for another: it counts as 0.
    return Math.max(
      0,
      directives.fieldWeight(parent.name, field.name) ??
        directives.typeWeight(named.name) ??
        (isCompositeType(named) ? 1 : 0),
    );
  }

  /** The `@cost` weights of the arguments given to `node`. */
  argumentsWeight(parent: GraphQLObjectType, node: FieldNode): number {
    let weight = 0;
    for (const argument of node.arguments ?? []) {
      weight += Math.max(
        0,
        this.input.directives.argumentWeight(parent.name, node.name.value, argument.name.value) ?? 0,
      );
    }
    return weight;
  }

  /** The size `@listSize` gives `node`'s list: its largest slicing argument, else `assumedSize`. */
  expectedSize(
    parent: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    listSize: ListSize,
  ): number | undefined {
    let values: Record<string, unknown> = {};
    try {
      values = getArgumentValues(field, node, this.input.variables);
    } catch {
      // Arguments that do not coerce fail validation or execution; the assumed size stands for them meanwhile.
    }
    const sizes = listSize.slicingArguments
      .map((name) => values[name])
      .filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
    if (listSize.requireOneSlicingArgument && listSize.slicingArguments.length > 0 && sizes.length !== 1) {
      throw new CostModelError(
        `${parent.name}.${field.name} needs exactly one of its slicing arguments (${listSize.slicingArguments.join(', ')}), got ${sizes.length}`,
      );
    }
    // A negative size must not make an operation cheaper; the subgraph refuses it anyway.
    if (sizes.length > 0) return Math.max(0, ...sizes);
    return listSize.assumedSize === undefined ? undefined : Math.max(0, listSize.assumedSize);
  }
}

class Unbounded extends Error {}

function estimateSelections(
  walk: Walk,
  input: CostInput,
  type: GraphQLCompositeType,
  sets: readonly SelectionSetNode[],
  sized?: SizedFields,
): number {
  let most = 0;
  for (const runtime of walk.runtimeTypes(type)) {
    let cost = 0;
    for (const nodes of walk.collect(runtime, sets).values())
      cost += estimateField(walk, input, runtime, nodes, sized);
    most = Math.max(most, cost);
  }
  return most;
}

function estimateField(
  walk: Walk,
  input: CostInput,
  parent: GraphQLObjectType,
  nodes: readonly FieldNode[],
  sized?: SizedFields,
): number {
  const node = nodes[0] as FieldNode;
  const field = walk.field(parent, node);
  if (!field) return 0;
  const listSize = input.directives.listSize(parent.name, field.name);
  const expected = listSize ? walk.expectedSize(parent, field, node, listSize) : undefined;
  let instances = 1;
  if (isListType(getNullableType(field.type))) {
    instances = sized?.fields.includes(field.name) ? sized.size : (expected ?? input.defaultListSize);
  }
  const named = getNamedType(field.type);
  let perInstance = walk.weight(parent, field);
  if (instances > 0 && isCompositeType(named)) {
    const handed =
      listSize && listSize.sizedFields.length > 0
        ? { fields: listSize.sizedFields, size: expected ?? input.defaultListSize }
        : undefined;
    perInstance += estimateSelections(walk, input, named, selectionSetsOf(nodes), handed);
  }
  return times(instances, perInstance) + walk.argumentsWeight(parent, node);
}

function selectionSetsOf(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
}

function rootOf(input: CostInput): GraphQLObjectType | undefined {
  return input.schema.getRootType(input.operation.operation) ?? undefined;
}

const baseCost = (input: CostInput): number =>
  input.operation.operation === OperationTypeNode.MUTATION ? MUTATION_BASE_COST : 0;

/**
 * The cost the operation may reach, before it runs. `Infinity` when it expands past `maxVisits`.
 * @throws {CostModelError} when a `@listSize` requirement is not met
 */
export function estimatedCost(input: CostInput): number {
  const root = rootOf(input);
  if (!root) return baseCost(input);
  try {
    return baseCost(input) + estimateSelections(new Walk(input), input, root, [input.operation.selectionSet]);
  } catch (error) {
    if (error instanceof Unbounded) return Number.POSITIVE_INFINITY;
    throw error;
  }
}

/** The cost of what the operation actually answered: the same weights, with the real lengths of lists. */
export function actualCost(
  input: CostInput,
  data: Readonly<Record<string, unknown>> | null | undefined,
): number {
  const root = rootOf(input);
  if (!root || !data) return baseCost(input);
  const walk = new Walk({ ...input, maxVisits: Number.POSITIVE_INFINITY });
  return baseCost(input) + actualSelections(walk, new Map(), root, [input.operation.selectionSet], data);
}

/** One response key of a selection on one runtime type, as the actual cost reads it. */
interface PricedKey {
  readonly key: string;
  /** The field's weight, paid by each element. */
  readonly weight: number;
  /** Its arguments' weights, paid once. */
  readonly argumentsWeight: number;
  /** The composite type its elements have, with the selections on them; none for a scalar or enum. */
  readonly child:
    { readonly type: GraphQLCompositeType; readonly sets: readonly SelectionSetNode[] } | undefined;
}

/**
 * The priced keys of `sets` on `runtime`, worked out once per answer for each place in the
 * operation (an answer has thousands of objects and a handful of selection sets).
 */
type PricedKeys = Map<GraphQLCompositeType, Map<readonly SelectionSetNode[], readonly PricedKey[]>>;

function pricedKeys(
  walk: Walk,
  known: PricedKeys,
  runtime: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
): readonly PricedKey[] {
  let byType = known.get(runtime);
  if (!byType) known.set(runtime, (byType = new Map<readonly SelectionSetNode[], readonly PricedKey[]>()));
  const cached = byType.get(sets);
  if (cached) return cached;
  const keys: PricedKey[] = [];
  for (const [key, nodes] of walk.collect(runtime, sets)) {
    const field = walk.field(runtime, nodes[0] as FieldNode);
    if (!field) continue;
    const named = getNamedType(field.type);
    keys.push({
      key,
      weight: walk.weight(runtime, field),
      argumentsWeight: walk.argumentsWeight(runtime, nodes[0] as FieldNode),
      child: isCompositeType(named) ? { type: named, sets: selectionSetsOf(nodes) } : undefined,
    });
  }
  byType.set(sets, keys);
  return keys;
}

function actualSelections(
  walk: Walk,
  known: PricedKeys,
  type: GraphQLCompositeType,
  sets: readonly SelectionSetNode[],
  value: Readonly<Record<string, unknown>>,
): number {
  const typename = value['__typename'];
  const candidates = walk.runtimeTypes(type);
  const match = candidates.length === 1 ? candidates[0] : candidates.find((t) => t.name === typename);
  if (match) return actualOfType(walk, known, match, sets, value);
  // No __typename to tell the runtime type: the costliest reading.
  let most = 0;
  for (const runtime of candidates) most = Math.max(most, actualOfType(walk, known, runtime, sets, value));
  return most;
}

function actualOfType(
  walk: Walk,
  known: PricedKeys,
  runtime: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  value: Readonly<Record<string, unknown>>,
): number {
  let cost = 0;
  for (const priced of pricedKeys(walk, known, runtime, sets)) {
    const item = value[priced.key];
    if (item === undefined || item === null) continue;
    cost += actualOf(walk, known, priced, item) + priced.argumentsWeight;
  }
  return cost;
}

/** The cost of one value of a priced key: each element its weight and its own selections. */
function actualOf(walk: Walk, known: PricedKeys, priced: PricedKey, item: unknown): number {
  if (item === null || item === undefined) return 0;
  if (Array.isArray(item)) {
    let sum = 0;
    for (const inner of item) sum += actualOf(walk, known, priced, inner);
    return sum;
  }
  if (!priced.child || typeof item !== 'object') return priced.weight;
  return (
    priced.weight +
    actualSelections(walk, known, priced.child.type, priced.child.sets, item as Record<string, unknown>)
  );
}
