/**
 * `GET /api/dev-token/:name`: in development, a partner credential for subgraph `name` (the
 * `registry:publish` scope, 12 hours), signed with the committed development key, which only a
 * development registry accepts. A production registry issues none.
 */
import { Router } from 'express';
import { mintDevToken } from '../../../lib/auth/keys.js';
import type { BearerConfig } from '../../../lib/auth/bearer.js';
import { PUBLISH_SCOPE } from '../credentials.js';
import { SUBGRAPH_NAME } from '../names.js';
import { badRequest, HttpError, RegistryErrorCode } from './http.js';

/** The development credential route: issues in development, refuses (403) in production. */
export function devTokenRoutes(options: { development: boolean; auth: BearerConfig }): Router {
  const router = Router();
  router.get('/api/dev-token/:name', async (req, res) => {
    if (!options.development) {
      throw new HttpError(
        403,
        RegistryErrorCode.FORBIDDEN,
        'A production registry does not issue development credentials',
      );
    }
    const name = req.params.name;
    if (!SUBGRAPH_NAME.test(name))
      throw badRequest(`"${name}" is not a subgraph name (${SUBGRAPH_NAME.source})`);
    const token = await mintDevToken({
      partner: name,
      scopes: [PUBLISH_SCOPE],
      issuer: options.auth.issuer,
      audience: options.auth.audience,
      ttlSeconds: 12 * 3600,
    });
    res.json({ token });
  });
  return router;
}
