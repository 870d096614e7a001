/**
 * Client operations, which the usage check protects: `POST /api/clients/:client/operations
 * { operations: [{ name, text }] }` registers them (by the sha256 of their text; registering one
 * again changes nothing), for any partner with the `registry:operations` scope;
 * `GET /api/clients` lists them.
 */
import { Router } from 'express';
import { Kind, parse } from 'graphql';
import { OPERATIONS_SCOPE, type Credentials } from '../credentials.js';
import { allOperations, upsertOperations } from '../data/clientOperations.repository.js';
import { CLIENT_NAME } from '../names.js';
import type { RegistryDeps } from '../state.js';
import { badRequest, jsonBody } from './http.js';

/** Most operations in one registration. */
const MAX_OPERATIONS = 5000;

function operationsOf(body: Record<string, unknown>): { name: string; text: string }[] {
  const list = body['operations'];
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_OPERATIONS) {
    throw badRequest(`"operations" must be a list of 1 to ${MAX_OPERATIONS} { name, text }`);
  }
  return list.map((item: unknown, index) => {
    const { name, text } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '')
      throw badRequest(`operations[${index}].name must be a non-empty string`);
    if (typeof text !== 'string') throw badRequest(`operations[${index}].text must be a string`);
    let executable: boolean;
    try {
      const definitions = parse(text).definitions;
      executable =
        definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION) &&
        definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION);
    } catch (error) {
      throw badRequest(
        `operations[${index}] (${name}) is not a GraphQL document: ${(error as Error).message}`,
      );
    }
    if (!executable)
      throw badRequest(
        `operations[${index}] (${name}) must hold an operation, and only operations and fragments`,
      );
    return { name, text };
  });
}

/** The client operation routes; registering needs `registry:operations`. */
export function clientRoutes(deps: RegistryDeps, credentials: Credentials): Router {
  const router = Router();
  router.post('/api/clients/:client/operations', async (req, res) => {
    const caller = await credentials.authenticate(req);
    credentials.requireScope(caller, OPERATIONS_SCOPE, 'Registering client operations');
    const client = String(req.params['client']);
    if (!CLIENT_NAME.test(client))
      throw badRequest(`"${client}" is not a client name (letters, digits, ".", "_", "-")`);
    const operations = await upsertOperations(deps.db, client, operationsOf(jsonBody(req)));
    deps.log.info(
      { client, operations: operations.length, by: caller.subject },
      'client operations registered',
    );
    res.json({ client, operations });
  });

  router.get('/api/clients', async (_req, res) => {
    const clients = new Map<string, { name: string; hash: string }[]>();
    for (const row of await allOperations(deps.db)) {
      const list = clients.get(row.client) ?? [];
      list.push({ name: row.name, hash: row.hash });
      clients.set(row.client, list);
    }
    res.json({ clients: [...clients].map(([client, operations]) => ({ client, operations })) });
  });
  return router;
}
