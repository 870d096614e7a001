/**
 * Removes from an operation the fields its caller may not read, as Apollo Router does: what is
 * left is planned and executed as usual, and each removed field is answered `null` with an error
 * at its path. Named fragments whose content changes are inlined (a fragment may be spread in
 * several places, each with its own path); a selection set left empty keeps one placeholder
 * `__typename` under an alias the response then drops.
 */
import {
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Caller } from '../../../../lib/auth/caller.js';
import { judge, refusalMessage, type Requirements } from '../../../../lib/auth/requirements.js';

/** The alias of the placeholder that keeps an emptied selection set valid. */
export const PLACEHOLDER = '_integraAuthorizationPlaceholder';

/** A removed field: where it is in the response (response keys, lists not counted) and why. */
export interface RemovedField {
  readonly path: readonly string[];
  readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  readonly message: string;
}

export interface FilteredOperation {
  /** The operation without the removed fields (its named fragments inlined where they changed). */
  readonly document: DocumentNode;
  readonly removed: readonly RemovedField[];
  /** Paths (response keys) of the placeholders to drop from the response. */
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
}

const placeholderField: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: PLACEHOLDER },
  name: { kind: Kind.NAME, value: '__typename' },
};

/** The filtered selection set, or the same object when nothing under it was removed. */
function filterSelectionSet(walk: Walk, set: SelectionSetNode, parent: GraphQLCompositeType, path: readonly string[]): SelectionSetNode {
  let changed = false;
  const kept: SelectionNode[] = [];
  for (const selection of set.selections) {
    const result = filterSelection(walk, selection, parent, path);
    if (result !== selection) changed = true;
    if (result) kept.push(result);
  }
  if (!changed) return set;
  if (kept.length === 0) {
    walk.placeholders.push([...path, PLACEHOLDER]);
    kept.push(placeholderField);
  }
  return { ...set, selections: kept };
}

function filterSelection(walk: Walk, selection: SelectionNode, parent: GraphQLCompositeType, path: readonly string[]): SelectionNode | null {
  switch (selection.kind) {
    case Kind.FIELD:
      return filterField(walk, selection, parent, path);
    case Kind.INLINE_FRAGMENT: {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (!type || !isCompositeType(type)) return selection;
      const set = filterSelectionSet(walk, selection.selectionSet, type, path);
      return set === selection.selectionSet ? selection : { ...selection, selectionSet: set };
    }
    case Kind.FRAGMENT_SPREAD: {
      const fragment = walk.fragments.get(selection.name.value);
      const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (!fragment || !type || !isCompositeType(type)) return selection;
      const set = filterSelectionSet(walk, fragment.selectionSet, type, path);
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

function filterField(walk: Walk, field: FieldNode, parent: GraphQLCompositeType, path: readonly string[]): FieldNode | null {
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
      walk.removed.push({ path: [...path, key], code: verdict, message: refusalMessage(verdict, `${parent.name}.${name}`, requirement) });
      return null;
    }
  }
  if (!field.selectionSet || !isCompositeType(returnType)) return field;
  const set = filterSelectionSet(walk, field.selectionSet, returnType, [...path, key]);
  return set === field.selectionSet ? field : { ...field, selectionSet: set };
}

/**
 * Filters `operation` for `caller`. Returns `undefined` when the caller may read all of it (the
 * common case: the document is left untouched).
 */
export function filterOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  requirements: Requirements,
  caller: Caller | undefined,
): FilteredOperation | undefined {
  if (requirements.empty) return undefined;
  const root = schema.getRootType(operation.operation);
  if (!root) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk: Walk = { schema, fragments, requirements, caller, removed: [], placeholders: [] };
  const set = filterSelectionSet(walk, operation.selectionSet, root, []);
  if (set === operation.selectionSet) return undefined;
  const emptyRoot = walk.placeholders.some((p) => p.length === 1);
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

/** The names of the fragments `operation` spreads, directly or through other fragments. */
function usedFragments(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): Set<string> {
  const used = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!used.has(name) && fragment) {
          used.add(name);
          visit(fragment.selectionSet);
        }
      } else if (selection.selectionSet) {
        visit(selection.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return used;
}
