import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BufferedResponse, PlainHeaders } from './bufferedResponse.js';
import { createSubgraphFetcher, type SubgraphFetcher } from './fetcher.js';
import { ResponseTooLargeError } from './subgraphErrors.js';
import { restrictCachePolicy } from './subgraphDataSource/index.js';

// A real HTTP server: echoes what it received, with any status on request, or never answers (`?hold`).
let server: http.Server;
/** Held requests the client gave up: the server saw the connection close before it answered. */
let abandoned = 0;
let base: string;
let fetcher: SubgraphFetcher;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const answer = () => {
        res.statusCode = Number(url.searchParams.get('status') ?? 200);
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'max-age=30, public');
        res.appendHeader('x-many', ['a', 'b']);
        res.end(
          JSON.stringify({
            method: req.method,
            body,
            language: req.headers['accept-language'] ?? null,
            text: 'città',
          }),
        );
      };
      const size = Number(url.searchParams.get('size') ?? 0);
      if (size > 0) {
        // `size` bytes of JSON, declared (Content-Length) or not (chunked, 64 KiB at a time).
        const text = `{"data":{"a":"${'x'.repeat(size - 17)}"}}`;
        if (!url.searchParams.has('chunked')) res.setHeader('content-length', Buffer.byteLength(text));
        for (let at = 0; at < text.length; at += 65_536) res.write(text.slice(at, at + 65_536));
        return res.end();
      }
      if (url.searchParams.has('slow')) return setTimeout(answer, Number(url.searchParams.get('slow')));
      if (!url.searchParams.has('hold')) return answer();
      res.on('close', () => abandoned++);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fetcher = createSubgraphFetcher({ timeoutMs: 300 });
});
afterAll(async () => {
  await fetcher.dispose();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the subgraph fetcher', () => {
  it('sends method, headers and body, and reads status, headers and the UTF-8 body', async () => {
    const response = await fetcher.fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Accept-Language': 'it' },
      body: '{"query":"{a}"}',
    });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.statusText).toBe('OK');
    expect(response.headers.get('Cache-Control')).toBe('max-age=30, public');
    expect(response.headers.get('x-many')).toBe('a, b');
    expect(await response.json()).toEqual({
      method: 'POST',
      body: '{"query":"{a}"}',
      language: 'it',
      text: 'città',
    });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(/already been read/);
  });

  it('answers a non-2xx status as a response, not a failure', async () => {
    const response = await fetcher.fetch(`${base}/graphql?status=503`, { body: '{}' });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(503);
    expect(response.statusText).toBe('Service Unavailable');
  });

  it('aborts a fetch that takes longer than its timeout with a TimeoutError, drops its connection, and stays usable', async () => {
    abandoned = 0;
    // The server never answers: only the fetcher's own timeout can end this fetch.
    await expect(fetcher.fetch(`${base}/graphql?hold`, { body: '{}' })).rejects.toMatchObject({
      name: 'TimeoutError',
      message: /within 300 ms/,
    });
    await expect.poll(() => abandoned).toBe(1);
    expect((await fetcher.fetch(`${base}/graphql`, { body: '{}' })).status).toBe(200);
  });

  it("aborts when the caller's signal does", async () => {
    const controller = new AbortController();
    const pending = fetcher.fetch(`${base}/graphql?hold`, { body: '{}', signal: controller.signal });
    controller.abort(new Error('client went away'));
    await expect(pending).rejects.toThrow('client went away');
  });

  it('cuts an answer over the cap, declared or not, with a ResponseTooLargeError, and reads one at the cap', async () => {
    const capped = { method: 'POST', body: '{}', maxResponseBytes: 1_000_000 };
    for (const address of [`${base}/?size=3000000`, `${base}/?size=3000000&chunked`])
      await expect(fetcher.fetch(address, capped)).rejects.toBeInstanceOf(ResponseTooLargeError);
    const atCap = await fetcher.fetch(`${base}/?size=1000000&chunked`, capped);
    expect((await atCap.text()).length).toBe(1_000_000);
    // The fetcher's own default applies when a fetch names none.
    const small = createSubgraphFetcher({ timeoutMs: 1000, maxResponseBytes: 1000 });
    try {
      await expect(small.fetch(`${base}/?size=2000`, { method: 'POST' })).rejects.toThrow(/over 1000 bytes/);
    } finally {
      await small.dispose();
    }
  });

  it("takes a fetch's own timeout over the fetcher's", async () => {
    // The fetcher's is 300 ms: a fetch given 1000 ms waits for a 500 ms answer, one given 100 ms does not.
    const patient = await fetcher.fetch(`${base}/?slow=500`, { method: 'POST', timeoutMs: 1000 });
    expect(patient.status).toBe(200);
    await expect(
      fetcher.fetch(`${base}/?slow=500`, { method: 'POST', timeoutMs: 100 }),
    ).rejects.toMatchObject({ name: 'TimeoutError', message: expect.stringContaining('100 ms') });
  });

  it('refuses an unknown method before sending anything', async () => {
    await expect(fetcher.fetch(`${base}/graphql`, { method: 'BREW' })).rejects.toThrow(
      /Unsupported HTTP method/,
    );
  });
});

describe('buffered responses', () => {
  it('give each clone its own single read of the same text', async () => {
    const first = new BufferedResponse({
      url: 'u',
      status: 200,
      statusText: 'OK',
      headers: new PlainHeaders([['A', '1']]),
      body: '{"x":[1]}',
    });
    const second = first.clone();
    const a = (await first.json()) as { x: number[] };
    a.x.push(2);
    expect(await second.json()).toEqual({ x: [1] });
    expect(second.headers.get('a')).toBe('1');
    expect(() => first.clone()).toThrow(/has been read/);
  });
});

describe("a subgraph's Cache-Control", () => {
  const policy = () => {
    const hints: unknown[] = [];
    return { hints, restrict: (hint: unknown) => hints.push(hint) };
  };
  it.each([
    ['max-age=60, public', { maxAge: 60, scope: 'PUBLIC' }],
    ['private, max-age=5', { maxAge: 5, scope: 'PRIVATE' }],
    ['no-store', { maxAge: 0 }],
    [null, { maxAge: 0 }],
    ['max-age=soon', { maxAge: 0 }],
  ])('%s restricts the request to %o', (header, hint) => {
    const p = policy();
    restrictCachePolicy(p, header);
    expect(p.hints).toEqual([hint]);
  });
});
