/**
 * How many entity representations a subgraph request carries. Gateways ask for entities with the
 * `_entities(representations: [...])` root field, as a variable (`variables.representations`, the
 * usual way) or written into the document; some merge several fetches into one operation, each
 * `_entities` field under its own alias and variable (Hive's batching). So the count reads the
 * document: every root field named `_entities` (also inside root fragments), and what its
 * `representations` argument holds. Worked out once per document; per request only the
 * variables' lengths are read.
 */
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Where the `_entities` fields of one operation take their representations from. */
export interface RepresentationSources {
  /** Representations written into the document itself. */
  readonly literal: number;
  /** Variables (by name) holding representations, once per `_entities` field that uses them. */
  readonly variables: readonly string[];
}

const NONE: RepresentationSources = { literal: 0, variables: [] };

function operationOf(
  document: DocumentNode,
  operationName: string | undefined,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName === undefined) return operations.length === 1 ? operations[0] : undefined;
  return operations.find((o) => o.name?.value === operationName);
}

/** The representation sources of the operation `operationName` (or the only one) of `document`. */
export function representationSources(document: DocumentNode, operationName?: string): RepresentationSources {
  const operation = operationOf(document, operationName);
  if (!operation) return NONE;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  let literal = 0;
  const variables: string[] = [];
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !visited.has(fragment.name.value)) {
          visited.add(fragment.name.value);
          walk(fragment.selectionSet);
        }
      } else if (selection.name.value === '_entities') {
        const value = selection.arguments?.find((a) => a.name.value === 'representations')?.value;
        if (value?.kind === Kind.VARIABLE) variables.push(value.name.value);
        else if (value?.kind === Kind.LIST) literal += value.values.length;
        else if (value?.kind === Kind.OBJECT) literal += 1; // one object for a list: coerced to a list of one
      }
    }
  };
  walk(operation.selectionSet);
  return { literal, variables };
}

/** The representations one request carries, given its operation's sources and its variables. */
export function countRepresentations(sources: RepresentationSources, variables: unknown): number {
  const values = (variables ?? {}) as Record<string, unknown>;
  let count = sources.literal;
  for (const name of sources.variables) {
    const value = values[name];
    if (Array.isArray(value)) count += value.length;
    else if (value !== null && value !== undefined) count += 1;
  }
  return count;
}
