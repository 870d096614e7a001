import type { GraphQLSchema } from 'graphql';

/**
 * The public API schemas of the supergraphs composed so far, by supergraph id: the current one is
 * what every check compares its candidate with, and composing it again for each check would double
 * the check's time. Holds the last few.
 */
export interface ApiSchemaCache {
  get(supergraphId: string, build: () => GraphQLSchema): GraphQLSchema;
}

/** @param size how many schemas are kept @default 4 */
export function createApiSchemaCache(size = 4): ApiSchemaCache {
  const schemas = new Map<string, GraphQLSchema>();
  return {
    get(supergraphId, build) {
      let schema = schemas.get(supergraphId);
      if (!schema) {
        schema = build();
        schemas.set(supergraphId, schema);
        for (const oldest of schemas.keys()) {
          if (schemas.size <= size) break;
          schemas.delete(oldest);
        }
      }
      return schema;
    },
  };
}
