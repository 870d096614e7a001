/**
 * `GET /api/supergraph` (the current one) and `GET /api/supergraph/versions/:version`. The ETag is
 * the supergraph's id (the sha256 of its SDL), so a gateway polling with `If-None-Match` gets a
 * bodiless 304 until the graph really changes. Any published version also downloads as text:
 * `.../versions/:version/supergraph.graphql` (the supergraph SDL) and `.../schema.graphql` (its API
 * schema, printed as the gateway's `GET /schema.graphql` prints the one it serves).
 */
import { createHash } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { Kysely } from 'kysely';
import type { RegistryDb, SupergraphRow } from '../data/tables.js';
import { currentSupergraph, supergraphByVersion } from '../data/supergraphs.repository.js';
import { notFound, versionParam } from './http.js';
import { createApiSchemaCache } from '../checks/apiSchemaCache.js';
import { apiSchemaOfSupergraph, printApiSchema } from '../../../lib/supergraph/apiSchema.js';

/** True when `If-None-Match` names `etag` (weakly or not) or is `*`. */
export function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

function send(req: Request, res: Response, row: SupergraphRow): void {
  const etag = `"${row.id}"`;
  res.setHeader('ETag', etag);
  // Caches may keep it, but must ask again each time: "current" changes without notice.
  res.setHeader('Cache-Control', 'no-cache');
  if (matches(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  res.json({ version: row.version, id: row.id, sdl: row.sdl, composedAt: row.composed_at });
}

/** `text` as a GraphQL SDL download; its ETag is the text's sha256 (a version's text never changes). */
function sendText(req: Request, res: Response, text: string): void {
  const etag = `"${createHash('sha256').update(text).digest('hex')}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'no-cache');
  if (matches(req.headers['if-none-match'], etag)) return void res.status(304).end();
  res.type('text/plain; charset=utf-8').send(text);
}

/** The supergraph routes, over the registry's database. */
export function supergraphRoutes(db: Kysely<RegistryDb>): Router {
  const router = Router();
  // Deriving an API schema builds the whole supergraph: done once per version downloaded lately.
  const apiSchemas = createApiSchemaCache();
  const published = async (req: Request): Promise<SupergraphRow> => {
    const version = versionParam(req);
    const row = await supergraphByVersion(db, version);
    if (!row) throw notFound(`There is no supergraph version ${version}`);
    return row;
  };
  router.get('/api/supergraph/versions/:version/supergraph.graphql', async (req, res) => {
    sendText(req, res, (await published(req)).sdl);
  });
  router.get('/api/supergraph/versions/:version/schema.graphql', async (req, res) => {
    const row = await published(req);
    sendText(req, res, printApiSchema(apiSchemas.get(row.id, () => apiSchemaOfSupergraph(row.sdl))));
  });
  router.get('/api/supergraph', async (req, res) => {
    const row = await currentSupergraph(db);
    if (!row) throw notFound('The registry holds no supergraph yet');
    send(req, res, row);
  });
  router.get('/api/supergraph/versions/:version', async (req, res) => {
    const version = versionParam(req);
    const row = await supergraphByVersion(db, version);
    if (!row) throw notFound(`There is no supergraph version ${version}`);
    send(req, res, row);
  });
  return router;
}
