/**
 * One HTTP POST with `node:http`, sending exactly what autocannon sends (no compression asked), so
 * that the body read here is, byte for byte, the one the load test will compare against.
 */
import http from 'node:http';
import zlib from 'node:zlib';

/** The headers of every benchmark request. */
export const REQUEST_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  accept: 'application/json',
};

export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
  readonly contentType: string | undefined;
  /** `content-encoding` of the answer; `text` is decoded. */
  readonly contentEncoding: string | undefined;
  /** Bytes on the wire (before decoding). */
  readonly wireBytes: number;
}

/** Decodes a gzip, deflate or br body; others are returned as they are. */
function decode(bytes: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'gzip') return zlib.gunzipSync(bytes);
  if (encoding === 'deflate') return zlib.inflateSync(bytes);
  if (encoding === 'br') return zlib.brotliDecompressSync(bytes);
  return bytes;
}

export function postJson(
  url: string,
  body: string,
  timeoutMs = 30_000,
  acceptEncoding?: string,
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers = {
      ...REQUEST_HEADERS,
      'content-length': Buffer.byteLength(body),
      ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
    };
    const request = http.request(url, { method: 'POST', headers, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const wire = Buffer.concat(chunks);
        const contentEncoding = response.headers['content-encoding'];
        try {
          resolve({
            status: response.statusCode ?? 0,
            text: decode(wire, contentEncoding).toString('utf8'),
            contentType: response.headers['content-type'],
            contentEncoding,
            wireBytes: wire.length,
          });
        } catch (error) {
          reject(error instanceof Error ? error : new Error('could not read the answer', { cause: error }));
        }
      });
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
