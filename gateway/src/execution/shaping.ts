/**
 * The client's answer from the data the fetches gathered, as Apollo Gateway's `computeResponse`
 * makes it: only the fields asked for, under their aliases, in the operation's order; `__typename`
 * filled in; a null where a non-null field is missing bubbles up to the nearest nullable parent,
 * with an error; a value of the wrong kind (a string for an `Int`, an enum value the API does not
 * have) becomes a null with an error. What differs: a list or an object of the wrong shape from a
 * subgraph is a null with an error at its path, where Apollo drops the whole answer.
 *
 * Walks the compiled operation (`operation.ts`) over plain objects: no schema lookups but the
 * runtime type of abstract values, no objects built but the answer's own.
 */
import { ERRORS } from '@apollo/federation-internals';
import {
  isAbstractType,
  isCompositeType,
  isObjectType,
  isUnionType,
  type GraphQLCompositeType,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import type { CompiledOperation, Condition, Leaf, Step, TypeShape } from './operation.js';
import { own, put } from './values.js';

type Path = (string | number)[];

interface Shaping {
  readonly schema: GraphQLSchema;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly errors: GraphQLError[];
  /** What the last `complete` left: nothing wrong, an error below (a null), or a null that must bubble up. */
  outcome: Outcome;
}

const enum Outcome {
  Ok,
  Errors,
  Invalid,
}

/** What the last `complete` left (read through a call: TypeScript would narrow the member). */
const outcomeOf = (shaping: Shaping): Outcome => shaping.outcome;

export function skipped(
  conditions: readonly Condition[],
  variables: Readonly<Record<string, unknown>>,
): boolean {
  for (const condition of conditions) {
    const value = condition.variable === undefined ? condition.literal : variables[condition.variable];
    if (condition.include ? value !== true : value === true) return true;
  }
  return false;
}

/** Whether `type` is `condition` or one of its possible types (an object, an interface implementing it). */
function isSubtype(
  schema: GraphQLSchema,
  condition: GraphQLCompositeType,
  type: GraphQLCompositeType,
): boolean {
  return (
    condition === type ||
    (isAbstractType(condition) && !isUnionType(type) && schema.isSubType(condition, type))
  );
}

function describe(path: Path, type: string, parent: string): string {
  const element = path[path.length - 1];
  return typeof element === 'string'
    ? `field ${parent}.${element}`
    : `array element of type ${type} at index ${String(element)}`;
}

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/** Apollo's `isValidLeafValue`: custom scalars take anything. */
function validLeaf(leaf: Leaf, value: unknown): boolean {
  if (leaf === 'custom') return true;
  switch (typeof value) {
    case 'boolean':
      return leaf === 'Boolean';
    case 'number':
      if (!Number.isFinite(value)) return false;
      return leaf === 'Int' || leaf === 'ID' ? INTEGER.test(String(value)) : leaf === 'Float';
    case 'string':
      if (typeof leaf === 'object') return leaf.getValue(value) !== undefined;
      return leaf !== 'Boolean' && leaf !== 'Int' && leaf !== 'Float';
    default:
      return false;
  }
}

function invalid(shaping: Shaping, message: string, path: Path): null {
  shaping.errors.push(ERRORS.INVALID_GRAPHQL.err(message, { path: [...path] }));
  shaping.outcome = Outcome.Errors;
  return null;
}

/** Apollo's `updateOutputValue`: one value into the answer; `shaping.outcome` says how it went. */
function complete(
  shaping: Shaping,
  output: unknown,
  type: TypeShape,
  input: unknown,
  selections: readonly Step[] | undefined,
  path: Path,
  parent: string,
): unknown {
  if (output === null || (output !== undefined && !selections)) {
    shaping.outcome = Outcome.Ok;
    return output;
  }
  if (type.nonNull) {
    const updated = completeNullable(shaping, output, type, input, selections, path, parent);
    if (updated === null) {
      if (outcomeOf(shaping) === Outcome.Ok)
        shaping.errors.push(
          ERRORS.INVALID_GRAPHQL.err(
            `Cannot return null for non-nullable ${describe(path, type.printed, parent)}.`,
            { path: [...path] },
          ),
        );
      shaping.outcome = Outcome.Invalid;
      return null;
    }
    shaping.outcome = Outcome.Ok;
    return updated;
  }
  return completeNullable(shaping, output, type, input, selections, path, parent);
}

function completeNullable(
  shaping: Shaping,
  output: unknown,
  type: TypeShape,
  input: unknown,
  selections: readonly Step[] | undefined,
  path: Path,
  parent: string,
): unknown {
  shaping.outcome = Outcome.Ok;
  if (input === null) return null;
  if (type.list) {
    if (
      !Array.isArray(input) ||
      (output !== undefined && (!Array.isArray(output) || output.length !== input.length))
    )
      return invalid(shaping, `Invalid value found for ${describe(path, type.printed, parent)}.`, path);
    const list: unknown[] = output === undefined ? new Array<unknown>(input.length) : (output as unknown[]);
    let nullify = false;
    let errors = false;
    for (let i = 0; i < input.length; i++) {
      path.push(i);
      list[i] = complete(shaping, list[i], type.list, input[i] ?? null, selections, path, parent);
      path.pop();
      if (outcomeOf(shaping) === Outcome.Invalid) nullify = true;
      if (outcomeOf(shaping) !== Outcome.Ok) errors = true;
    }
    shaping.outcome = errors ? Outcome.Errors : Outcome.Ok;
    return nullify ? null : list;
  }
  if (type.composite) {
    if (
      typeof input !== 'object' ||
      Array.isArray(input) ||
      !selections ||
      (output !== undefined && typeof output !== 'object')
    )
      return invalid(shaping, `Invalid value found for ${describe(path, type.printed, parent)}.`, path);
    let runtime: GraphQLCompositeType = type.composite;
    const typename = (input as Record<string, unknown>)['__typename'];
    if (typename !== undefined) {
      const named = typeof typename === 'string' ? shaping.schema.getType(typename) : undefined;
      if (!named || !isCompositeType(named))
        return invalid(
          shaping,
          `Invalid __typename found for object at ${describe(path, type.printed, parent)}.`,
          path,
        );
      runtime = named;
    }
    const object = (output ?? {}) as Record<string, unknown>;
    if (applySelections(shaping, input as Record<string, unknown>, selections, object, runtime, path)) {
      shaping.outcome = Outcome.Errors;
      return null;
    }
    shaping.outcome = Outcome.Ok;
    return object;
  }
  if (!validLeaf(type.leaf!, input))
    return invalid(shaping, `Invalid value found for ${describe(path, type.printed, parent)}.`, path);
  return input;
}

/** Apollo's `applySelectionSet`: `true` when a null must bubble up past `output`. */
function applySelections(
  shaping: Shaping,
  input: Record<string, unknown>,
  steps: readonly Step[],
  output: Record<string, unknown>,
  parent: GraphQLCompositeType,
  path: Path,
): boolean {
  for (const step of steps) {
    if (step.conditions && skipped(step.conditions, shaping.variables)) continue;
    if (step.kind === 'fragment') {
      const condition = step.typeCondition;
      if (condition) {
        const typename = input['__typename'];
        const runtime = !typename
          ? parent
          : typeof typename === 'string'
            ? shaping.schema.getType(typename)
            : undefined;
        if (!runtime || !isCompositeType(runtime) || !isSubtype(shaping.schema, condition, runtime)) continue;
      }
      if (applySelections(shaping, input, step.selections, output, condition ?? parent, path)) return true;
      continue;
    }
    const name = step.responseName;
    const current = step.inherited ? own(output, name) : output[name];
    if (step.typename) {
      if (current !== undefined) continue;
      let value = (step.inherited ? own(input, name) : input[name]) ?? null;
      if (value === null && name !== '__typename') value = input['__typename'] ?? null;
      const type = typeof value === 'string' ? (shaping.schema.getType(value) ?? parent) : parent;
      if (!isObjectType(type)) return true;
      put(output, name, type.name);
      continue;
    }
    const value = (step.inherited ? own(input, name) : input[name]) ?? null;
    path.push(name);
    const updated = complete(shaping, current, step.type, value, step.selections, path, parent.name);
    path.pop();
    put(output, name, updated);
    if (outcomeOf(shaping) === Outcome.Invalid) return true;
  }
  return false;
}

/**
 * The answer to `operation` from `input` (the root object every fetch merged into), and the
 * errors found making it (non-null fields missing, values of the wrong kind).
 */
export function shapeAnswer(
  schema: GraphQLSchema,
  operation: CompiledOperation,
  variables: Readonly<Record<string, unknown>>,
  input: Record<string, unknown>,
): { data: Record<string, unknown> | null; errors: GraphQLError[] } {
  const shaping: Shaping = { schema, variables, errors: [], outcome: Outcome.Ok };
  const data: Record<string, unknown> = {};
  const bubbled = applySelections(shaping, input, operation.steps, data, operation.rootType, []);
  return { data: bubbled ? null : data, errors: shaping.errors };
}
