/**
 * Each subgraph's traffic policy at the gateways, recorded by its partner:
 * `PUT /api/subgraphs/:name/traffic { "settings": { "timeoutMs": 3000, "retries": 0 } }` (the
 * subgraph's own credential with `registry:publish`, as for publishing; the settings replace the
 * previous ones, `{}` removes them), `GET` of the same path, and `GET /api/traffic-policies`, every
 * subgraph's, which the gateways follow (ETag: the sha256 of the answer). The settings and their
 * bounds are the gateway's own (`lib/traffic/settings.ts`); a gateway's variables for a subgraph
 * still win over what its partner recorded.
 */
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { parseTrafficSettings } from '../../../lib/traffic/settings.js';
import type { Credentials } from '../credentials.js';
import { SUBGRAPH_NAME } from '../names.js';
import type { RegistryDeps } from '../state.js';
import { latestVersion } from '../data/subgraphVersions.repository.js';
import {
  listTrafficPolicies,
  removeTrafficPolicy,
  saveTrafficPolicy,
  trafficPolicyOf,
  type TrafficPolicyRow,
} from '../data/trafficPolicies.repository.js';
import { badRequest, jsonBody, notFound } from './http.js';
import { matches } from './supergraph.js';

function policyOf(row: TrafficPolicyRow | undefined) {
  if (!row) return { settings: {} };
  return { settings: JSON.parse(row.settings) as unknown, setBy: row.set_by, setAt: row.set_at };
}

/** The routes of traffic policies, behind `credentials` (reads are guarded by `readAccess`). */
export function trafficRoutes(deps: RegistryDeps, credentials: Credentials): Router {
  const router = Router();
  const subgraphName = async (name: string): Promise<string> => {
    if (!SUBGRAPH_NAME.test(name))
      throw badRequest(`"${name}" is not a subgraph name (${SUBGRAPH_NAME.source})`);
    if ((await latestVersion(deps.db, name)) === undefined) throw notFound(`There is no subgraph "${name}"`);
    return name;
  };

  router.get('/api/traffic-policies', async (req, res) => {
    const rows = await listTrafficPolicies(deps.db);
    const body = JSON.stringify({
      policies: Object.fromEntries(rows.map((row) => [row.subgraph, JSON.parse(row.settings) as unknown])),
    });
    const etag = `"${createHash('sha256').update(body).digest('hex')}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    if (matches(req.headers['if-none-match'], etag)) return void res.status(304).end();
    res.type('application/json').send(body);
  });

  router.get('/api/subgraphs/:name/traffic', async (req, res) => {
    const name = await subgraphName(String(req.params['name']));
    res.json(policyOf(await trafficPolicyOf(deps.db, name)));
  });

  router.put('/api/subgraphs/:name/traffic', async (req, res) => {
    const caller = await credentials.authenticate(req);
    const requested = String(req.params['name']);
    // The same rule as publishing: only the subgraph's own credential, with registry:publish.
    credentials.requirePublisher(caller, requested);
    const name = await subgraphName(requested);
    const parsed = parseTrafficSettings(jsonBody(req)['settings']);
    if (!parsed.ok) throw badRequest(`Not a traffic policy: ${parsed.problems.join('; ')}`);
    if (Object.keys(parsed.settings).length === 0) await removeTrafficPolicy(deps.db, name);
    else
      await saveTrafficPolicy(deps.db, {
        subgraph: name,
        settings: JSON.stringify(parsed.settings),
        set_by: caller.subject,
        partner: caller.partner,
        set_at: new Date().toISOString(),
      });
    deps.log.info(
      { subgraph: name, settings: parsed.settings, by: caller.subject },
      'traffic policy recorded',
    );
    res.json(policyOf(await trafficPolicyOf(deps.db, name)));
  });
  return router;
}
