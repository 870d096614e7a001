/**
 * `GET /api/dev-token/:name`: in development, a partner credential for subgraph `name` (the
 * `registry:publish` scope, 12 hours), or with `?as=client` a client application's credential for
 * registering its operations (`registry:operations`, its `partner` claim the client's name), signed with the committed development key, which only a
 * development registry accepts. A production registry issues none.
 */
import { Router } from 'express';
import { mintDevToken } from '../../../lib/auth/keys.js';
import type { BearerConfig } from '../../../lib/auth/bearer.js';
import { OPERATIONS_SCOPE, PUBLISH_SCOPE } from '../credentials.js';
import { CLIENT_NAME, SUBGRAPH_NAME } from '../names.js';
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
    const as = req.query['as'] ?? 'partner';
    if (as !== 'partner' && as !== 'client') throw badRequest('"as" must be partner or client');
    const pattern = as === 'client' ? CLIENT_NAME : SUBGRAPH_NAME;
    if (!pattern.test(name))
      throw badRequest(
        `"${name}" is not a ${as === 'client' ? 'client' : 'subgraph'} name (${pattern.source})`,
      );
    const token = await mintDevToken({
      partner: name,
      scopes: [as === 'client' ? OPERATIONS_SCOPE : PUBLISH_SCOPE],
      issuer: options.auth.issuer,
      audience: options.auth.audience,
      ttlSeconds: 12 * 3600,
    });
    res.json({ token });
  });
  return router;
}
