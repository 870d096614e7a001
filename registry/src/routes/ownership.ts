/**
 * A type's owner decides who may add fields to it:
 * `PUT /api/subgraphs/:owner/types/:type/extensions { "allow": ["services", ...] }` (the owner's
 * credential: partner claim `:owner`, scope `registry:publish`; `"*"` allows every subgraph; the
 * list replaces the previous one) and `GET` of the same path (any partner credential).
 */
import { Router, type Request } from 'express';
import type { Credentials } from '../credentials.js';
import { SUBGRAPH_NAME } from '../names.js';
import type { RegistryDeps } from '../state.js';
import { getExtensions, setExtensions, type ExtensionsOutcome } from '../ownership.js';
import { badRequest, HttpError, jsonBody, notFound, RegistryErrorCode } from './http.js';

const TYPE_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,199}$/;

function params(req: Request): { owner: string; type: string } {
  const owner = String(req.params['owner']);
  const type = String(req.params['type']);
  if (!SUBGRAPH_NAME.test(owner))
    throw badRequest(`"${owner}" is not a subgraph name (${SUBGRAPH_NAME.source})`);
  if (!TYPE_NAME.test(type)) throw badRequest(`"${type}" is not a GraphQL type name`);
  return { owner, type };
}

function answer(outcome: ExtensionsOutcome, owner: string, type: string) {
  switch (outcome.kind) {
    case 'ok':
      return outcome.extensions;
    case 'unknown-type':
      throw notFound(`The registry records no type "${type}"`);
    case 'not-owner':
      throw new HttpError(
        403,
        RegistryErrorCode.FORBIDDEN,
        `${type} is owned by ${outcome.owners.join(', ')}, not ${owner}: only its owner decides who may extend it`,
      );
    case 'invalid':
      throw badRequest(outcome.message);
  }
}

function allowList(body: Record<string, unknown>): string[] {
  const allow = body['allow'];
  if (
    !Array.isArray(allow) ||
    !allow.every((s): s is string => typeof s === 'string') ||
    allow.length > 200
  ) {
    throw badRequest('"allow" must be a list of subgraph names (or "*" for every subgraph), at most 200');
  }
  return allow;
}

/** The routes of types' extension allowances, behind `credentials`. */
export function ownershipRoutes(deps: RegistryDeps, credentials: Credentials): Router {
  const router = Router();
  const path = '/api/subgraphs/:owner/types/:type/extensions';
  router.get(path, async (req, res) => {
    await credentials.authenticate(req);
    const { owner, type } = params(req);
    res.json(answer(await getExtensions(deps.db, owner, type), owner, type));
  });
  router.put(path, async (req, res) => {
    const caller = await credentials.authenticate(req);
    const owner = String(req.params['owner']);
    // The same rule as publishing: only the owner's own credential, with registry:publish.
    credentials.requirePublisher(caller, owner);
    const { type } = params(req);
    const allow = allowList(jsonBody(req));
    res.json(answer(await setExtensions(deps, { owner, type, allow, caller }), owner, type));
  });
  return router;
}
