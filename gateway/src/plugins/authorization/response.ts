/**
 * Puts the removed fields back into a response as `null`, with one error at each concrete path
 * (list indices included), and drops the placeholders the filter added.
 */
import type { GraphQLFormattedError } from 'graphql';
import type { FilteredOperation } from './filter.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Calls `visit` with every object at `keys[0..-2]` below `node` (through lists), and its concrete path. */
function eachParent(node: Json | undefined, keys: readonly string[], path: Path, visit: (parent: { [key: string]: Json }, path: Path) => void): void {
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
export function restoreRemovedFields(data: Record<string, unknown>, filtered: FilteredOperation): GraphQLFormattedError[] {
  const errors: GraphQLFormattedError[] = [];
  const root = data as { [key: string]: Json };
  for (const removed of filtered.removed) {
    const key = removed.path[removed.path.length - 1] as string;
    eachParent(root, removed.path, [], (parent, path) => {
      parent[key] = null;
      errors.push({ message: removed.message, path: [...path, key], extensions: { code: removed.code } });
    });
  }
  for (const placeholder of filtered.placeholders) {
    const key = placeholder[placeholder.length - 1] as string;
    eachParent(root, placeholder, [], (parent) => {
      delete parent[key];
    });
  }
  return errors;
}
