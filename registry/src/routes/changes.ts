/**
 * Changing a subgraph, for its own partner only (credential with the `partner` claim equal to the
 * subgraph's name and the `registry:publish` scope):
 * `POST /api/subgraphs/:name/check { sdl }`, `.../publish { sdl, routingUrl, force? }` and
 * `.../rollback { version }`. A name not yet in the registry may be checked and published: that is
 * a partner's first publish.
 */
import { Router, type Request, type Response } from 'express';
import type { Caller } from '../../../lib/auth/caller.js';
import type { Credentials } from '../credentials.js';
import { SUBGRAPH_NAME } from '../names.js';
import type { RegistryDeps } from '../state.js';
import {
  checkSubgraph,
  publishSubgraph,
  rollbackSubgraph,
  RegistryBusyError,
  type ChangeOutcome,
} from '../publish.js';
import { badRequest, HttpError, jsonBody, notFound, RegistryErrorCode, stringMember } from './http.js';

/** The caller, when it may change subgraph `:name`; the name, checked. */
async function authorized(req: Request, credentials: Credentials): Promise<{ caller: Caller; name: string }> {
  const caller = await credentials.authenticate(req);
  const name = String(req.params['name']);
  credentials.requirePublisher(caller, name);
  if (!SUBGRAPH_NAME.test(name))
    throw badRequest(`"${name}" is not a subgraph name (${SUBGRAPH_NAME.source})`);
  return { caller, name };
}

function routingUrl(body: Record<string, unknown>): string {
  const value = stringMember(body, 'routingUrl');
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw badRequest(`"routingUrl" is not a URL: "${value}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw badRequest(`"routingUrl" must be an http or https URL, got "${value}"`);
  return value;
}

function refusalMessage(outcome: Extract<ChangeOutcome, { kind: 'refused' }>, name: string): string {
  const composition = outcome.report.errors.some((issue) => issue.kind === 'composition');
  const count = outcome.report.errors.length === 1 ? '1 error' : `${outcome.report.errors.length} errors`;
  if (composition)
    return `The ${name} subgraph does not compose with the others (${count}): nothing was published`;
  if (outcome.report.errors.some((issue) => issue.kind === 'loading')) {
    return `The supergraph with the ${name} subgraph would not load in the gateway (${count}): nothing was published (force does not override this)`;
  }
  if (outcome.report.errors.some((issue) => issue.kind === 'ownership')) {
    return `The ${name} subgraph would answer for or extend what other subgraphs own (${count}): nothing was published (force does not override ownership)`;
  }
  return `The checks of the ${name} subgraph failed (${count}): nothing was published (force overrides breaking changes and broken operations)`;
}

function answer(res: Response, outcome: ChangeOutcome, name: string): void {
  switch (outcome.kind) {
    case 'published':
      res
        .status(201)
        .json({ version: outcome.version, supergraph: outcome.supergraph, report: outcome.report });
      return;
    case 'unchanged':
      res.status(200).json({
        version: outcome.version,
        unchanged: true,
        supergraph: outcome.supergraph,
        report: outcome.report,
      });
      return;
    case 'refused':
      throw new HttpError(422, RegistryErrorCode.CHECKS_FAILED, refusalMessage(outcome, name), {
        report: outcome.report,
      });
  }
}

/** Runs a change, answering "try again" when the graph kept changing under it. */
async function change(work: () => Promise<ChangeOutcome | undefined>): Promise<ChangeOutcome | undefined> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RegistryBusyError)
      throw new HttpError(409, RegistryErrorCode.CONFLICT, error.message);
    throw error;
  }
}

/** The routes that change a subgraph, behind `credentials`. */
export function changeRoutes(deps: RegistryDeps, credentials: Credentials): Router {
  const router = Router();
  router.post('/api/subgraphs/:name/check', async (req, res) => {
    const { name } = await authorized(req, credentials);
    const sdl = stringMember(jsonBody(req), 'sdl');
    res.json({ report: await checkSubgraph(deps, name, sdl) });
  });

  router.post('/api/subgraphs/:name/publish', async (req, res) => {
    const { caller, name } = await authorized(req, credentials);
    const body = jsonBody(req);
    const sdl = stringMember(body, 'sdl');
    const url = routingUrl(body);
    if (body['force'] !== undefined && typeof body['force'] !== 'boolean')
      throw badRequest('"force" must be true or false');
    const outcome = await change(() =>
      publishSubgraph(deps, { name, sdl, routingUrl: url, caller, force: body['force'] === true }),
    );
    if (outcome) answer(res, outcome, name);
  });

  router.post('/api/subgraphs/:name/rollback', async (req, res) => {
    const { caller, name } = await authorized(req, credentials);
    const version = jsonBody(req)['version'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      throw badRequest('"version" must be a version number (1, 2, 3...)');
    const outcome = await change(() => rollbackSubgraph(deps, { name, version, caller }));
    if (!outcome) throw notFound(`The subgraph "${name}" has no version ${version}`);
    answer(res, outcome, name);
  });
  return router;
}
