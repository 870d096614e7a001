/**
 * Removes from an operation the fields its caller may not read, as Apollo Router does: what is
 * left is planned and executed as usual, and each removed field is answered `null` with an error
 * at its path. Named fragments whose content changes are inlined (a fragment may be spread in
 * several places, each with its own path); a selection set left empty keeps one placeholder
 * `__typename` under an alias the response then drops, and an object where a field was removed
 * under a narrower type condition is asked its `__typename` (under another such alias) so that
 * only objects of those types answer the field `null`.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Caller } from '../../../../lib/auth/caller.js';
import { unusedName, usedFragments } from './document.js';
import { judge, refusalMessage, type Requirements } from '../../../../lib/auth/requirements.js';

/**
 * A removed field: where it is in the response (response keys, lists not counted), why, and, when
 * it was asked for under a type condition narrower than its object's type, the runtime types it
 * applies to (the response object's `__typename`, under `typenameKey`, tells).
 */
export interface RemovedField {
  readonly path: readonly string[];
  readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  readonly message: string;
  readonly onTypes?: ReadonlySet<string>;
  readonly typenameKey?: string;
}

export interface FilteredOperation {
  /** The operation without the removed fields (its named fragments inlined where they changed). */
  readonly document: DocumentNode;
  readonly removed: readonly RemovedField[];
  /** Paths (response keys) of the fields the filter added, to drop from the response. */
  readonly placeholders: readonly (readonly string[])[];
  /** True when every root field was removed: nothing is left to execute. */
  readonly emptyRoot: boolean;
}

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly requirements: Requirements;
  readonly caller: Caller | undefined;
  readonly removed: RemovedField[];
  readonly placeholders: string[][];
  /** Aliases of the fields the filter adds, chosen unlike any name of the document. */
  readonly placeholderKey: string;
  readonly typenameKey: string;
  /** Paths (JSON) of the objects whose `__typename` must be asked for under `typenameKey`. */
  readonly needTypename: Set<string>;
  /** The request's variables, coerced (defaults applied); undefined when they do not coerce. */
  readonly variables: Readonly<Record<string, unknown>> | undefined;
}

/**
 * True when `@skip`/`@include` leave `selection` out of this request: it will not run, so it is
 * neither filtered nor refused. With variables that do not coerce (the request will fail anyway),
 * or a condition that cannot be read, the selection counts as included: it is filtered.
 */
function leftOut(selection: SelectionNode, variables: Walk['variables']): boolean {
  if (!variables || !selection.directives?.length) return false;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.['if'] === true) return true;
    return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.['if'] === false;
  } catch {
    return false;
  }
}

/** Where the selections being walked are: the response object's path and its declared type. */
interface Position {
  readonly path: readonly string[];
  readonly objectType: GraphQLCompositeType;
}

function typenameField(alias: string): FieldNode {
  return {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: alias },
    name: { kind: Kind.NAME, value: '__typename' },
  };
}

/** The filtered selection set, or the same object when nothing under it was removed. */
function filterSelectionSet(
  walk: Walk,
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  at: Position,
): SelectionSetNode {
  let changed = false;
  const kept: SelectionNode[] = [];
  for (const selection of set.selections) {
    const result = filterSelection(walk, selection, parent, at);
    if (result !== selection) changed = true;
    if (result) kept.push(result);
  }
  if (!changed) return set;
  if (kept.length === 0) {
    walk.placeholders.push([...at.path, walk.placeholderKey]);
    kept.push(typenameField(walk.placeholderKey));
  }
  return { ...set, selections: kept };
}

function filterSelection(
  walk: Walk,
  selection: SelectionNode,
  parent: GraphQLCompositeType,
  at: Position,
): SelectionNode | null {
  if (leftOut(selection, walk.variables)) return selection;
  switch (selection.kind) {
    case Kind.FIELD:
      return filterField(walk, selection, parent, at);
    case Kind.INLINE_FRAGMENT: {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (!type || !isCompositeType(type)) return selection;
      const set = filterSelectionSet(walk, selection.selectionSet, type, at);
      return set === selection.selectionSet ? selection : { ...selection, selectionSet: set };
    }
    case Kind.FRAGMENT_SPREAD: {
      const fragment = walk.fragments.get(selection.name.value);
      const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (!fragment || !type || !isCompositeType(type)) return selection;
      const set = filterSelectionSet(walk, fragment.selectionSet, type, at);
      if (set === fragment.selectionSet) return selection;
      const inlined: InlineFragmentNode = {
        kind: Kind.INLINE_FRAGMENT,
        typeCondition: fragment.typeCondition,
        directives: selection.directives,
        selectionSet: set,
      };
      return inlined;
    }
  }
}

function filterField(
  walk: Walk,
  field: FieldNode,
  parent: GraphQLCompositeType,
  at: Position,
): FieldNode | null {
  const name = field.name.value;
  if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) return field;
  const definition = parent.getFields()[name];
  if (!definition) return field;
  const returnType = getNamedType(definition.type);
  const key = field.alias?.value ?? name;
  const requirement = walk.requirements.of(parent.name, name, returnType.name);
  if (requirement) {
    const verdict = judge(requirement, walk.caller);
    if (verdict !== 'allowed') {
      const message = refusalMessage(verdict, `${parent.name}.${name}`, requirement);
      // Under a narrower type condition the field applies only to objects of those runtime types.
      const narrowed = parent !== at.objectType;
      if (narrowed) walk.needTypename.add(JSON.stringify(at.path));
      walk.removed.push({
        path: [...at.path, key],
        code: verdict,
        message,
        ...(narrowed ? { onTypes: runtimeTypes(walk.schema, parent), typenameKey: walk.typenameKey } : {}),
      });
      return null;
    }
  }
  if (!field.selectionSet || !isCompositeType(returnType)) return field;
  const path = [...at.path, key];
  let set = filterSelectionSet(walk, field.selectionSet, returnType, { path, objectType: returnType });
  if (walk.needTypename.has(JSON.stringify(path))) {
    set = { ...set, selections: [...set.selections, typenameField(walk.typenameKey)] };
    walk.placeholders.push([...path, walk.typenameKey]);
  }
  return set === field.selectionSet ? field : { ...field, selectionSet: set };
}

/** The object types an object of `type` may be at run time. */
function runtimeTypes(
  schema: GraphQLSchema,
  type: GraphQLObjectType | GraphQLInterfaceType,
): ReadonlySet<string> {
  return new Set(isObjectType(type) ? [type.name] : schema.getPossibleTypes(type).map((t) => t.name));
}

/**
 * Filters `operation` for `caller`, with the request's coerced `variables` (what `@skip`/`@include`
 * leave out is not refused). Returns `undefined` when the caller may read all of it (the common
 * case: the document is left untouched).
 */
export function filterOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  requirements: Requirements,
  caller: Caller | undefined,
  variables?: Readonly<Record<string, unknown>>,
): FilteredOperation | undefined {
  if (requirements.empty) return undefined;
  const root = schema.getRootType(operation.operation);
  if (!root) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk: Walk = {
    schema,
    fragments,
    requirements,
    caller,
    removed: [],
    placeholders: [],
    placeholderKey: unusedName(document, '_integraPlaceholder'),
    typenameKey: unusedName(document, '_integraTypename'),
    needTypename: new Set(),
    variables,
  };
  const set = filterSelectionSet(walk, operation.selectionSet, root, { path: [], objectType: root });
  if (set === operation.selectionSet) return undefined;
  const emptyRoot = walk.placeholders.some((p) => p.length === 1 && p[0] === walk.placeholderKey);
  const filtered: OperationDefinitionNode = { ...operation, selectionSet: set };
  // The other operations of the document are dropped (only this one runs); fragments still
  // spread somewhere are kept, those now inlined everywhere would fail "unused fragment" checks.
  const used = usedFragments(filtered, fragments);
  return {
    document: {
      kind: Kind.DOCUMENT,
      definitions: [filtered, ...[...fragments.values()].filter((f) => used.has(f.name.value))],
    },
    removed: walk.removed,
    placeholders: walk.placeholders,
    emptyRoot,
  };
}
