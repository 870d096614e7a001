/**
 * Client operations, which the usage check protects and the gateways trust:
 * `POST /api/clients/:client/operations { version?, operations: [{ name, text }] }` registers them
 * (by the sha256 of their text, computed here; registering one again changes nothing but its name
 * and version), for the client's own credential (`partner` claim = the client) with the
 * `registry:operations` scope, once each is valid against the current API schema (an invalid one
 * refuses the whole registration with 422 and stores nothing). `GET /api/clients` lists them;
 * `GET /api/trusted-documents` is every registered operation as a manifest (hash -> text), which
 * allow-listed gateways poll with `If-None-Match`.
 */
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { Kind, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { OPERATIONS_SCOPE, type Credentials } from '../credentials.js';
import {
  allOperations,
  operationHash,
  trustedDocuments,
  upsertOperations,
} from '../data/clientOperations.repository.js';
import { CLIENT_NAME } from '../names.js';
import { currentApiSchema, loadState, type RegistryDeps } from '../state.js';
import { badRequest, HttpError, jsonBody, RegistryErrorCode } from './http.js';
import { matches } from './supergraph.js';

/** Most operations in one registration. */
const MAX_OPERATIONS = 5000;
/** A client's version: a release name or number, e.g. `1.4.0`, `2026.03`, `1.0.0-rc.1+build.7`. */
const CLIENT_VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;

interface Submitted {
  readonly name: string;
  readonly text: string;
  readonly document: DocumentNode;
}

function operationsOf(body: Record<string, unknown>): Submitted[] {
  const list = body['operations'];
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_OPERATIONS) {
    throw badRequest(`"operations" must be a list of 1 to ${MAX_OPERATIONS} { name, text }`);
  }
  return list.map((item: unknown, index) => {
    const { name, text, hash } = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    if (typeof name !== 'string' || name.trim() === '')
      throw badRequest(`operations[${index}].name must be a non-empty string`);
    if (typeof text !== 'string') throw badRequest(`operations[${index}].text must be a string`);
    // The registry keys an operation by the hash it computes; a client's own claim can only agree.
    if (hash !== undefined && hash !== operationHash(text))
      throw badRequest(`operations[${index}] (${name}): "hash" is not the sha256 of its text`);
    let document: DocumentNode;
    try {
      document = parse(text);
    } catch (error) {
      throw badRequest(
        `operations[${index}] (${name}) is not a GraphQL document: ${(error as Error).message}`,
      );
    }
    const { definitions } = document;
    if (
      !definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION) ||
      !definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION)
    )
      throw badRequest(
        `operations[${index}] (${name}) must hold an operation, and only operations and fragments`,
      );
    return { name, text, document };
  });
}

function versionOf(body: Record<string, unknown>): string | null {
  const version = body['version'];
  if (version === undefined) return null;
  if (typeof version !== 'string' || !CLIENT_VERSION.test(version))
    throw badRequest(
      '"version" must be 1 to 64 letters, digits, ".", "_", "+" or "-", starting with a letter or digit',
    );
  return version;
}

/** Refuses (422) the registration when any operation is invalid against the schema clients query now. */
function requireValid(schema: GraphQLSchema, operations: readonly Submitted[]): void {
  const invalid = operations.flatMap(({ name, document }) => {
    const errors = validate(schema, document).map((e) => e.message);
    return errors.length > 0 ? [{ name, errors }] : [];
  });
  if (invalid.length === 0) return;
  const [first] = invalid;
  throw new HttpError(
    422,
    RegistryErrorCode.INVALID_OPERATION,
    `${invalid.length === 1 ? 'Operation' : `${invalid.length} operations, first`} ${first!.name} is not valid against the current schema: ${first!.errors[0]}`,
    { operations: invalid },
  );
}

/** The client operation routes; registering needs the client's own credential with `registry:operations`. */
export function clientRoutes(deps: RegistryDeps, credentials: Credentials): Router {
  const router = Router();
  router.post('/api/clients/:client/operations', async (req, res) => {
    const caller = await credentials.authenticate(req);
    credentials.requireScope(caller, OPERATIONS_SCOPE, 'Registering client operations');
    const client = String(req.params['client']);
    if (!CLIENT_NAME.test(client))
      throw badRequest(`"${client}" is not a client name (letters, digits, ".", "_", "-")`);
    credentials.requireClient(caller, client);
    const body = jsonBody(req);
    const version = versionOf(body);
    const submitted = operationsOf(body);
    requireValid(currentApiSchema(deps, await loadState(deps.db)), submitted);
    const operations = await upsertOperations(deps.db, client, submitted, version);
    deps.log.info(
      { client, version, operations: operations.length, by: caller.subject },
      'client operations registered',
    );
    res.json({ client, ...(version === null ? {} : { version }), operations });
  });

  router.get('/api/clients', async (_req, res) => {
    const clients = new Map<string, { name: string; hash: string; version?: string }[]>();
    for (const row of await allOperations(deps.db)) {
      const list = clients.get(row.client) ?? [];
      const version = row.client_version === null ? {} : { version: row.client_version };
      list.push({ name: row.name, hash: row.hash, ...version });
      clients.set(row.client, list);
    }
    res.json({ clients: [...clients].map(([client, operations]) => ({ client, operations })) });
  });

  router.get('/api/trusted-documents', async (req, res) => {
    const documents = await trustedDocuments(deps.db);
    // A hash names its text, so the sorted hashes name the whole list: the ETag changes with it only.
    const digest = createHash('sha256');
    for (const { hash } of documents) digest.update(hash);
    const etag = `"${digest.digest('hex')}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    if (matches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res.json(Object.fromEntries(documents.map(({ hash, text }) => [hash, text])));
  });
  return router;
}
