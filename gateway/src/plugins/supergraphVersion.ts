/**
 * `x-integra-supergraph-version` on every answer of the gateway (GraphQL answers, errors, health,
 * preflights, 404s): which supergraph served it. From the registry, its version number (`7`); from
 * a file, the first 12 hex digits of the supergraph's SHA-256, as `GET /health` reports it. A
 * client that sees it change knows the schema changed (`GET /schema.graphql` has the new one).
 * Absent only while the first supergraph loads.
 */
import { createHash } from 'node:crypto';
import type { GatewayPlugin } from '../plugin.js';
import type { SupergraphServed } from '../supergraph/index.js';

export const SUPERGRAPH_VERSION_HEADER = 'x-integra-supergraph-version';

export interface SupergraphVersionPluginOptions {
  /** Which supergraph the source serves now (the registry's version). */
  readonly served: () => SupergraphServed;
}

export function supergraphVersionPlugin(options: SupergraphVersionPluginOptions): GatewayPlugin {
  let loadedId: string | undefined;
  // Read when the request arrives: the registry's manager records a version right after Apollo
  // takes it, in the same tick, so no request sees one supergraph with the other's version.
  const version = (): string | undefined => {
    const served = options.served();
    if (served.source === 'registry' && served.version !== undefined) return String(served.version);
    return loadedId;
  };
  return {
    name: 'supergraphVersion',
    routes: (app) =>
      app.use((_req, res, next) => {
        const current = version();
        if (current !== undefined) res.set(SUPERGRAPH_VERSION_HEADER, current);
        next();
      }),
    apollo: {
      async serverWillStart() {
        return {
          schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
            loadedId = createHash('sha256')
              .update(coreSupergraphSdl ?? '')
              .digest('hex')
              .slice(0, 12);
          },
        };
      },
    },
  };
}
