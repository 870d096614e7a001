/**
 * Trusted documents next to a gateway that has them off, both using one Redis as the persisted-query
 * store: what the open gateway's clients registered must never run on the allow-listed one,
 * whatever shape the request takes; and what the open gateway registers expires. The "review" is
 * the outside security review whose attacks docs/security.md lists ("The attacks the tests replay").
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, print } from 'graphql';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { TEST_REDIS_URL as REDIS_URL, describeWithRedis } from '../../../test/redis.js';
import {
  composeSupergraph,
  regionSubgraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from '../testing/harness.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const persisted = (sha256Hash: string, version: unknown = 1) => ({ persistedQuery: { version, sha256Hash } });

// Named afresh on every run: Redis outlives a run, and a hash an earlier run stored must not decide this one.
const run = randomUUID().replace(/-/g, '');
const REGISTERED = print(parse(`query Tuscany_${run} { region(code: "09") { code name } }`));
const ALSO_REGISTERED = print(parse(`query TuscanyName_${run} { region(code: "09") { name } }`));
const tuscany = { region: { code: '09', name: 'Toscana' } };

interface Answer {
  readonly status: number;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

describeWithRedis(
  'trusted documents with a persisted-query store shared with a gateway that has them off',
  () => {
    let subgraph: TestSubgraph;
    let dir: string;
    let open: TestGateway;
    let allowListed: TestGateway;
    let redis: ReturnType<typeof createClient>;
    /** An operation only the open gateway's client registered (by APQ), not in the manifest. */
    let secret: { text: string; hash: string };

    beforeAll(async () => {
      subgraph = await startSubgraph(regionSubgraph('Toscana'));
      dir = await mkdtemp(path.join(tmpdir(), 'integra-shared-apq-'));
      const manifest = path.join(dir, 'persisted-documents.json');
      await writeFile(
        manifest,
        JSON.stringify({ [sha256(REGISTERED)]: REGISTERED, [sha256(ALSO_REGISTERED)]: ALSO_REGISTERED }),
      );
      const supergraphSdl = composeSupergraph([subgraph]);
      [open, allowListed] = await Promise.all([
        startTestGateway({
          supergraphSdl,
          env: { REDIS_URL, GATEWAY_TRUSTED_DOCUMENTS: 'off', GATEWAY_ALLOW_BATCHING: 'true' },
        }),
        // Production: trusted documents are allow-listed by default.
        startTestGateway({
          supergraphSdl,
          env: {
            NODE_ENV: 'production',
            REDIS_URL,
            GATEWAY_TRUSTED_DOCUMENTS_FILE: manifest,
            GATEWAY_ALLOW_BATCHING: 'true',
          },
        }),
      ]);
      redis = createClient({ url: REDIS_URL });
      await redis.connect();

      const text = `query Secret_${randomUUID().replace(/-/g, '')} { region(code: "09") { name } }`;
      secret = { text, hash: sha256(text) };
      expect((await open.post({ query: text, extensions: persisted(secret.hash) })).body).toEqual({
        data: { region: { name: 'Toscana' } },
      });
      // Stored in the background: once the open gateway answers the hash alone, Redis holds it.
      await vi.waitFor(async () =>
        expect((await open.post({ extensions: persisted(secret.hash) })).body.data).toEqual({
          region: { name: 'Toscana' },
        }),
      );
    });

    afterAll(async () => {
      await Promise.all([open?.dispose(), allowListed?.dispose()]);
      if (redis?.isOpen) await redis.close();
      await subgraph?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const get = async (
      gateway: TestGateway,
      params: Record<string, string>,
      repeated: [string, string][] = [],
    ): Promise<Answer> => {
      const search = new URLSearchParams(params);
      for (const [name, value] of repeated) search.append(name, value);
      const response = await fetch(`${gateway.origin}/graphql?${search.toString()}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      return { status: response.status, body: (await response.json()) as Answer['body'] };
    };
    const refused = (answer: Answer, code: string, message?: RegExp): void => {
      expect({
        status: answer.status,
        data: answer.body.data,
        code: answer.body.errors?.[0]?.extensions?.code,
      }).toEqual({ status: 400, data: undefined, code });
      if (message) expect(answer.body.errors?.[0]?.message).toMatch(message);
    };

    it('refuses the review\'s request ("query": null and the hash of an operation registered on the other gateway) with 400 BAD_REQUEST', async () => {
      const answer = await allowListed.post({ query: null, extensions: persisted(secret.hash) });
      refused(answer, 'BAD_REQUEST', /"query" must be the operation's text/);
    });

    it.each([
      ['false', false],
      ['0', 0],
      ['an object', {}],
      ['an array', []],
      ['an empty string', ''],
      ['blanks', '  \n'],
    ])('refuses a query that is %s next to that hash, on both gateways', async (_name, query) => {
      for (const gateway of [allowListed, open]) {
        refused(await gateway.post({ query, extensions: persisted(secret.hash) }), 'BAD_REQUEST', /"query"/);
      }
    });

    it('never looks a hash up in the shared store: the hash alone, over POST or GET, is not found', async () => {
      refused(await allowListed.post({ extensions: persisted(secret.hash) }), 'PERSISTED_QUERY_NOT_FOUND');
      refused(
        await get(allowListed, { extensions: JSON.stringify(persisted(secret.hash)) }),
        'PERSISTED_QUERY_NOT_FOUND',
      );
    });

    it('refuses over GET an empty query, a query given twice, or "null" as the text', async () => {
      const extensions = JSON.stringify(persisted(secret.hash));
      refused(await get(allowListed, { query: '', extensions }), 'BAD_REQUEST', /"query"/);
      refused(
        await get(allowListed, { extensions }, [
          ['query', REGISTERED],
          ['query', secret.text],
        ]),
        'BAD_REQUEST',
        /at most once/,
      );
      refused(await get(allowListed, { query: 'null', extensions }), 'OPERATION_NOT_TRUSTED');
    });

    it('refuses a whole batch when one of its entries is not a registered operation', async () => {
      const registered = { extensions: persisted(sha256(REGISTERED)) };
      refused(
        await allowListed.post([registered, { query: null, extensions: persisted(secret.hash) }]),
        'BAD_REQUEST',
      );
      refused(
        await allowListed.post([registered, { extensions: persisted(secret.hash) }]),
        'PERSISTED_QUERY_NOT_FOUND',
      );
      refused(await allowListed.post([registered, { query: secret.text }]), 'OPERATION_NOT_TRUSTED');
      refused(await allowListed.post([registered, null]), 'BAD_REQUEST', /JSON object/);
      const both = await allowListed.post([registered, { query: ALSO_REGISTERED }]);
      expect(both.status).toBe(200);
      expect(both.body).toEqual([{ data: tuscany }, { data: { region: { name: 'Toscana' } } }]);
    });

    it('refuses a registered hash sent with another text, registered or not', async () => {
      refused(
        await allowListed.post({ query: secret.text, extensions: persisted(sha256(REGISTERED)) }),
        'OPERATION_NOT_TRUSTED',
      );
      refused(
        await allowListed.post({ query: ALSO_REGISTERED, extensions: persisted(sha256(REGISTERED)) }),
        'BAD_REQUEST',
        /does not match/,
      );
    });

    it('refuses a persisted query of another version or with a hash that is not a sha256 in hexadecimal', async () => {
      for (const extensions of [
        persisted(secret.hash, 2),
        persisted(secret.hash, '1'),
        persisted(secret.hash.toUpperCase()),
        persisted(7 as never),
        { persistedQuery: null },
      ]) {
        for (const query of [undefined, null]) {
          refused(
            await allowListed.post({ ...(query === undefined ? {} : { query }), extensions }),
            'BAD_REQUEST',
          );
        }
      }
    });

    it("runs the manifest's operations by hash, by text, and by text with its hash, without registering anything in the store", async () => {
      const hash = sha256(REGISTERED);
      for (const body of [
        { extensions: persisted(hash) },
        { query: REGISTERED },
        { query: REGISTERED, extensions: { ...persisted(hash), clientLibrary: { name: 'x' } } },
      ]) {
        const answer = await allowListed.post(body);
        expect({ status: answer.status, body: answer.body }).toEqual({
          status: 200,
          body: { data: tuscany },
        });
      }
      expect((await get(allowListed, { extensions: JSON.stringify(persisted(hash)) })).body).toEqual({
        data: tuscany,
      });
      expect(await redis.keys(`*apq:${hash}`)).toEqual([]);
    });

    it('keeps what the open gateway registers for GATEWAY_APQ_TTL_SECONDS (a day by default)', async () => {
      const [key] = await redis.keys(`*apq:${secret.hash}`);
      expect(key).toBeDefined();
      const ttl = await redis.ttl(key!);
      expect(ttl).toBeGreaterThan(86_400 - 60);
      expect(ttl).toBeLessThanOrEqual(86_400);

      const brief = await startTestGateway({
        supergraphSdl: composeSupergraph([subgraph]),
        env: { REDIS_URL, GATEWAY_APQ_TTL_SECONDS: '1' },
      });
      try {
        const text = `query Brief_${randomUUID().replace(/-/g, '')} { region(code: "09") { name } }`;
        expect((await brief.post({ query: text, extensions: persisted(sha256(text)) })).body.data).toEqual({
          region: { name: 'Toscana' },
        });
        await expect
          .poll(
            async () =>
              (await brief.post({ extensions: persisted(sha256(text)) })).body.errors?.[0]?.extensions?.code,
            { timeout: 5000, interval: 200 },
          )
          .toBe('PERSISTED_QUERY_NOT_FOUND');
      } finally {
        await brief.dispose();
      }
    });
  },
);
