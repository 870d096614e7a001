/**
 * Entity fetches of one plan level to one subgraph joined into one fetch: each entity once,
 * whichever fetch named it, with every fetch's selections (`combineEntityFetches`,
 * `unionOfEntityFetches`).
 */
import {
  Kind,
  OperationTypeNode,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { GatewayGraphQLRequest } from '@apollo/server-gateway-interface';
import { unifyRepresentations } from './entities.js';

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
