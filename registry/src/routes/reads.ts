/**
 * Who may read the registry: the subgraphs' routing URLs, their SDLs, who published what, their
 * traffic policies, the supergraph, the registered client operations and the trusted list. A partner's verified credential (any scope) or
 * a gateway's assertion, unless `REGISTRY_PUBLIC_READS=true`; `/health` stays public.
 */
import type { RequestHandler } from 'express';
import type { Credentials } from '../credentials.js';

/** The paths whose GET (and HEAD) answers need a reader; mounted before their routes. */
export const READ_PATHS = [
  '/api/supergraph',
  '/api/subgraphs',
  '/api/clients',
  '/api/trusted-documents',
  '/api/traffic-policies',
];

/** Refuses a read without a reader (401, or 503 when keys are unavailable); other methods authenticate in their routes. */
export function readAccess(credentials: Credentials): RequestHandler {
  return (req, _res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    credentials.requireReader(req).then(() => next(), next);
  };
}
