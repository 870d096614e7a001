/**
 * Fetches of one plan level to one subgraph merged into one operation: each fetch's root fields
 * (as aliases), variables and fragments prefixed with `b<i>_`, and the answer split back.
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
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GraphQLErrorShape, Variables } from './entities.js';

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
