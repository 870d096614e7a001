/**
 * Reading the subgraphs: `GET /api/subgraphs` (the current version of each),
 * `GET /api/subgraphs/:name/versions` (its history, newest first) and
 * `GET /api/subgraphs/:name/versions/:version` (one version, with its SDL and check report).
 */
import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { RegistryDb } from '../data/tables.js';
import {
  currentSubgraphs,
  latestVersion,
  subgraphHistory,
  subgraphVersion,
  type SubgraphVersionSummary,
} from '../data/subgraphVersions.repository.js';
import { notFound, versionParam } from './http.js';

function versionOf(row: SubgraphVersionSummary, current: number) {
  return {
    version: row.version,
    routingUrl: row.routing_url,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
    forced: row.forced === 1,
    forcedBy: row.forced_by,
    rolledBackFrom: row.rolled_back_from,
    current: row.version === current,
  };
}

/** The read-only subgraph routes, over the registry's database. */
export function subgraphRoutes(db: Kysely<RegistryDb>): Router {
  const router = Router();
  router.get('/api/subgraphs', async (_req, res) => {
    const rows = await currentSubgraphs(db);
    res.json({
      subgraphs: rows.map((row) => ({
        name: row.subgraph,
        version: row.version,
        routingUrl: row.routing_url,
        publishedBy: row.published_by,
        publishedAt: row.published_at,
        forced: row.forced === 1,
      })),
    });
  });
  router.get('/api/subgraphs/:name/versions', async (req, res) => {
    const rows = await subgraphHistory(db, req.params.name);
    if (rows.length === 0) throw notFound(`There is no subgraph "${req.params.name}"`);
    const current = rows[0]?.version ?? 0;
    res.json({ versions: rows.map((row) => versionOf(row, current)) });
  });
  router.get('/api/subgraphs/:name/versions/:version', async (req, res) => {
    const version = versionParam(req);
    const [row, current] = await Promise.all([
      subgraphVersion(db, req.params.name, version),
      latestVersion(db, req.params.name),
    ]);
    if (current === undefined) throw notFound(`There is no subgraph "${req.params.name}"`);
    if (!row) throw notFound(`The subgraph "${req.params.name}" has no version ${version}`);
    res.json({
      name: row.subgraph,
      ...versionOf(row, current),
      sdl: row.sdl,
      report: JSON.parse(row.check_report) as unknown,
    });
  });
  return router;
}
