/**
 * `GET /schema.graphql`: the API schema the gateway serves at this moment, as SDL with its
 * descriptions (types and fields sorted, as in `schema/api.graphql`), for code generators and
 * IDEs that would otherwise need introspection. It follows the supergraph: when the registry's
 * next version loads, the next download is its schema. A strong `ETag` (the text's SHA-256) lets a
 * client ask again cheaply: `If-None-Match` answers 304 until the schema changes.
 *
 * On when introspection is (development), or with `GATEWAY_SCHEMA_DOWNLOAD=true`: the graph's
 * schema is public, so production may publish it without answering introspection queries.
 */
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { printApiSchema } from '../../../lib/supergraph/apiSchema.js';
import type { GatewayPlugin } from '../plugin.js';

export const SCHEMA_PATH = '/schema.graphql';

export interface SchemaDownloadPluginOptions {
  /** Serve the schema; off, the path is not found. */
  readonly enabled: boolean;
}

/** Whether `If-None-Match` names `etag` (or is `*`); weak forms match, as RFC 9110 compares for GET. */
function notModified(req: Request, etag: string): boolean {
  const header = req.get('if-none-match');
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

export function schemaDownloadPlugin(options: SchemaDownloadPluginOptions): GatewayPlugin {
  if (!options.enabled) return { name: 'schemaDownload' };
  let current: { text: string; etag: string } | undefined;
  return {
    name: 'schemaDownload',
    routes: (app) => {
      app.get(SCHEMA_PATH, (req, res) => {
        // Served only while the supergraph is loaded; before that there is no schema to give.
        if (!current) return void res.status(503).set('retry-after', '1').type('text/plain').send();
        // Caches may keep it but must ask again: the schema changes when the supergraph does.
        res.set({ etag: current.etag, 'cache-control': 'no-cache' });
        if (notModified(req, current.etag)) return void res.status(304).end();
        res.type('text/plain; charset=utf-8').send(current.text);
      });
    },
    apollo: {
      async serverWillStart() {
        return {
          // Printed once per supergraph, not per download.
          schemaDidLoadOrUpdate({ apiSchema }) {
            const text = printApiSchema(apiSchema);
            current = { text, etag: `"${createHash('sha256').update(text).digest('hex')}"` };
          },
        };
      },
    },
  };
}
