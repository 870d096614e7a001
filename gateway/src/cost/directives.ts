/**
 * The demand-control directives a supergraph carries: Federation's `@cost(weight:)` and
 * `@listSize(assumedSize:, slicingArguments:, sizedFields:, requireOneSlicingArgument:)`, which
 * subgraphs declare and composition copies into the supergraph under the
 * `https://specs.apollo.dev/cost/v0.1` link. They are not part of the API schema the gateway
 * validates operations against, so they are read from the supergraph's SDL.
 *
 * The names follow the link: the feature's own directive is `@cost` (or `@<as>`), the others are
 * `@<as>__listSize` unless imported (possibly renamed) by the link's `import:` list.
 */
import { Kind, valueFromASTUntyped, type DirectiveNode, type DocumentNode } from 'graphql';

const COST_SPEC = /^https:\/\/specs\.apollo\.dev\/cost\/v0\.\d+$/;

export interface ListSize {
  /** The size assumed when no slicing argument gives one. */
  readonly assumedSize?: number;
  /** Arguments whose (largest) value is the size of the list. */
  readonly slicingArguments: readonly string[];
  /** Child fields the size applies to (e.g. `edges` of a connection) instead of the field itself. */
  readonly sizedFields: readonly string[];
  /** Whether exactly one slicing argument must have a value. */
  readonly requireOneSlicingArgument: boolean;
}

export interface CostDirectives {
  /** `@cost(weight:)` of a field, `Type.field`. */
  fieldWeight(type: string, field: string): number | undefined;
  /** `@cost(weight:)` of a type (object, scalar, enum). */
  typeWeight(type: string): number | undefined;
  /** `@cost(weight:)` of an argument definition of `Type.field`. */
  argumentWeight(type: string, field: string, argument: string): number | undefined;
  /** `@listSize` of `Type.field`. */
  listSize(type: string, field: string): ListSize | undefined;
}

interface DirectiveNames {
  readonly cost: string;
  readonly listSize: string;
}

/** The names under which the supergraph's links expose `@cost` and `@listSize`; `undefined` without a cost link. */
function directiveNames(document: DocumentNode): DirectiveNames | undefined {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const args = argumentsOf(link);
      if (typeof args['url'] !== 'string' || !COST_SPEC.test(args['url'])) continue;
      const namespace = typeof args['as'] === 'string' ? args['as'] : 'cost';
      const names = { cost: namespace, listSize: `${namespace}__listSize` };
      for (const entry of Array.isArray(args['import']) ? args['import'] : []) {
        const imported =
          typeof entry === 'string'
            ? { name: entry, as: entry }
            : (entry as { name?: unknown; as?: unknown });
        if (imported.name === '@listSize')
          names.listSize = textOf(imported.as ?? imported.name).replace(/^@/, '');
        if (imported.name === '@cost') names.cost = textOf(imported.as ?? imported.name).replace(/^@/, '');
      }
      return names;
    }
  }
  return undefined;
}

function argumentsOf(directive: DirectiveNode): Record<string, unknown> {
  return Object.fromEntries(
    (directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]),
  );
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Reads every `@cost` and `@listSize` of a supergraph's SDL. */
export function readCostDirectives(document: DocumentNode): CostDirectives {
  const weights = new Map<string, number>();
  const listSizes = new Map<string, ListSize>();
  const names = directiveNames(document);
  const weightOf = (directives: readonly DirectiveNode[] | undefined): number | undefined => {
    const cost = directives?.find((d) => d.name.value === names?.cost);
    const weight = cost ? argumentsOf(cost)['weight'] : undefined;
    return typeof weight === 'number' && Number.isFinite(weight) ? weight : undefined;
  };
  const setWeight = (key: string, directives: readonly DirectiveNode[] | undefined) => {
    const weight = weightOf(directives);
    // The same type or field can be declared by several subgraphs: the heaviest weight holds.
    if (weight !== undefined) weights.set(key, Math.max(weight, weights.get(key) ?? weight));
  };

  for (const definition of names ? document.definitions : []) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    setWeight(typeName, definition.directives);
    if (!('fields' in definition) || !definition.fields) continue;
    for (const field of definition.fields) {
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      const key = `${typeName}.${field.name.value}`;
      setWeight(key, field.directives);
      for (const argument of field.arguments ?? [])
        setWeight(`${key}(${argument.name.value}:)`, argument.directives);
      const listSize = field.directives?.find((d) => d.name.value === names?.listSize);
      if (!listSize) continue;
      const args = argumentsOf(listSize);
      listSizes.set(key, {
        assumedSize: typeof args['assumedSize'] === 'number' ? args['assumedSize'] : undefined,
        slicingArguments: strings(args['slicingArguments']),
        sizedFields: strings(args['sizedFields']),
        requireOneSlicingArgument: args['requireOneSlicingArgument'] !== false,
      });
    }
  }
  return {
    fieldWeight: (type, field) => weights.get(`${type}.${field}`),
    typeWeight: (type) => weights.get(type),
    argumentWeight: (type, field, argument) => weights.get(`${type}.${field}(${argument}:)`),
    listSize: (type, field) => listSizes.get(`${type}.${field}`),
  };
}
