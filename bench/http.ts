/**
 * One HTTP POST with `node:http`, sending exactly what autocannon sends (no compression asked), so
 * that the body read here is, byte for byte, the one the load test will compare against.
 */
import http from 'node:http';

/** The headers of every benchmark request. */
export const REQUEST_HEADERS: Readonly<Record<string, string>> = { 'content-type': 'application/json', accept: 'application/json' };

export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
  readonly contentType: string | undefined;
}

export function postJson(url: string, body: string, timeoutMs = 30_000): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { ...REQUEST_HEADERS, 'content-length': Buffer.byteLength(body) }, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), contentType: response.headers['content-type'] }),
      );
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
