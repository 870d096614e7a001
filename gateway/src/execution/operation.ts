/**
 * A client operation compiled once for the executor: what the answer's shape is (`Step`s, each
 * field with its type resolved and its `@skip`/`@include` conditions read), named fragments
 * expanded. Compiled once per document, operation and API schema; a document only changes object
 * when Apollo Server parses it again (a new text, or a new schema).
 */
import {
  GraphQLEnumType,
  GraphQLList,
  GraphQLNonNull,
  Kind,
  isCompositeType,
  isLeafType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';

/** How a leaf value is checked against its type (Apollo's `isValidLeafValue`). */
export type Leaf = 'Int' | 'ID' | 'Float' | 'String' | 'Boolean' | 'custom' | GraphQLEnumType;

/** A field's type, unwrapped once at compile time. */
export interface TypeShape {
  readonly nonNull: boolean;
  /** The element's type, for a list. */
  readonly list?: TypeShape;
  readonly leaf?: Leaf;
  /** The field's named type, for an object, interface or union. */
  readonly composite?: GraphQLCompositeType;
  /** As error messages name it, without its own `!` (`[Service!]`). */
  readonly printed: string;
}

/** `@skip(if:)` and `@include(if:)` of one selection: a variable's name or a literal. */
export interface Condition {
  readonly include: boolean;
  readonly variable?: string;
  readonly literal?: boolean;
}

export interface FieldStep {
  readonly kind: 'field';
  readonly responseName: string;
  /** A name objects inherit (`constructor`, `__proto__`): read and written as own members only. */
  readonly inherited: boolean;
  readonly typename: boolean;
  readonly type: TypeShape;
  readonly selections?: readonly Step[];
  readonly conditions?: readonly Condition[];
}

export interface FragmentStep {
  readonly kind: 'fragment';
  readonly typeCondition?: GraphQLCompositeType;
  readonly selections: readonly Step[];
  readonly conditions?: readonly Condition[];
}

export type Step = FieldStep | FragmentStep;

export interface CompiledOperation {
  readonly definition: OperationDefinitionNode;
  readonly rootType: GraphQLCompositeType;
  readonly steps: readonly Step[];
  readonly variableDefinitions: readonly VariableDefinitionNode[];
}

/** Why an operation is left to Apollo's executor. */
export class NotCompiled extends Error {}

/**
 * Most selections an operation may have once its fragments are expanded. Fragments spreading
 * fragments twice over double at every level (a thousand tokens make 2^80 selections). The depth
 * limit refuses such documents first (`GATEWAY_MAX_DEPTH`, 12 by default, counts fragment
 * spreads); this bound holds whatever the limits are set to: past it, the operation is left to
 * Apollo's executor, whose planner has its own limits, and compiling stops instead of expanding on.
 */
export const MAX_COMPILED_SELECTIONS = 10_000;

const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
/** Whether reading `name` on a plain object may find what every object inherits. */
export const inheritedName = (name: string) => INHERITED.has(name);

const SCALARS = new Set(['Int', 'ID', 'Float', 'String', 'Boolean']);

function typeShape(type: GraphQLOutputType, nonNull = false): TypeShape {
  if (type instanceof GraphQLNonNull) return typeShape(type.ofType as GraphQLOutputType, true);
  const printed = String(type);
  if (type instanceof GraphQLList) return { nonNull, list: typeShape(type.ofType), printed };
  if (isCompositeType(type)) return { nonNull, composite: type, printed };
  if (isLeafType(type)) {
    const leaf: Leaf =
      type instanceof GraphQLEnumType ? type : SCALARS.has(type.name) ? (type.name as Leaf) : 'custom';
    return { nonNull, leaf, printed };
  }
  throw new NotCompiled(`unknown type ${String(type)}`);
}

function conditionsOf(
  directives:
    | readonly {
        name: { value: string };
        arguments?: readonly { name: { value: string }; value: ValueNode }[];
      }[]
    | undefined,
): Condition[] | undefined {
  let conditions: Condition[] | undefined;
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const value = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    let condition: Condition;
    if (value?.kind === Kind.VARIABLE)
      condition = { include: name === 'include', variable: value.name.value };
    else if (value?.kind === Kind.BOOLEAN) condition = { include: name === 'include', literal: value.value };
    else throw new NotCompiled(`@${name} without a boolean`);
    (conditions ??= []).push(condition);
  }
  return conditions;
}

interface Compiling {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** Selections compiled so far, fragments expanded. */
  selections: number;
}

function compileSelections(
  compiling: Compiling,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
): Step[] {
  const { schema, fragments } = compiling;
  const steps: Step[] = [];
  for (const selection of selectionSet.selections) {
    if (++compiling.selections > MAX_COMPILED_SELECTIONS)
      throw new NotCompiled(`over ${MAX_COMPILED_SELECTIONS} selections with its fragments expanded`);
    const conditions = conditionsOf(selection.directives);
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const responseName = selection.alias?.value ?? name;
      const inherited = inheritedName(responseName);
      if (name === '__typename') {
        steps.push({
          kind: 'field',
          responseName,
          inherited,
          typename: true,
          type: { nonNull: true, leaf: 'String', printed: 'String' },
          ...(conditions && { conditions }),
        });
        continue;
      }
      if (name.startsWith('__')) throw new NotCompiled(`introspection field ${name}`);
      if (!('getFields' in parent)) throw new NotCompiled(`field ${name} on union ${parent.name}`);
      const definition = parent.getFields()[name];
      if (!definition) throw new NotCompiled(`unknown field ${parent.name}.${name}`);
      const type = typeShape(definition.type);
      let named: TypeShape = type;
      while (named.list) named = named.list;
      steps.push({
        kind: 'field',
        responseName,
        inherited,
        typename: false,
        type,
        ...(selection.selectionSet &&
          named.composite && {
            selections: compileSelections(compiling, selection.selectionSet, named.composite),
          }),
        ...(conditions && { conditions }),
      });
      continue;
    }
    let typeName: string | undefined;
    let selections: SelectionSetNode;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      typeName = selection.typeCondition?.name.value;
      selections = selection.selectionSet;
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment) throw new NotCompiled(`unknown fragment ${selection.name.value}`);
      typeName = fragment.typeCondition.name.value;
      selections = fragment.selectionSet;
    }
    const typeCondition = typeName === undefined ? undefined : schema.getType(typeName);
    if (typeCondition !== undefined && !isCompositeType(typeCondition))
      throw new NotCompiled(`fragment on ${typeName}`);
    steps.push({
      kind: 'fragment',
      ...(typeCondition && { typeCondition }),
      selections: compileSelections(compiling, selections, typeCondition ?? parent),
      ...(conditions && { conditions }),
    });
  }
  return steps;
}

/** @throws {NotCompiled} for what the executor leaves to Apollo's (introspection, an unknown field, too many selections) */
export function compileOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  definition: OperationDefinitionNode,
): CompiledOperation {
  const rootType = schema.getRootType(definition.operation);
  if (!rootType) throw new NotCompiled(`no ${definition.operation} type`);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return {
    definition,
    rootType,
    steps: compileSelections({ schema, fragments, selections: 0 }, definition.selectionSet, rootType),
    variableDefinitions: definition.variableDefinitions ?? [],
  };
}
