/**
 * Would the new subgraph's example compose with the others? Its entity, connection and edge types
 * and its two Query fields must be new to the graph: a type another subgraph declares (say
 * `Municipality`, for `municipalities`) or a Query field it serves would fail composition.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import { CliError } from '../client.js';
import type { Names } from './names.js';

/** Types the template declares besides the example's own: shared value types and the Municipality stub. */
export const TEMPLATE_TYPES: readonly string[] = [
  'Locale',
  'LocalizedText',
  'PageInfo',
  'Municipality',
  'Query',
];

/** What one subgraph's SDL declares. */
interface Declarations {
  readonly subgraph: string;
  readonly types: ReadonlySet<string>;
  readonly queryFields: ReadonlySet<string>;
}

function declarationsOf(subgraph: string, document: DocumentNode): Declarations {
  const types = new Set<string>();
  const queryFields = new Set<string>();
  for (const definition of document.definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
        if (definition.name.value === 'Query')
          for (const field of definition.fields ?? []) queryFields.add(field.name.value);
        types.add(definition.name.value);
        break;
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION:
      case Kind.UNION_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_DEFINITION:
        types.add(definition.name.value);
        break;
      default:
        break;
    }
  }
  return { subgraph, types, queryFields };
}

/** What every subgraph folder under `root/subgraphs` with a `schema.graphql` declares. */
function declarationsUnder(root: string): Declarations[] {
  const dir = path.join(root, 'subgraphs');
  if (!existsSync(dir)) return [];
  const found: Declarations[] = [];
  for (const subgraph of readdirSync(dir).sort()) {
    const file = path.join(dir, subgraph, 'schema.graphql');
    if (!existsSync(file)) continue;
    let document: DocumentNode;
    try {
      document = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new CliError(
        `cannot read subgraphs/${subgraph}/schema.graphql to check the new names against it: ${(error as Error).message}`,
      );
    }
    found.push(declarationsOf(subgraph, document));
  }
  return found;
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** Why the example of `names` would not compose with the subgraphs under `root`, or `undefined`. */
export function collision(names: Names, root: string): string | undefined {
  const declarations = declarationsUnder(root);
  for (const type of [names.entity, `${names.entity}Connection`, `${names.entity}Edge`]) {
    const theirs = declarations.filter((d) => d.types.has(type)).map((d) => d.subgraph);
    if (theirs.length > 0) {
      return `"${names.name}" would declare type ${type}, which ${listed(theirs)} already declare${theirs.length > 1 ? '' : 's'}: the graph would not compose`;
    }
    if (TEMPLATE_TYPES.includes(type))
      return `"${names.name}" would declare type ${type}, which the template declares already: the subgraph would not compose`;
  }
  for (const field of [names.lookup, names.list]) {
    const theirs = declarations.filter((d) => d.queryFields.has(field)).map((d) => d.subgraph);
    if (theirs.length > 0)
      return `"${names.name}" would add the field Query.${field}, which ${listed(theirs)} already serve${theirs.length > 1 ? '' : 's'}: the graph would not compose`;
  }
  return undefined;
}
