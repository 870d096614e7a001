/**
 * What an entity fetch sends and how answers are rewritten, as Apollo Gateway does: a
 * representation is the entity's `requires` selection (its key, and the fields a `@requires`
 * needs), null when the entity lacks one of them; the plan's rewrites set or rename members of
 * representations and answers (`@interfaceObject`, aliased fields).
 */
import type { FetchDataRewrite, QueryPlanSelectionNode } from '@apollo/query-planner';
import { isAbstractType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { own, put, mergeInto, type Data } from './values.js';

/** Whether `value` is of `typeCondition` (itself, or one of its possible types), by its `__typename`. */
export function isOfType(
  supergraph: GraphQLSchema,
  value: Data,
  typeCondition: string,
  unknownTypename = false,
): boolean {
  const typename = value['__typename'];
  if (!typename) return unknownTypename;
  if (typename === typeCondition) return true;
  if (typeof typename !== 'string') return false;
  const type = supergraph.getType(typename);
  const condition = supergraph.getType(typeCondition);
  if (!type || !condition || !isAbstractType(condition)) return false;
  return (isObjectType(type) || isInterfaceType(type)) && supergraph.isSubType(condition, type);
}

/** The selection `selections` of `source`, or null when a field it names is missing. */
export function select(
  supergraph: GraphQLSchema,
  source: unknown,
  selections: readonly QueryPlanSelectionNode[],
): Data | null {
  if (source === null || typeof source !== 'object') return null;
  const result: Data = {};
  for (const selection of selections) {
    if (selection.kind === 'Field') {
      const name = selection.alias ?? selection.name;
      const value = own(source, name);
      if (value === undefined) return null;
      const below = selection.selections;
      put(
        result,
        name,
        Array.isArray(value)
          ? value.map((item: unknown) => (below ? select(supergraph, item, below) : item))
          : below
            ? select(supergraph, value, below)
            : value,
      );
    } else if (selection.typeCondition && isOfType(supergraph, source as Data, selection.typeCondition)) {
      mergeInto(result, select(supergraph, source, selection.selections));
    }
  }
  return result;
}

const FRAGMENT = '... on ';

/** The plan's rewrites applied to `value` (a representation, or an answer), in place. */
export function rewrite(
  supergraph: GraphQLSchema,
  rewrites: readonly FetchDataRewrite[] | undefined,
  value: unknown,
): void {
  for (const each of rewrites ?? []) {
    const last = each.path[each.path.length - 1];
    if (last === undefined || last.startsWith(FRAGMENT)) continue;
    const apply = (object: Data) => {
      if (each.kind === 'ValueSetter') put(object, last, each.setValueTo);
      else {
        const found = own(object, last);
        if (found) {
          put(object, each.renameKeyTo, found);
          object[last] = undefined;
        }
      }
    };
    at(supergraph, each.path, 0, each.path.length - 1, value, apply);
  }
}

function at(
  supergraph: GraphQLSchema,
  path: readonly string[],
  from: number,
  end: number,
  value: unknown,
  apply: (object: Data) => void,
): void {
  if (Array.isArray(value)) {
    for (const item of value) at(supergraph, path, from, end, item, apply);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (from === end) return apply(value as Data);
  const element = path[from]!;
  if (element.startsWith(FRAGMENT)) {
    if (isOfType(supergraph, value as Data, element.slice(FRAGMENT.length), true))
      at(supergraph, path, from + 1, end, value, apply);
  } else at(supergraph, path, from + 1, end, own(value, element), apply);
}
