import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kind, buildSchema, parse, print, type DocumentNode } from 'graphql';
import { apiSchemaPath } from '../../../schema/subgraphs.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as operations from '../../../clients/__generated__/operations.js';
import { persistedDocumentsPath } from '../config.js';
import {
  composeSupergraph,
  regionSubgraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from '../testing/harness.js';
import { loadManifest } from './trustedDocuments.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

// Registered: the text exactly as the manifest holds it (print()'s output).
const REGISTERED = print(parse('query Lombardy { region(code: "03") { code name } }'));
const UNREGISTERED = '{ region(code: "03") { name } }';

describe('trusted documents', () => {
  let subgraph: TestSubgraph;
  let dir: string;
  let manifestFile: string;
  let allowListed: TestGateway;
  let off: TestGateway;

  beforeAll(async () => {
    subgraph = await startSubgraph(regionSubgraph('Lombardia'));
    dir = await mkdtemp(path.join(tmpdir(), 'integra-trusted-documents-'));
    manifestFile = path.join(dir, 'persisted-documents.json');
    await writeFile(manifestFile, JSON.stringify({ [sha256(REGISTERED)]: REGISTERED }));
    const supergraphSdl = composeSupergraph([subgraph]);
    allowListed = await startTestGateway({
      supergraphSdl,
      env: { GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed', GATEWAY_TRUSTED_DOCUMENTS_FILE: manifestFile },
    });
    off = await startTestGateway({ supergraphSdl, env: { GATEWAY_TRUSTED_DOCUMENTS: 'off' } });
  });

  afterAll(async () => {
    await Promise.all([allowListed?.dispose(), off?.dispose()]);
    await subgraph?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const lombardy = { region: { code: '03', name: 'Lombardia' } };

  describe('allow-listed', () => {
    it('runs a registered operation by hash alone (APQ extension, no query)', async () => {
      const response = await allowListed.post({
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256(REGISTERED) } },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: lombardy });
    });

    it('runs a registered operation by its text, as printed or as written', async () => {
      for (const text of [
        REGISTERED,
        'query Lombardy {\n  # the region of Milan\n  region(code: "03") { code name }\n}',
      ]) {
        const response = await allowListed.query(text);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ data: lombardy });
      }
    });

    it('runs a registered operation by hash over GET, and refuses an unregistered one', async () => {
      const get = async (params: Record<string, string>) => {
        const response = await fetch(
          `${allowListed.origin}/graphql?${new URLSearchParams(params).toString()}`,
          {
            headers: { 'apollo-require-preflight': 'true' },
          },
        );
        return {
          status: response.status,
          body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
        };
      };
      const byHash = await get({
        extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(REGISTERED) } }),
      });
      expect(byHash).toEqual({ status: 200, body: { data: lombardy } });
      const refused = await get({ query: UNREGISTERED });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
    });

    it('refuses an unknown hash with 400 PERSISTED_QUERY_NOT_FOUND', async () => {
      const response = await allowListed.post({
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256(UNREGISTERED) } },
      });
      expect(response.status).toBe(400);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(response.body.errors?.[0]?.message).toMatch(/registered operations/);
    });

    it('refuses an unregistered text with 400 OPERATION_NOT_TRUSTED, also when sent to register as an APQ', async () => {
      for (const body of [
        { query: UNREGISTERED },
        {
          query: UNREGISTERED,
          extensions: { persistedQuery: { version: 1, sha256Hash: sha256(UNREGISTERED) } },
        },
        { query: '{ region(code: "03") { code name }' }, // does not even parse
      ]) {
        const response = await allowListed.post(body);
        expect(response.status).toBe(400);
        expect(response.body.data).toBeUndefined();
        expect(response.body.errors?.[0]?.extensions?.['code']).toBe('OPERATION_NOT_TRUSTED');
        expect(response.body.errors?.[0]?.message).toMatch(/not registered/);
      }
    });
  });

  describe('off', () => {
    it('runs any valid operation', async () => {
      const response = await off.query(UNREGISTERED);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { region: { name: 'Lombardia' } } });
    });
  });
});

describe('the committed manifest (clients/__generated__/persisted-documents.json)', () => {
  const manifest = loadManifest(persistedDocumentsPath);
  const documents = Object.entries(operations).filter(
    (entry): entry is [string, DocumentNode] =>
      entry[0].endsWith('Document') && (entry[1] as DocumentNode).kind === Kind.DOCUMENT,
  );

  it('registers every operation of clients/operations under the sha256 of the typed client document', () => {
    const files = readdirSync(path.resolve(path.dirname(persistedDocumentsPath), '../operations')).filter(
      (f) => f.endsWith('.graphql'),
    );
    expect(documents.map(([name]) => name.replace(/Document$/, '')).sort()).toEqual(
      files.map((f) => f.replace(/\.graphql$/, '')).sort(),
    );
    for (const [name, document] of documents) {
      const text = print(document);
      expect(manifest.get(sha256(text)), `${name} is not in the manifest: run \`npm run codegen\``).toBe(
        text,
      );
    }
    expect(manifest.size).toBe(documents.length);
  });

  it('registers each operation as its .graphql file says it', () => {
    const dirOps = path.resolve(path.dirname(persistedDocumentsPath), '../operations');
    for (const file of readdirSync(dirOps).filter((f) => f.endsWith('.graphql'))) {
      const text = print(parse(readFileSync(path.join(dirOps, file), 'utf8')));
      expect(manifest.get(sha256(text)), file).toBe(text);
    }
  });

  it('registers an operation for every mutation and audit log, so partners can write in production', () => {
    const api = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
    const wanted = [
      ...Object.keys(api.getMutationType()?.getFields() ?? {}),
      ...Object.keys(api.getQueryType()?.getFields() ?? {}).filter((name) => name.endsWith('AuditLog')),
    ];
    const used = new Set<string>();
    for (const text of manifest.values()) {
      for (const definition of parse(text).definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        for (const selection of definition.selectionSet.selections)
          if (selection.kind === Kind.FIELD) used.add(selection.name.value);
      }
    }
    expect(wanted.length).toBeGreaterThan(10);
    expect(wanted.filter((field) => !used.has(field))).toEqual([]);
  });
});
