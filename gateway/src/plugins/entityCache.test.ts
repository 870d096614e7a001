/**
 * The entity cache's merging, against a real HTTP server answering `_entities` as a subgraph does:
 * which representations it is asked for, and what the gateway gets back when some come from the
 * cache, some are fetched and some fail. (The cache through a whole gateway and real subgraphs is
 * tested in entityCache.gateway.test.ts.)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphFetcher, type SubgraphFetcher } from '../fetcher.js';
import { lruStore } from '../lruStore.js';
import { entityCacheFetcher, keyvEntityStore, type EntityStore } from './entityCache.js';

interface Representation {
  readonly __typename: 'Municipality';
  readonly istatCode: string;
}

// A subgraph: Municipality entities by ISTAT code; code "000000" fails with an error at its path.
const asked: string[][] = [];
let cacheControl = 'max-age=60, public';
let server: http.Server;
let url: string;
let fetcher: SubgraphFetcher;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: { representations: Representation[] } };
      const codes = variables.representations.map((r) => r.istatCode);
      asked.push(codes);
      const errors = codes.flatMap((code, i) =>
        code === '000000' ? [{ message: `no municipality ${code}`, path: ['_entities', i, 'name'] }] : [],
      );
      const entities = codes.map((code) =>
        code === '000000' ? null : { __typename: 'Municipality', name: `Comune ${code}` },
      );
      res.setHeader('content-type', 'application/json');
      res.setHeader('cache-control', cacheControl);
      res.end(JSON.stringify({ data: { _entities: entities }, ...(errors.length ? { errors } : {}) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  fetcher = createSubgraphFetcher({ timeoutMs: 2000 });
});
afterAll(async () => {
  await fetcher.dispose();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Writes to the cache land after the answer; the test awaits the ones started so far (`settle`). */
let writes: Promise<void>[] = [];
function cached() {
  const keyv = new Keyv<string>({ store: lruStore({ maxBytes: 2 ** 20 }), namespace: 'test' });
  let generation = 0;
  const store = keyvEntityStore(keyv, async () => String(generation));
  const tracked: EntityStore = { ...store, setMany: (entries) => track(store.setMany(entries)) };
  return { fetch: entityCacheFetcher(fetcher.fetch, tracked), write: () => generation++ };
}
function track(write: Promise<void>): Promise<void> {
  writes.push(write);
  return write;
}

const QUERY =
  'query Dashboard__territories__1($representations:[_Any!]!){_entities(representations:$representations){...on Municipality{name}}}';
async function entities(fetch: ReturnType<typeof cached>['fetch'], codes: string[], query = QUERY) {
  const representations = codes.map((istatCode) => ({ __typename: 'Municipality', istatCode }));
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { representations } }),
  });
  return {
    body: (await response.json()) as { data: { _entities: unknown[] }; errors?: { path: unknown[] }[] },
    cacheControl: response.headers.get('cache-control'),
  };
}
/** Lets the background writes of the fetches so far land. */
async function settle(): Promise<void> {
  const started = writes;
  writes = [];
  await Promise.all(started);
}

describe('the entity cache', () => {
  it('asks only for the representations it does not hold, and answers for all of them in order', async () => {
    const { fetch } = cached();
    asked.length = 0;
    await entities(fetch, ['001272', '015146']);
    await settle();
    const answer = await entities(fetch, ['058091', '001272', '063049', '015146']);
    expect(asked).toEqual([
      ['001272', '015146'],
      ['058091', '063049'],
    ]);
    expect(answer.body).toEqual({
      data: {
        _entities: ['058091', '001272', '063049', '015146'].map((code) => ({
          __typename: 'Municipality',
          name: `Comune ${code}`,
        })),
      },
    });
    expect(answer.cacheControl).toMatch(/^max-age=(59|60), public$/);
    await settle();
    // Another operation's fetch with the same selection: same entities, nothing asked.
    await entities(
      fetch,
      ['063049', '058091'],
      QUERY.replace('Dashboard__territories__1', 'Map__territories__0'),
    );
    expect(asked).toHaveLength(2);
  });

  it('renumbers the errors of a partial fetch to the positions the gateway asked for, and keeps no failed answer', async () => {
    const { fetch } = cached();
    asked.length = 0;
    await entities(fetch, ['001272']);
    await settle();
    const answer = await entities(fetch, ['001272', '058091', '000000']);
    expect(asked).toEqual([['001272'], ['058091', '000000']]);
    expect(answer.body.data._entities).toEqual([
      { __typename: 'Municipality', name: 'Comune 001272' },
      { __typename: 'Municipality', name: 'Comune 058091' },
      null,
    ]);
    expect(answer.body.errors).toEqual([
      { message: 'no municipality 000000', path: ['_entities', 2, 'name'] },
    ]);
    await settle();
    await entities(fetch, ['058091']);
    expect(asked.at(-1)).toEqual(['058091']); // an answer with errors was not kept
  });

  it('keeps nothing a subgraph marks private or not cacheable, and nothing written before a write', async () => {
    const { fetch, write } = cached();
    asked.length = 0;
    for (const header of ['max-age=60, private', 'no-store', 'max-age=0, public']) {
      cacheControl = header;
      await entities(fetch, ['001272']);
      await settle();
      await entities(fetch, ['001272']);
    }
    cacheControl = 'max-age=60, public';
    expect(asked).toHaveLength(6);
    await entities(fetch, ['001272']);
    await settle();
    await entities(fetch, ['001272']);
    expect(asked).toHaveLength(7);
    write();
    await entities(fetch, ['001272']);
    expect(asked).toHaveLength(8);
  });
});
