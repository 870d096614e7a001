/**
 * Less work per subgraph fetch, without changing any answer:
 *
 * - **Each entity once.** Apollo Gateway sends one representation per place an entity appears in
 *   the result so far (the same product under every review that names it). `distinctEntities`
 *   keeps each distinct representation once; `fanOutEntities` gives its answer back to every
 *   place that needed it, and each error about it to each of them, with its path renumbered.
 * - **One fetch per entity.** Entity fetches of one plan level to one subgraph become one fetch
 *   (`combineEntityFetches`): each entity once whichever fetch named it, with every fetch's
 *   selections; `pickEntities` gives each fetch its entities back.
 * - **One operation per subgraph and plan level.** Fetches of one client request to one subgraph
 *   that leave together (the parallel fetches of one level of a query plan) become one operation:
 *   `mergeFetches` prefixes each fetch's root fields (as aliases), variables and fragments with
 *   `b<i>_`, and `splitAnswer` gives each fetch its own part of the answer, errors by path.
 *
 * Pure functions over Apollo's fetch requests and the subgraph's answers; the data source
 * (`subgraphDataSource.ts`) decides when they apply.
 */
import {
  Kind,
  OperationTypeNode,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { GatewayGraphQLRequest, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';

type Variables = Readonly<Record<string, unknown>>;
type GraphQLErrorShape = NonNullable<GatewayGraphQLResponse['errors']>[number];

/**
 * A representation's identity as text: its fields (`fields`, or all of them) with their values,
 * strings and objects in JSON (quoted, so no value can pass for another), field names as they
 * are (GraphQL names). Twice as fast as `JSON.stringify` on the whole object, for the thousand
 * representations a deep query's fetch may carry.
 */
function representationKey(representation: unknown, fields?: readonly string[]): string {
  if (typeof representation !== 'object' || representation === null)
    return JSON.stringify(representation) ?? '';
  const record = representation as Record<string, unknown>;
  let key = '';
  for (const field of fields ?? Object.keys(record)) {
    const value = record[field];
    key += `${field}:${typeof value === 'number' || typeof value === 'boolean' ? String(value) : (JSON.stringify(value) ?? '')},`;
  }
  return key;
}

/** How a fetch's distinct representations map back to the ones Apollo built. */
export interface DistinctEntities {
  /** The variables to send: `representations` holds each distinct representation once. */
  readonly variables: Variables;
  /** For each representation Apollo built, the index of its distinct one. */
  readonly indexOf: readonly number[];
  readonly distinctCount: number;
}

/**
 * The distinct representations of an `_entities` fetch (Apollo names its list `representations`),
 * or `undefined` when every one is distinct already (nothing to change) or the fetch has none.
 * Representations are compared field by field in their order: Apollo builds them in the order of
 * the plan's `requires`, so equal entities give equal text.
 */
export function distinctEntities(variables: Variables | undefined): DistinctEntities | undefined {
  const representations = variables?.['representations'];
  if (!Array.isArray(representations) || representations.length < 2) return undefined;
  const seen = new Map<string, number>();
  const distinct: unknown[] = [];
  const indexOf = new Array<number>(representations.length);
  for (let i = 0; i < representations.length; i++) {
    const key = representationKey(representations[i]);
    let index = seen.get(key);
    if (index === undefined) {
      index = distinct.length;
      seen.set(key, index);
      distinct.push(representations[i]);
    }
    indexOf[i] = index;
  }
  if (distinct.length === representations.length) return undefined;
  return { variables: { ...variables, representations: distinct }, indexOf, distinctCount: distinct.length };
}

/**
 * The answer Apollo expects for every representation it built, from the answer to the distinct
 * ones: each place gets its entity (the same object: the executor merges it where it belongs,
 * and its rewrites are idempotent), each error about an entity is repeated for every place that
 * asked for it. An answer of another shape is returned as it is, for Apollo to refuse.
 */
export function fanOutEntities(
  answer: GatewayGraphQLResponse,
  plan: DistinctEntities,
): GatewayGraphQLResponse {
  const entities = (answer.data as { _entities?: unknown } | null | undefined)?._entities;
  if (!Array.isArray(entities) || entities.length !== plan.distinctCount) return answer;
  const places = new Array<unknown>(plan.indexOf.length);
  for (let i = 0; i < places.length; i++) places[i] = entities[plan.indexOf[i]!];
  const result: GatewayGraphQLResponse = { ...answer, data: { ...answer.data, _entities: places } };
  if (answer.errors) result.errors = answer.errors.flatMap((error) => errorsForPlaces(error, plan.indexOf));
  return result;
}

function errorsForPlaces(error: GraphQLErrorShape, indexOf: readonly number[]): GraphQLErrorShape[] {
  const path = error.path;
  if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
  const distinct = path[1];
  const copies: GraphQLErrorShape[] = [];
  for (let i = 0; i < indexOf.length; i++)
    if (indexOf[i] === distinct) copies.push({ ...error, path: ['_entities', i, ...path.slice(2)] });
  return copies.length > 0 ? copies : [error];
}

/** Fetches sent as one: the request, and for each fetch joined in it, where its entities are in the answer. */
export interface CombinedFetch {
  readonly request: GatewayGraphQLRequest;
  /**
   * Fetches of different selections asked as one: an error about an entity cannot be told apart
   * by fetch (nor can a null it leaves), so an answer with errors is not theirs to share.
   */
  readonly union: boolean;
  readonly members: readonly {
    readonly index: number;
    /** For each representation of the fetch, its entity's position in the answer; none: the whole answer. */
    readonly positions: readonly number[] | undefined;
  }[];
}

/** The operation without the name Apollo gives each fetch: fetches of equal shape ask the same. */
const shapeOf = (query: string) => query.replace(/^\s*query\s+[_A-Za-z][_0-9A-Za-z]*/, 'query');

/**
 * One entity fetch asking for what several ask, each with its own selections on the entities
 * (`_entities { ... on Product { inStock } ... on Product { shippingEstimate } }`), or `undefined`
 * when one of them is not a plain entity fetch. Given by the caller, which keeps what it builds.
 */
export type UnionOfEntityFetches = (queries: readonly string[]) => string | undefined;

/**
 * The requests to send for `requests`: the entity fetches with the same other variables joined
 * into one, each entity once (the same key fields and values, whichever fetch named it, with the
 * fields each needs), asking for every fetch's selections; every other request as it is. When
 * their representations do not line up (different key fields for one type, a field with two
 * values), only fetches of the very same shape are joined. Order follows the first member of each.
 */
export function combineEntityFetches(
  requests: readonly GatewayGraphQLRequest[],
  union: UnionOfEntityFetches,
): CombinedFetch[] {
  const combined: { first: number; fetch: CombinedFetch }[] = [];
  const groups = new Map<string, number[]>();
  for (const [index, request] of requests.entries()) {
    const { representations, ...others } = request.variables ?? {};
    if (!Array.isArray(representations) || request.query === undefined) {
      combined.push({
        first: index,
        fetch: { request, union: false, members: [{ index, positions: undefined }] },
      });
      continue;
    }
    const key = JSON.stringify(others);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  }
  for (const group of groups.values()) {
    for (const fetch of joined(requests, group, union))
      combined.push({ first: fetch.members[0]!.index, fetch });
  }
  return combined.sort((a, b) => a.first - b.first).map((c) => c.fetch);
}

function joined(
  requests: readonly GatewayGraphQLRequest[],
  group: readonly number[],
  union: UnionOfEntityFetches,
): CombinedFetch[] {
  const queries = group.map((i) => requests[i]!.query!);
  // One query per shape: fetches asking the same of different entities add no selections.
  const shapes = [...new Map(queries.map((q) => [shapeOf(q), q])).values()];
  const sameShape = shapes.length === 1;
  const alone = (index: number): CombinedFetch => ({
    request: requests[index]!,
    union: false,
    members: [{ index, positions: undefined }],
  });
  if (group.length === 1) return [alone(group[0]!)];
  const query = sameShape ? queries[0] : union(shapes);
  const entities =
    query === undefined ? undefined : unifyRepresentations(group.map((i) => representationsOf(requests[i]!)));
  if (query !== undefined && entities) {
    const first = requests[group[0]!]!;
    return [
      {
        request: {
          ...first,
          query,
          operationName: /^\s*query\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1],
          variables: { ...first.variables, representations: entities.representations },
        },
        union: !sameShape,
        members: group.map((index, m) => ({ index, positions: entities.positions[m] })),
      },
    ];
  }
  // Not joinable as a whole: each shape on its own, and each fetch alone when even that fails.
  if (sameShape) return group.map(alone);
  const byShape = new Map<string, number[]>();
  for (const index of group) {
    const shape = shapeOf(requests[index]!.query!);
    byShape.set(shape, [...(byShape.get(shape) ?? []), index]);
  }
  return [...byShape.values()].flatMap((indexes) => joined(requests, indexes, union));
}

const representationsOf = (request: GatewayGraphQLRequest) =>
  (request.variables as { representations: readonly unknown[] }).representations;

const sameValue = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * Each entity once across several fetches' representations: two representations of one type are
 * the same entity when they agree on the fields every representation of that type has (its key
 * fields, at least); the one sent has the fields of both. `undefined` when they cannot line up:
 * a type whose representations from several fetches share no field but `__typename` (different
 * keys), or one entity given two different values for a field.
 */
export function unifyRepresentations(
  lists: readonly (readonly unknown[])[],
): { representations: Record<string, unknown>[]; positions: number[][] } | undefined {
  const common = new Map<string, string[]>();
  const fetchesOf = new Map<string, Set<number>>();
  for (const [m, list] of lists.entries()) {
    let lastType: unknown;
    for (const representation of list) {
      const record = representation as Record<string, unknown> | null;
      const typename = record?.['__typename'];
      if (typeof typename !== 'string') return undefined;
      const known = common.get(typename);
      if (!known) common.set(typename, Object.keys(record!));
      else {
        // Most representations have the very fields of the first: nothing is built for them.
        let all = true;
        for (const field of known) if (!Object.hasOwn(record!, field)) all = false;
        if (!all)
          common.set(
            typename,
            known.filter((field) => Object.hasOwn(record!, field)),
          );
      }
      if (typename !== lastType) {
        lastType = typename;
        let fetches = fetchesOf.get(typename);
        if (!fetches) fetchesOf.set(typename, (fetches = new Set()));
        fetches.add(m);
      }
    }
  }
  for (const [typename, fields] of common)
    if (fields.length < 2 && (fetchesOf.get(typename)?.size ?? 0) > 1) return undefined;
  const representations: Record<string, unknown>[] = [];
  // Keys name `__typename` among their fields: one map serves every type.
  const byKey = new Map<string, number>();
  const positions: number[][] = [];
  for (const list of lists) {
    const own = new Array<number>(list.length);
    for (let i = 0; i < list.length; i++) {
      const representation = list[i] as Record<string, unknown>;
      const fields = common.get(representation['__typename'] as string)!;
      const key = representationKey(representation, fields);
      const at = byKey.get(key);
      if (at === undefined) {
        byKey.set(key, representations.length);
        own[i] = representations.length;
        representations.push({ ...representation });
        continue;
      }
      own[i] = at;
      const entity = representations[at]!;
      for (const field in representation) {
        if (!Object.hasOwn(representation, field)) continue;
        // Defined, not assigned: a member named `__proto__` stays a member.
        if (!Object.hasOwn(entity, field))
          Object.defineProperty(entity, field, {
            value: representation[field],
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else if (!sameValue(entity[field], representation[field])) return undefined;
      }
    }
    positions.push(own);
  }
  return { representations, positions };
}

/**
 * The answer of one member of a combined entity fetch: the entity at each of its positions, and
 * each error about one of them for each place it has (errors about no entity go to every member).
 */
export function pickEntities(
  answer: GatewayGraphQLResponse,
  positions: readonly number[],
): GatewayGraphQLResponse {
  const entities = (answer.data as { _entities?: unknown } | null | undefined)?._entities;
  if (!Array.isArray(entities)) return answer;
  const part: GatewayGraphQLResponse = {
    ...answer,
    data: { ...answer.data, _entities: positions.map((p): unknown => entities[p]) },
  };
  if (answer.errors) {
    const errors = answer.errors.flatMap((error) => {
      const path = error.path;
      if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
      const copies: GraphQLErrorShape[] = [];
      positions.forEach((p, i) => {
        if (p === path[1]) copies.push({ ...error, path: ['_entities', i, ...path.slice(2)] });
      });
      return copies;
    });
    if (errors.length > 0) part.errors = errors;
    else delete part.errors;
  }
  return part;
}

/** A plain entity fetch (`_entities(representations: $representations)` alone at its root): its parts, fragments renamed with `prefix`. */
function entityFetchParts(document: DocumentNode, prefix: string) {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operations[0];
  if (operations.length !== 1 || !operation || operation.operation !== OperationTypeNode.QUERY)
    return undefined;
  if (operation.directives?.length) return undefined;
  const [root, ...others] = operation.selectionSet.selections;
  if (others.length > 0 || root?.kind !== Kind.FIELD || root.name.value !== '_entities' || root.alias)
    return undefined;
  const renamed = visit(document, {
    FragmentSpread: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
    FragmentDefinition: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
  });
  const own = renamed.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return {
    operation: own,
    field: own.selectionSet.selections[0] as FieldNode,
    /** The variable definitions as text: fetches joined must declare the same. */
    variables: (own.variableDefinitions ?? []).map((v) => print(v)).join(','),
    fragments: renamed.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION),
  };
}

/**
 * Whether the entity selections of several fetches can stand in one selection set without a
 * conflict the subgraph would refuse (GraphQL's "fields can merge" rule): every one is `... on T
 * { fields }` on one and the same type, and a response key two of them select is the very same
 * field with the very same selections (printed alike). Anything else (two types, whose fields of
 * one name may differ in type; fragment spreads, whose fields are not seen here) is not joined.
 */
function compatibleSelections(fields: readonly FieldNode[]): boolean {
  let type: string | undefined;
  const printed = new Map<string, string>();
  for (const field of fields) {
    for (const selection of field.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.INLINE_FRAGMENT || !selection.typeCondition || selection.directives?.length)
        return false;
      type ??= selection.typeCondition.name.value;
      if (selection.typeCondition.name.value !== type) return false;
      for (const inner of selection.selectionSet.selections) {
        if (inner.kind !== Kind.FIELD) return false;
        const key = inner.alias?.value ?? inner.name.value;
        const text = print(inner);
        const seen = printed.get(key);
        if (seen !== undefined && seen !== text) return false;
        printed.set(key, text);
      }
    }
  }
  return true;
}

/** `UnionOfEntityFetches` over parsed documents (fetches with the same variables). */
export function unionOfEntityFetches(documents: readonly DocumentNode[]): string | undefined {
  const parts = documents.map((document, i) => entityFetchParts(document, `u${i}_`));
  const first = parts[0];
  if (!first || parts.some((p) => !p || p.variables !== first.variables)) return undefined;
  if (!compatibleSelections(parts.map((p) => p!.field))) return undefined;
  const name = first.operation.name?.value;
  const merged: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        ...first.operation,
        ...(name ? { name: { kind: Kind.NAME, value: `${name}__union_${parts.length}` } } : {}),
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [
            {
              ...first.field,
              selectionSet: {
                kind: Kind.SELECTION_SET,
                selections: parts.flatMap((p) => p!.field.selectionSet?.selections ?? []),
              },
            },
          ],
        },
      },
      ...parts.flatMap((p) => p!.fragments),
    ],
  };
  return print(merged);
}

/** A merged operation: its text, and for each of its root response keys, whose it is. */
export interface MergedFetches {
  readonly query: string;
  readonly operationName: string | undefined;
  /** Merged response key → [fetch index, the key that fetch asked for]. */
  readonly owners: ReadonlyMap<string, readonly [number, string]>;
}

const prefixOf = (index: number) => `b${index}_`;

/**
 * One query operation doing the work of `documents` (each one operation, as Apollo's fetches
 * are): root fields aliased, variables and fragments renamed with the fetch's prefix.
 * `undefined` when one of them cannot be merged (not a query, several operations, a fragment at
 * its root): those fetches then go one by one.
 */
export function mergeFetches(documents: readonly DocumentNode[]): MergedFetches | undefined {
  const owners = new Map<string, readonly [number, string]>();
  const selections: FieldNode[] = [];
  const variableDefinitions: VariableDefinitionNode[] = [];
  const fragments: DefinitionNode[] = [];
  let operationName: string | undefined;
  for (const [index, document] of documents.entries()) {
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const operation = operations[0];
    if (operations.length !== 1 || !operation || operation.operation !== OperationTypeNode.QUERY)
      return undefined;
    if (!operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD)) return undefined;
    if (operation.directives?.length) return undefined;
    operationName ??= operation.name?.value;
    const prefix = prefixOf(index);
    const renamed = visit(document, {
      Variable: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
      FragmentSpread: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
      FragmentDefinition: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
    });
    for (const definition of renamed.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) {
        fragments.push(definition);
        continue;
      }
      variableDefinitions.push(...(definition.variableDefinitions ?? []));
      for (const selection of definition.selectionSet.selections as readonly FieldNode[]) {
        const key = selection.alias?.value ?? selection.name.value;
        owners.set(prefix + key, [index, key]);
        selections.push({ ...selection, alias: { kind: Kind.NAME, value: prefix + key } });
      }
    }
  }
  const name =
    operationName && documents.length > 1 ? `${operationName}__merged_${documents.length}` : operationName;
  const merged: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        ...(name ? { name: { kind: Kind.NAME, value: name } } : {}),
        variableDefinitions,
        selectionSet: { kind: Kind.SELECTION_SET, selections },
      },
      ...fragments,
    ],
  };
  return { query: print(merged), operationName: name, owners };
}

/** The variables of the merged operation: each fetch's, renamed with its prefix. */
export function mergeVariables(each: readonly (Variables | undefined)[]): Record<string, unknown> {
  const variables: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [index, own] of each.entries()) {
    const prefix = prefixOf(index);
    for (const [name, value] of Object.entries(own ?? {})) variables[prefix + name] = value;
  }
  return variables;
}

/**
 * Each fetch's answer from the merged one: its root fields under the keys it asked for, the
 * errors whose path starts in one of its fields (renamed back), and the errors without such a
 * path (about the whole operation) given to every fetch. Extensions go to every fetch.
 */
export function splitAnswer(
  answer: GatewayGraphQLResponse,
  merged: MergedFetches,
  count: number,
): GatewayGraphQLResponse[] {
  const data = answer.data as Record<string, unknown> | null | undefined;
  const { errors: _all, ...rest } = answer;
  const datas = Array.from({ length: count }, () =>
    data ? (Object.create(null) as Record<string, unknown>) : data,
  );
  const errors = Array.from({ length: count }, (): GraphQLErrorShape[] => []);
  if (data) {
    for (const [key, value] of Object.entries(data)) {
      const owner = merged.owners.get(key);
      if (owner) datas[owner[0]]![owner[1]] = value;
    }
  }
  for (const error of answer.errors ?? []) {
    const head = error.path?.[0];
    const owner = typeof head === 'string' ? merged.owners.get(head) : undefined;
    if (owner) errors[owner[0]]!.push({ ...error, path: [owner[1], ...error.path!.slice(1)] });
    else for (const list of errors) list.push(error);
  }
  const parts = datas.map((partData, i): GatewayGraphQLResponse => {
    const part: GatewayGraphQLResponse = { ...rest, data: partData };
    if (errors[i]!.length > 0) part.errors = errors[i];
    return part;
  });
  return parts;
}
