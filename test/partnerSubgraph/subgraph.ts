/**
 * A partner's subgraph that this repository does not list in `schema/subgraphs.ts`: its own
 * definition says its name, port and (by default) environment prefix, `CULTURE_`. Tests run it as
 * a process (`main.ts`) to show a partner's subgraph stands alone.
 */
import type { Kysely } from 'kysely';
import { defineSubgraph } from '../../lib/subgraph/define.js';

export const culture = defineSubgraph<Record<string, never>, Record<string, never>>({
  name: 'culture',
  port: 4099,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: { Query: { culturalEvents: () => ['Festa dei popoli', 'Cinema in lingua'] } },
  migrations: {},
  seed: async (_db: Kysely<Record<string, never>>) => {},
  createLoaders: () => ({}),
});
