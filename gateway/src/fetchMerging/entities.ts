/**
 * Each entity once: the distinct representations of a fetch and how its answer goes back to every
 * place that asked (`distinctEntities`, `fanOutEntities`); the same across several fetches joined
 * into one (`unifyRepresentations`, `pickEntities`).
 */
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';

export type Variables = Readonly<Record<string, unknown>>;
export type GraphQLErrorShape = NonNullable<GatewayGraphQLResponse['errors']>[number];

/**
 * One value as text that no other value shares: strings by length and content (no escaping to
 * scan for), numbers and booleans as they print, objects in JSON (self-delimiting), each behind
 * a tag of its type so that `1` and `"1"` differ.
 */
function valueKey(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `s${value.length}:${value}`;
    case 'number':
      return `n${value}`;
    case 'boolean':
      return value ? 't' : 'f';
    case 'undefined':
      return 'u';
    default:
      return value === null ? 'z' : `o${JSON.stringify(value) ?? ''}`;
  }
}

/**
 * A representation's identity as text: its fields (`fields`, or all of them) with their values
 * (`valueKey`), field names as they are (GraphQL names: no `=` in them). Several times faster
 * than `JSON.stringify` on the whole object, for the thousand representations a deep query's
 * fetch may carry.
 */
function representationKey(representation: unknown, fields?: readonly string[]): string {
  if (typeof representation !== 'object' || representation === null) return valueKey(representation);
  const record = representation as Record<string, unknown>;
  let key = '';
  for (const field of fields ?? Object.keys(record)) key += `${field}=${valueKey(record[field])};`;
  return key;
}

/** How a fetch's distinct representations map back to the ones Apollo built. */
export interface DistinctEntities {
  /** The variables to send: `representations` holds each distinct representation once. */
  readonly variables: Variables;
  /** For each representation Apollo built, the index of its distinct one. */
  readonly indexOf: readonly number[];
  readonly distinctCount: number;
}

/**
 * The distinct representations of an `_entities` fetch (Apollo names its list `representations`),
 * or `undefined` when every one is distinct already (nothing to change) or the fetch has none.
 * Representations are compared field by field in their order: Apollo builds them in the order of
 * the plan's `requires`, so equal entities give equal text.
 */
export function distinctEntities(variables: Variables | undefined): DistinctEntities | undefined {
  const representations = variables?.['representations'];
  if (!Array.isArray(representations) || representations.length < 2) return undefined;
  const seen = new Map<string, number>();
  const distinct: unknown[] = [];
  const indexOf = new Array<number>(representations.length);
  for (let i = 0; i < representations.length; i++) {
    const key = representationKey(representations[i]);
    let index = seen.get(key);
    if (index === undefined) {
      index = distinct.length;
      seen.set(key, index);
      distinct.push(representations[i]);
    }
    indexOf[i] = index;
  }
  if (distinct.length === representations.length) return undefined;
  return { variables: { ...variables, representations: distinct }, indexOf, distinctCount: distinct.length };
}

/**
 * The answer Apollo expects for every representation it built, from the answer to the distinct
 * ones: each place gets its entity (the same object: the executor merges it where it belongs,
 * and its rewrites are idempotent), each error about an entity is repeated for every place that
 * asked for it. An answer of another shape is returned as it is, for Apollo to refuse.
 */
export function fanOutEntities(
  answer: GatewayGraphQLResponse,
  plan: DistinctEntities,
): GatewayGraphQLResponse {
  const entities = (answer.data as { _entities?: unknown } | null | undefined)?._entities;
  if (!Array.isArray(entities) || entities.length !== plan.distinctCount) return answer;
  const places = new Array<unknown>(plan.indexOf.length);
  for (let i = 0; i < places.length; i++) places[i] = entities[plan.indexOf[i]!];
  const result: GatewayGraphQLResponse = { ...answer, data: { ...answer.data, _entities: places } };
  if (answer.errors) result.errors = answer.errors.flatMap((error) => errorsForPlaces(error, plan.indexOf));
  return result;
}

function errorsForPlaces(error: GraphQLErrorShape, indexOf: readonly number[]): GraphQLErrorShape[] {
  const path = error.path;
  if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
  const distinct = path[1];
  const copies: GraphQLErrorShape[] = [];
  for (let i = 0; i < indexOf.length; i++)
    if (indexOf[i] === distinct) copies.push({ ...error, path: ['_entities', i, ...path.slice(2)] });
  return copies.length > 0 ? copies : [error];
}

const sameValue = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * Each entity once across several fetches' representations: two representations of one type are
 * the same entity when they agree on the fields every representation of that type has (its key
 * fields, at least); the one sent has the fields of both. `undefined` when they cannot line up:
 * a type whose representations from several fetches share no field but `__typename` (different
 * keys), or one entity given two different values for a field.
 */
export function unifyRepresentations(
  lists: readonly (readonly unknown[])[],
): { representations: Record<string, unknown>[]; positions: number[][] } | undefined {
  const common = new Map<string, string[]>();
  const fetchesOf = new Map<string, Set<number>>();
  for (const [m, list] of lists.entries()) {
    let lastType: unknown;
    for (const representation of list) {
      const record = representation as Record<string, unknown> | null;
      const typename = record?.['__typename'];
      if (typeof typename !== 'string') return undefined;
      const known = common.get(typename);
      if (!known) common.set(typename, Object.keys(record!));
      else {
        // Most representations have the very fields of the first: nothing is built for them.
        let all = true;
        for (const field of known) if (!Object.hasOwn(record!, field)) all = false;
        if (!all)
          common.set(
            typename,
            known.filter((field) => Object.hasOwn(record!, field)),
          );
      }
      if (typename !== lastType) {
        lastType = typename;
        let fetches = fetchesOf.get(typename);
        if (!fetches) fetchesOf.set(typename, (fetches = new Set()));
        fetches.add(m);
      }
    }
  }
  for (const [typename, fields] of common)
    if (fields.length < 2 && (fetchesOf.get(typename)?.size ?? 0) > 1) return undefined;
  const representations: Record<string, unknown>[] = [];
  // The fields each type's key holds: equal on two representations with equal keys.
  const keyFields = new Map([...common].map(([typename, fields]) => [typename, new Set(fields)]));
  // Keys name `__typename` among their fields: one map serves every type.
  const byKey = new Map<string, number>();
  const positions: number[][] = [];
  for (const list of lists) {
    const own = new Array<number>(list.length);
    for (let i = 0; i < list.length; i++) {
      const representation = list[i] as Record<string, unknown>;
      const fields = common.get(representation['__typename'] as string)!;
      const key = representationKey(representation, fields);
      const at = byKey.get(key);
      if (at === undefined) {
        byKey.set(key, representations.length);
        own[i] = representations.length;
        representations.push({ ...representation });
        continue;
      }
      own[i] = at;
      const entity = representations[at]!;
      const inKey = keyFields.get(representation['__typename'] as string)!;
      for (const field in representation) {
        if (inKey.has(field) || !Object.hasOwn(representation, field)) continue;
        // Defined, not assigned: a member named `__proto__` stays a member.
        if (!Object.hasOwn(entity, field))
          Object.defineProperty(entity, field, {
            value: representation[field],
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else if (!sameValue(entity[field], representation[field])) return undefined;
      }
    }
    positions.push(own);
  }
  return { representations, positions };
}

/**
 * The answer of one member of a combined entity fetch: the entity at each of its positions, and
 * each error about one of them for each place it has (errors about no entity go to every member).
 */
export function pickEntities(
  answer: GatewayGraphQLResponse,
  positions: readonly number[],
): GatewayGraphQLResponse {
  const entities = (answer.data as { _entities?: unknown } | null | undefined)?._entities;
  if (!Array.isArray(entities)) return answer;
  const part: GatewayGraphQLResponse = {
    ...answer,
    data: { ...answer.data, _entities: positions.map((p): unknown => entities[p]) },
  };
  if (answer.errors) {
    const errors = answer.errors.flatMap((error) => {
      const path = error.path;
      if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
      const copies: GraphQLErrorShape[] = [];
      positions.forEach((p, i) => {
        if (p === path[1]) copies.push({ ...error, path: ['_entities', i, ...path.slice(2)] });
      });
      return copies;
    });
    if (errors.length > 0) part.errors = errors;
    else delete part.errors;
  }
  return part;
}
