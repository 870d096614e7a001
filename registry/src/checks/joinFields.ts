/**
 * Who can answer each field of a composed supergraph, read from the `@join__type` and
 * `@join__field` directives composition writes. A subgraph's SDL may spell federation's directives
 * however its `@link` imports them (`{ name: "@override", as: "@take" }`, another federation
 * version, a Federation 1 `extend type`): composition has resolved all of that, so the supergraph
 * says plainly which subgraph declares a field, which only references it (`external`), which took
 * it from which (`override`, `overrideLabel`, `usedOverridden`) and what a field `provides`. The
 * reading follows @apollo/federation-internals' own extraction of subgraphs from a supergraph.
 */
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
} from 'graphql';

/** One subgraph's declaration of a field, as its `@join__field` says. */
export interface FieldDeclaration {
  /** Declared only to be referenced (`@external`): the subgraph does not resolve it. */
  readonly external: boolean;
  /** Taken over by another subgraph (`@override`) but still used by this one's keys or `@requires`. */
  readonly usedOverridden: boolean;
  /** The subgraph this one took the field from with `@override(from:)`. */
  readonly override?: string;
  /** The `label` of a progressive `@override`: both subgraphs answer, by percentage or flag. */
  readonly overrideLabel?: string;
  /** The fields of the returned type this subgraph answers along this field (`@provides`). */
  readonly provides?: string;
}

export interface FieldJoin {
  /** The named type the field returns. */
  readonly returns: string;
  /** Every subgraph that declares the field, by subgraph name. */
  readonly declarations: ReadonlyMap<string, FieldDeclaration>;
}

export interface TypeJoin {
  readonly name: string;
  readonly kind: 'object' | 'interface';
  /** The query, mutation or subscription type. */
  readonly root: boolean;
  /** The subgraphs that declare the type. */
  readonly subgraphs: ReadonlySet<string>;
  /** Each subgraph's keys on the type (field sets) with whether the subgraph resolves references by them. */
  readonly keys: ReadonlyMap<string, readonly { readonly fields: string; readonly resolvable: boolean }[]>;
  /** The subgraphs that declare this interface as an object (`@interfaceObject`). */
  readonly interfaceObjects: ReadonlySet<string>;
  readonly fields: ReadonlyMap<string, FieldJoin>;
}

/** The object and interface types of a supergraph (its join and link machinery left out). */
export interface JoinGraph {
  readonly subgraphs: readonly string[];
  readonly types: ReadonlyMap<string, TypeJoin>;
}

/** How a subgraph comes to answer a field. */
export type Means =
  | { readonly kind: 'declares' }
  | { readonly kind: 'key'; readonly keys: readonly string[] }
  | { readonly kind: 'override'; readonly from: string; readonly label?: string }
  | { readonly kind: 'interface-object'; readonly interfaceName: string }
  | { readonly kind: 'provides'; readonly on: string; readonly fields: string };

type Args = Record<string, string | boolean | undefined>;

function argsOf(directive: ConstDirectiveNode): Args {
  const args: Args = {};
  for (const arg of directive.arguments ?? []) {
    const { value } = arg;
    if (value.kind === Kind.STRING || value.kind === Kind.ENUM) args[arg.name.value] = value.value;
    else if (value.kind === Kind.BOOLEAN) args[arg.name.value] = value.value;
  }
  return args;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The prefix the supergraph gives the join spec's directives (`join` unless its `@link` says `as:`). */
function joinPrefix(document: DocumentNode): string {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      const args = argsOf(link);
      if (link.name.value === 'link' && typeof args['url'] === 'string' && /\/join\/v/.test(args['url'])) {
        return typeof args['as'] === 'string' ? args['as'] : 'join';
      }
    }
  }
  return 'join';
}

/** The top-level field names of a field set, e.g. `id region { code }` -> id, region. */
export function topLevelFields(fieldSet: string): string[] {
  try {
    const document = parse(`{${fieldSet}}`);
    const operation = document.definitions[0];
    if (operation?.kind !== Kind.OPERATION_DEFINITION) return [];
    return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  } catch {
    return [];
  }
}

/** Reads a composed supergraph. @throws when `supergraphSdl` does not parse (composition wrote it: it does) */
export function readJoinGraph(supergraphSdl: string): JoinGraph {
  const document = parse(supergraphSdl);
  const prefix = joinPrefix(document);
  const graphNames = new Map<string, string>();
  const roots = new Set(['Query', 'Mutation', 'Subscription']);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === `${prefix}__Graph`) {
      for (const value of definition.values ?? []) {
        const graph = value.directives?.find((d) => d.name.value === `${prefix}__graph`);
        const name = graph ? argsOf(graph)['name'] : undefined;
        if (typeof name === 'string') graphNames.set(value.name.value, name);
      }
    }
    if (definition.kind === Kind.SCHEMA_DEFINITION) {
      roots.clear();
      for (const operation of definition.operationTypes) roots.add(operation.type.name.value);
    }
  }
  const subgraphOf = (args: Args) =>
    typeof args['graph'] === 'string' ? graphNames.get(args['graph']) : undefined;

  const types = new Map<string, TypeJoin>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION)
      continue;
    const name = definition.name.value;
    if (name.startsWith(`${prefix}__`) || name.startsWith('link__')) continue;
    const subgraphs = new Set<string>();
    const keys = new Map<string, { fields: string; resolvable: boolean }[]>();
    const interfaceObjects = new Set<string>();
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== `${prefix}__type`) continue;
      const args = argsOf(directive);
      const subgraph = subgraphOf(args);
      if (!subgraph) continue;
      subgraphs.add(subgraph);
      if (args['isInterfaceObject'] === true) interfaceObjects.add(subgraph);
      if (typeof args['key'] === 'string') {
        keys.set(subgraph, [
          ...(keys.get(subgraph) ?? []),
          { fields: args['key'], resolvable: args['resolvable'] !== false },
        ]);
      }
    }
    const fields = new Map<string, FieldJoin>();
    for (const field of definition.fields ?? [])
      fields.set(field.name.value, fieldJoin(field, subgraphs, prefix, subgraphOf));
    types.set(name, {
      name,
      kind: definition.kind === Kind.OBJECT_TYPE_DEFINITION ? 'object' : 'interface',
      root: roots.has(name),
      subgraphs,
      keys,
      interfaceObjects,
      fields,
    });
  }
  return { subgraphs: [...graphNames.values()].sort(), types };
}

function fieldJoin(
  field: FieldDefinitionNode,
  typeSubgraphs: ReadonlySet<string>,
  prefix: string,
  subgraphOf: (args: Args) => string | undefined,
): FieldJoin {
  const applications = (field.directives ?? []).filter((d) => d.name.value === `${prefix}__field`);
  const declarations = new Map<string, FieldDeclaration>();
  // No @join__field: every subgraph that declares the type declares the field, plainly.
  if (applications.length === 0) {
    for (const subgraph of typeSubgraphs)
      declarations.set(subgraph, { external: false, usedOverridden: false });
  }
  for (const application of applications) {
    const args = argsOf(application);
    // A @join__field without a graph is a field no subgraph declares on this type (an
    // @interfaceObject's field copied onto an implementation): its interface says who answers.
    const subgraph = subgraphOf(args);
    if (!subgraph) continue;
    const text = (name: string) => (typeof args[name] === 'string' ? args[name] : undefined);
    declarations.set(subgraph, {
      external: args['external'] === true,
      usedOverridden: args['usedOverridden'] === true,
      ...(text('override') !== undefined ? { override: text('override') } : {}),
      ...(text('overrideLabel') !== undefined ? { overrideLabel: text('overrideLabel') } : {}),
      ...(text('provides') !== undefined ? { provides: text('provides') } : {}),
    });
  }
  return { returns: namedType(field.type), declarations };
}

/** Whether a subgraph's declaration lets it answer the field (as extraction reads it: not external, not overridden away). */
export function answers(declaration: FieldDeclaration | undefined): boolean {
  if (!declaration || declaration.external) return false;
  return !(declaration.usedOverridden && declaration.overrideLabel === undefined);
}

/** The `Type.field` coordinates a `@provides` field set names, walked from `returns` through nested selections and inline fragments. */
function providedFields(graph: JoinGraph, returns: string, fieldSet: string): string[] {
  let selectionSet: SelectionSetNode;
  try {
    const operation = parse(`{${fieldSet}}`).definitions[0];
    if (operation?.kind !== Kind.OPERATION_DEFINITION) return [];
    selectionSet = operation.selectionSet;
  } catch {
    return [];
  }
  const found: string[] = [];
  const walk = (typeName: string, set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT)
        walk(selection.typeCondition?.name.value ?? typeName, selection.selectionSet);
      if (selection.kind !== Kind.FIELD) continue;
      found.push(`${typeName}.${selection.name.value}`);
      const next = graph.types.get(typeName)?.fields.get(selection.name.value)?.returns;
      if (selection.selectionSet && next) walk(next, selection.selectionSet);
    }
  };
  walk(returns, selectionSet);
  return found;
}

/**
 * Every field `subgraph` can answer in `graph`, with how: `Type.field` -> the means (a field may be
 * answered both by declaration and through another field's `@provides`).
 */
export function fieldsAnsweredBy(graph: JoinGraph, subgraph: string): Map<string, Means[]> {
  const answered = new Map<string, Means[]>();
  const add = (coordinate: string, means: Means) =>
    answered.set(coordinate, [...(answered.get(coordinate) ?? []), means]);
  for (const type of graph.types.values()) {
    const ownKeys = (type.keys.get(subgraph) ?? []).map((key) => key.fields);
    const keyFields = new Set(ownKeys.flatMap(topLevelFields));
    for (const [fieldName, field] of type.fields) {
      const declaration = field.declarations.get(subgraph);
      if (declaration?.provides !== undefined) {
        for (const coordinate of providedFields(graph, field.returns, declaration.provides)) {
          add(coordinate, {
            kind: 'provides',
            on: `${type.name}.${fieldName}`,
            fields: declaration.provides,
          });
        }
      }
      if (!answers(declaration)) continue;
      const coordinate = `${type.name}.${fieldName}`;
      if (declaration?.override !== undefined) {
        add(coordinate, {
          kind: 'override',
          from: declaration.override,
          ...(declaration.overrideLabel !== undefined ? { label: declaration.overrideLabel } : {}),
        });
      } else if (type.interfaceObjects.has(subgraph))
        add(coordinate, { kind: 'interface-object', interfaceName: type.name });
      else if (keyFields.has(fieldName)) add(coordinate, { kind: 'key', keys: ownKeys });
      else add(coordinate, { kind: 'declares' });
    }
  }
  return answered;
}

/** Whether the planner may enter `type` by itself (a root type, a resolvable key, an interface object) rather than only through a parent field. */
export function enterable(type: TypeJoin): boolean {
  if (type.root || type.interfaceObjects.size > 0) return true;
  return [...type.keys.values()].some((keys) => keys.some((key) => key.resolvable));
}
