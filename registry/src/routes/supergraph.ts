/**
 * `GET /api/supergraph` (the current one) and `GET /api/supergraph/versions/:version`. The ETag is
 * the supergraph's id (the sha256 of its SDL), so a gateway polling with `If-None-Match` gets a
 * bodiless 304 until the graph really changes.
 */
import { Router, type Request, type Response } from 'express';
import type { Kysely } from 'kysely';
import type { RegistryDb, SupergraphRow } from '../data/tables.js';
import { currentSupergraph, supergraphByVersion } from '../data/supergraphs.repository.js';
import { notFound, versionParam } from './http.js';

/** True when `If-None-Match` names `etag` (weakly or not) or is `*`. */
function matches(header: string | undefined, etag: string): boolean {
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

/** The supergraph routes, over the registry's database. */
export function supergraphRoutes(db: Kysely<RegistryDb>): Router {
  const router = Router();
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
