/** `GET /health`: the registry answers, and which supergraph it serves. */
import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { RegistryDb } from '../data/tables.js';
import { currentSupergraph } from '../data/supergraphs.repository.js';

/** The health route, over the registry's database. */
export function healthRoutes(db: Kysely<RegistryDb>): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const supergraph = await currentSupergraph(db);
    res.json({
      status: 'ok',
      supergraph: supergraph ? { version: supergraph.version, id: supergraph.id } : null,
      pid: process.pid,
    });
  });
  return router;
}
