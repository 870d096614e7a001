/**
 * The authorization requirements a schema declares with Federation's `@authenticated` and
 * `@requiresScopes(scopes: [[...]])`, read from its SDL: a subgraph's own, or the composed
 * supergraph. The gateway uses them to drop unauthorized fields before planning; each subgraph uses
 * the same reading to enforce them again on its own resolvers.
 *
 * A requirement on a type applies to every field that returns that type; a field's own requirement
 * and its return type's both apply. `[[a, b], [c]]` means (a AND b) OR c.
 */
import {
  Kind,
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  valueFromASTUntyped,
  type DirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { satisfiesScopes, type Caller } from './caller.js';

export interface Requirement {
  /** A caller must be authenticated. */
  readonly authenticated: boolean;
  /** Every entry must be satisfied (each is a set of alternatives); empty when no scope is required. */
  readonly scopes: readonly (readonly (readonly string[])[])[];
}

/** The outcome of checking a requirement: allowed, or the error code a refusal carries. */
export type Verdict = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export interface Requirements {
  /** What reading `field` of `type` (returning `returnType`) requires; `undefined` when it is public. */
  of(type: string, field: string, returnType: string): Requirement | undefined;
  /** True when the schema declares no requirement at all. */
  readonly empty: boolean;
}

const AUTHENTICATED = new Set(['authenticated', 'federation__authenticated']);
const REQUIRES_SCOPES = new Set(['requiresScopes', 'federation__requiresScopes']);

function requirementOf(directives: readonly DirectiveNode[] | undefined): Requirement | undefined {
  let authenticated = false;
  const scopes: string[][][] = [];
  for (const directive of directives ?? []) {
    if (AUTHENTICATED.has(directive.name.value)) authenticated = true;
    if (REQUIRES_SCOPES.has(directive.name.value)) {
      const argument = directive.arguments?.find((a) => a.name.value === 'scopes');
      const value = argument ? valueFromASTUntyped(argument.value) : [];
      const alternatives = (Array.isArray(value) ? value : [value]).map((all) =>
        (Array.isArray(all) ? all : [all]).map(String),
      );
      scopes.push(alternatives);
    }
  }
  return authenticated || scopes.length > 0 ? { authenticated, scopes } : undefined;
}

function merge(a: Requirement | undefined, b: Requirement | undefined): Requirement | undefined {
  if (!a) return b;
  if (!b) return a;
  return { authenticated: a.authenticated || b.authenticated, scopes: [...a.scopes, ...b.scopes] };
}

const TYPE_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.SCALAR_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.UNION_TYPE_DEFINITION,
]);

/** Reads the requirements a schema's SDL declares. */
export function readRequirements(document: DocumentNode): Requirements {
  const onTypes = new Map<string, Requirement>();
  const onFields = new Map<string, Requirement>();
  for (const definition of document.definitions) {
    if (!TYPE_KINDS.has(definition.kind) || !('name' in definition) || !definition.name) continue;
    const typeName = definition.name.value;
    const typeRequirement = merge(
      onTypes.get(typeName),
      requirementOf('directives' in definition ? definition.directives : undefined),
    );
    if (typeRequirement) onTypes.set(typeName, typeRequirement);
    if (!('fields' in definition) || !definition.fields) continue;
    for (const field of definition.fields) {
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      const key = `${typeName}.${field.name.value}`;
      const fieldRequirement = merge(onFields.get(key), requirementOf(field.directives));
      if (fieldRequirement) onFields.set(key, fieldRequirement);
    }
  }
  return {
    empty: onTypes.size === 0 && onFields.size === 0,
    of: (type, field, returnType) => merge(onFields.get(`${type}.${field}`), onTypes.get(returnType)),
  };
}

/** Whether `caller` (`undefined`: anonymous) meets `requirement`. */
export function judge(requirement: Requirement, caller: Caller | undefined): Verdict {
  if (!caller) return 'UNAUTHENTICATED';
  return requirement.scopes.every((alternatives) => satisfiesScopes(caller, alternatives))
    ? 'allowed'
    : 'FORBIDDEN';
}

/** The message of a refusal, naming what was missing. */
export function refusalMessage(
  verdict: Exclude<Verdict, 'allowed'>,
  what: string,
  requirement: Requirement,
): string {
  if (verdict === 'UNAUTHENTICATED') return `${what} requires an authenticated caller`;
  const needed = requirement.scopes
    .map((alternatives) => alternatives.map((all) => all.join(' and ')).join(' or '))
    .join('; and ');
  return `${what} requires the scope ${needed}`;
}

/**
 * The protected fields of `schema` that are non-null (`Type.field`). A refused field is answered
 * `null`, so a protected field must be nullable; composition refuses a schema that breaks this.
 */
export function nonNullProtectedFields(schema: GraphQLSchema, requirements: Requirements): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (
        isNonNullType(field.type) &&
        requirements.of(type.name, field.name, getNamedType(field.type).name)
      ) {
        found.push(`${type.name}.${field.name}`);
      }
    }
  }
  return found;
}
