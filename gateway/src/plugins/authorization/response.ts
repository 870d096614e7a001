/**
 * Puts the removed fields back into a response as `null`, with one error at each concrete path
 * (list indices included) where the object is of a type the field applies to, and drops the
 * fields the filter added.
 */
import type { GraphQLFormattedError } from 'graphql';
import type { FilteredOperation } from './filter.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Calls `visit` with every object at `keys[0..-2]` below `node` (through lists), and its concrete path. */
function eachParent(
  node: Json | undefined,
  keys: readonly string[],
  path: Path,
  visit: (parent: { [key: string]: Json }, path: Path) => void,
): void {
  if (node === null || node === undefined || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((item, index) => eachParent(item, keys, [...path, index], visit));
    return;
  }
  if (keys.length === 1) {
    visit(node, path);
    return;
  }
  const [key, ...rest] = keys as [string, ...string[]];
  eachParent(node[key], rest, [...path, key], visit);
}

/** Mutates `data` and returns the errors to add. */
export function restoreRemovedFields(
  data: Record<string, unknown>,
  filtered: FilteredOperation,
): GraphQLFormattedError[] {
  const errors = new Map<string, GraphQLFormattedError>();
  const root = data as { [key: string]: Json };
  for (const removed of filtered.removed) {
    const key = removed.path[removed.path.length - 1] as string;
    eachParent(root, removed.path, [], (parent, path) => {
      const typename = removed.typenameKey === undefined ? undefined : parent[removed.typenameKey];
      if (removed.onTypes && !(typeof typename === 'string' && removed.onTypes.has(typename))) return;
      parent[key] = null;
      const error = { message: removed.message, path: [...path, key], extensions: { code: removed.code } };
      // The same field asked twice at one place (a fragment spread twice) is one error.
      errors.set(JSON.stringify([error.path, error.message]), error);
    });
  }
  for (const placeholder of filtered.placeholders) {
    const key = placeholder[placeholder.length - 1] as string;
    eachParent(root, placeholder, [], (parent) => {
      delete parent[key];
    });
  }
  return [...errors.values()];
}
