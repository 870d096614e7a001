/**
 * The owning subgraph enforces its schema's `@authenticated` and `@requiresScopes` again, whatever
 * the gateway did: every resolver of a protected field is wrapped to refuse, with `UNAUTHENTICATED`
 * or `FORBIDDEN`, a caller that does not meet the requirement. The field then resolves to `null`
 * with an error at its path, as it would at the gateway.
 */
import {
  GraphQLError,
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Caller } from '../auth/caller.js';
import { judge, readRequirements, refusalMessage } from '../auth/requirements.js';

/** What the wrapped resolvers read from the context. */
export interface AuthorizationContext {
  readonly caller: Caller | undefined;
}

/** Wraps the resolvers of every protected field of `schema` (built from `typeDefs`), in place. */
export function enforceRequirements(schema: GraphQLSchema, typeDefs: DocumentNode): GraphQLSchema {
  const requirements = readRequirements(typeDefs);
  if (requirements.empty) return schema;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const requirement = requirements.of(type.name, field.name, getNamedType(field.type).name);
      if (!requirement) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: AuthorizationContext, info) => {
        const verdict = judge(requirement, context.caller);
        if (verdict !== 'allowed') {
          throw new GraphQLError(refusalMessage(verdict, `${type.name}.${field.name}`, requirement), {
            extensions: { code: verdict },
          });
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
