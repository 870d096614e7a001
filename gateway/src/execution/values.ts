/**
 * The data a plan gathers: plain objects parsed from subgraphs' JSON, merged into one tree. Names
 * come from subgraphs and clients (`__proto__` is a valid alias): they are read as own members and
 * written as data, never reaching a prototype.
 */
export type Data = Record<string, unknown>;
export type ResponsePath = readonly (string | number)[];

/** `object[name]` when the object has it as its own member. */
export function own(object: object, name: string): unknown {
  return Object.hasOwn(object, name) ? (object as Data)[name] : undefined;
}

/** `object[name] = value`, as a member even when the name is `__proto__`. */
export function put(object: Data, name: string, value: unknown): void {
  if (name === '__proto__')
    Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  else object[name] = value;
}

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `source` merged into `target`, as Apollo's `deepMerge`: objects member by member, lists of the
 * same length element by element, anything else replaced; `undefined` members skipped.
 */
export function mergeInto(target: Data, source: unknown): void {
  if (!isObject(source)) return;
  for (const key in source) {
    if (!Object.hasOwn(source, key)) continue;
    const value = source[key];
    if (value === undefined) continue;
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    if (existing && isObject(value) && typeof existing === 'object') {
      mergeInto(existing as Data, value);
    } else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) {
      for (let i = 0; i < value.length; i++) {
        const element: unknown = value[i];
        if (isObject(existing[i]) && isObject(element)) mergeInto(existing[i] as Data, element);
        else existing[i] = element;
      }
    } else put(target, key, value);
  }
}

/**
 * The values at `path` (`@` for each element of a list), lists flattened one level per `@`, as
 * Apollo's `flattenResultsAtPath`. `null` or `undefined` when the path stops early.
 * @throws when a field name meets a list (a plan that does not fit the data)
 */
export function valuesAt(value: unknown, path: ResponsePath, from = 0): unknown {
  let current = value;
  for (let i = from; i < path.length; i++) {
    if (current === undefined || current === null) return current;
    const element = path[i]!;
    if (element === '@') {
      if (!Array.isArray(current)) throw new Error(`Expected a list at "@" of ${path.join('.')}`);
      const flat: unknown[] = [];
      for (const item of current) {
        const below = valuesAt(item, path, i + 1);
        if (Array.isArray(below)) for (const each of below) flat.push(each);
        else flat.push(below);
      }
      return flat;
    }
    if (typeof element !== 'string' || Array.isArray(current) || typeof current !== 'object')
      throw new Error(`Unexpected value for ${String(element)} of ${path.join('.')}`);
    current = own(current, element);
  }
  return current;
}

/**
 * The full path of every value `valuesAt(root, path)` returns that is not null, in the same
 * order (Apollo's `generateHydratedPaths`): where an entity fetch's error belongs.
 */
export function pathsAt(root: unknown, path: ResponsePath): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, from: number, at: (string | number)[]) => {
    if (value === null || value === undefined) return;
    if (from === path.length) {
      // A list at the end: its elements are the entities, as the fetch takes them.
      if (!Array.isArray(value)) paths.push([...at]);
      else
        value.forEach(
          (item: unknown, index) => item !== null && item !== undefined && paths.push([...at, index]),
        );
      return;
    }
    const element = path[from]!;
    if (element === '@' || Array.isArray(value)) {
      if (!Array.isArray(value)) return;
      value.forEach((item: unknown, index) => {
        at.push(index);
        walk(item, element === '@' ? from + 1 : from, at);
        at.pop();
      });
      return;
    }
    if (typeof value !== 'object' || !Object.hasOwn(value, element)) return;
    at.push(element);
    walk((value as Data)[element as string], from + 1, at);
    at.pop();
  };
  walk(root, 0, []);
  return paths;
}
