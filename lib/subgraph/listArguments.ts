/**
 * A cap on every list a request hands a subgraph as an argument: `ids`, `statuses`, `languages`,
 * lists inside input objects, and `_entities(representations:)`. Each becomes SQL parameters, and
 * an unbounded one reaches the database's parameter limit (an internal error) or a statement
 * nobody planned for. Every resolver of a field that takes a list, at any depth of its arguments,
 * is wrapped to check the arguments as GraphQL coerced them (literals, variables, defaults alike)
 * before it runs; over the limit, the field is null with a `BAD_USER_INPUT` error naming the
 * argument and the limit, and nothing reaches the database.
 */
import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badUserInput } from '../errors.js';
import { integerVar, type Env } from '../config.js';

export interface ListArgumentLimits {
  /** `<ENVPREFIX>_MAX_LIST_ARGUMENT`: items in all the lists of one argument. @default 1000 */
  readonly maxItems: number;
  /**
   * `<ENVPREFIX>_MAX_ENTITY_REPRESENTATIONS`: entities in one `_entities` call. The gateway sends
   * one per entity of a fetch (a page of 100 parents with 100 children each is 10,000).
   * @default 10000
   */
  readonly maxRepresentations: number;
}

export const DEFAULT_LIST_ARGUMENT_LIMITS: ListArgumentLimits = {
  maxItems: 1000,
  maxRepresentations: 10_000,
};

function limitVar(env: Env, variable: string, fallback: number): number {
  // SQLite refuses statements with more than 32766 parameters.
  return integerVar(env, variable, fallback, 1, 30_000);
}

/** Reads `<ENVPREFIX>_MAX_LIST_ARGUMENT` and `<ENVPREFIX>_MAX_ENTITY_REPRESENTATIONS`. @throws {ConfigError} */
export function listArgumentLimitsFromEnv(envPrefix: string, env: Env): ListArgumentLimits {
  return {
    maxItems: limitVar(env, `${envPrefix}_MAX_LIST_ARGUMENT`, DEFAULT_LIST_ARGUMENT_LIMITS.maxItems),
    maxRepresentations: limitVar(
      env,
      `${envPrefix}_MAX_ENTITY_REPRESENTATIONS`,
      DEFAULT_LIST_ARGUMENT_LIMITS.maxRepresentations,
    ),
  };
}

const holdsListMemo = new WeakMap<GraphQLInputType, boolean>();

/** True when a value of `type` can hold a list: a list type, or an input object with one at any depth. */
function holdsList(type: GraphQLInputType, seen?: Set<string>): boolean {
  if (!seen) {
    const known = holdsListMemo.get(type);
    if (known !== undefined) return known;
    const found = holdsList(type, new Set());
    holdsListMemo.set(type, found);
    return found;
  }
  const nullable = getNullableType(type);
  if (isListType(nullable)) return true;
  if (!isInputObjectType(nullable) || seen.has(nullable.name)) return false;
  seen.add(nullable.name);
  return Object.values(nullable.getFields()).some((field) => holdsList(field.type, seen));
}

/** Counts the items of every list in `value` (of `type`), refusing a list, or all of them together, over `limit`. */
function countItems(value: unknown, type: GraphQLInputType, path: string, limit: number): number {
  if (value === null || value === undefined) return 0;
  if (isNonNullType(type)) return countItems(value, type.ofType, path, limit);
  if (isListType(type)) {
    // Coercion makes a single value of a list type a list of one; anything else is not ours to judge.
    const items = Array.isArray(value) ? value : [value];
    if (items.length > limit)
      throw badUserInput(path, `has ${items.length} items; at most ${limit} are allowed`);
    const itemType = type.ofType;
    let total = items.length;
    if (holdsList(itemType))
      items.forEach((item, i) => (total += countItems(item, itemType, `${path}[${i}]`, limit)));
    return total;
  }
  if (isInputObjectType(type) && typeof value === 'object') {
    let total = 0;
    for (const field of Object.values(type.getFields())) {
      if (holdsList(field.type))
        total += countItems(
          (value as Record<string, unknown>)[field.name],
          field.type,
          `${path}.${field.name}`,
          limit,
        );
    }
    return total;
  }
  return 0;
}

/**
 * Wraps, in place, the resolver of every field of `schema` that takes a list argument (directly or
 * inside an input object) so that each such argument holds at most `maxItems` items in all
 * (`maxRepresentations` for `_entities(representations:)`).
 */
export function limitListArguments(
  schema: GraphQLSchema,
  limits: ListArgumentLimits = DEFAULT_LIST_ARGUMENT_LIMITS,
): GraphQLSchema {
  const queryType = schema.getQueryType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checked = field.args
        .filter((arg) => holdsList(arg.type))
        .map((arg) => ({
          name: arg.name,
          type: arg.type,
          limit:
            type === queryType && field.name === '_entities' && arg.name === 'representations'
              ? limits.maxRepresentations
              : limits.maxItems,
        }));
      if (checked.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const arg of checked) {
          const total = countItems(args[arg.name], arg.type, arg.name, arg.limit);
          if (total > arg.limit)
            throw badUserInput(
              arg.name,
              `holds ${total} list items in all; at most ${arg.limit} are allowed`,
            );
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
