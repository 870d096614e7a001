/**
 * Which writes a subgraph answer reports: the root fields of a mutation the gateway sent it that
 * ran and succeeded (a non-null value, no error at that field). This, not the client's operation,
 * is what says data changed: a client's `mutation { __typename }` reaches no subgraph, a mutation
 * field the gateway's authorization removed is never sent, and one the subgraph refused (bad input,
 * a conflict, a missing scope) answers null with its error. A mutation whose subgraph could not be
 * reached sends nothing either.
 */
import {
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The part of a subgraph's answer that says what ran. */
export interface SubgraphAnswer {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly { readonly path?: readonly (string | number)[] }[];
}

// The gateway prints the operations of its query plans keyword first: these texts are queries.
const QUERY_TEXT = /^\s*(query\b|\{)/;

/** The response keys (alias or name) of a selection set's fields, through fragments; meta fields (`__typename`) run nowhere. */
function rootKeys(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  keys: Set<string>,
  seen: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) keys.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootKeys(selection.selectionSet, fragments, keys, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootKeys(fragment.selectionSet, fragments, keys, seen);
    }
  }
}

/**
 * The mutation fields of `query` (an operation the gateway sent a subgraph) that `answer` reports
 * as done; empty for a query. A text that does not parse (never one the gateway printed) counts
 * as a write: forgetting cached answers is always correct, keeping stale ones is not.
 */
export function succeededWrites(query: string, answer: SubgraphAnswer): string[] {
  if (QUERY_TEXT.test(query)) return [];
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return ['<unparsed operation>'];
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const keys = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.MUTATION)
      rootKeys(definition.selectionSet, fragments, keys, new Set());
  }
  const failed = (key: string) =>
    answer.errors?.some((error) => error.path?.length === 1 && error.path[0] === key) ?? false;
  return [...keys].filter(
    (key) => answer.data?.[key] !== undefined && answer.data[key] !== null && !failed(key),
  );
}
