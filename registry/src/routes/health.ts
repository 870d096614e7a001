/** `GET /health` (alive) and `GET /ready` (listening, not draining): the registry, and which supergraph it serves. */
import { Router } from 'express';
import type { Kysely } from 'kysely';
import { lifecycleRoutes, type Lifecycle } from '../../../lib/http/lifecycle.js';
import type { RegistryDb } from '../data/tables.js';
import { currentSupergraph } from '../data/supergraphs.repository.js';

/** The health routes, over the registry's database. */
export function healthRoutes(db: Kysely<RegistryDb>, lifecycle: Lifecycle): Router {
  const router = Router();
  lifecycleRoutes(router, lifecycle, {
    details: async () => {
      const supergraph = await currentSupergraph(db);
      return { supergraph: supergraph ? { version: supergraph.version, id: supergraph.id } : null };
    },
  });
  return router;
}
