/**
 * A subgraph's answer read in full: status, headers and body text. It implements Apollo's
 * `FetcherResponse` without the streams and header guards of a WHATWG `Response`, which cost
 * more than the rest of a fetch on a fast subgraph. The fetcher builds one per HTTP answer;
 * deduplication hands each waiter its own copy of the same text.
 */
import type { FetcherHeaders, FetcherResponse } from '@apollo/utils.fetcher';

/** Request or response headers by lower-cased name (repeated headers joined with ", ", as fetch does). */
export class PlainHeaders implements FetcherHeaders {
  private readonly byName: Map<string, string>;

  constructor(entries: Iterable<readonly [string, string]> = []) {
    this.byName = new Map();
    for (const [name, value] of entries) this.append(name, value);
  }

  /** From undici's `request()` headers: lower-cased names, a list for repeated ones. */
  static fromRecord(record: Readonly<Record<string, string | string[] | undefined>>): PlainHeaders {
    const headers = new PlainHeaders();
    for (const [name, value] of Object.entries(record)) {
      if (value !== undefined) headers.byName.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    return headers;
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const existing = this.byName.get(key);
    this.byName.set(key, existing === undefined ? value : `${existing}, ${value}`);
  }
  delete(name: string): void {
    this.byName.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.byName.set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
  keys(): IterableIterator<string> {
    return this.byName.keys();
  }
  values(): IterableIterator<string> {
    return this.byName.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}

export interface BufferedAnswer {
  readonly url: string;
  readonly status: number;
  readonly statusText: string;
  readonly headers: PlainHeaders;
  readonly body: string;
}

/** Status texts for the statuses a subgraph answers with; others read "HTTP <status>". */
const STATUS_TEXTS: Readonly<Record<number, string>> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function statusText(status: number): string {
  return STATUS_TEXTS[status] ?? `HTTP ${status}`;
}

/** One read of a buffered answer: its body may be read once, as text, JSON or bytes. */
export class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  private used = false;

  constructor(private readonly answer: BufferedAnswer) {}

  get url(): string {
    return this.answer.url;
  }
  get status(): number {
    return this.answer.status;
  }
  get ok(): boolean {
    return this.answer.status >= 200 && this.answer.status < 300;
  }
  get statusText(): string {
    return this.answer.statusText;
  }
  get headers(): PlainHeaders {
    return this.answer.headers;
  }
  get bodyUsed(): boolean {
    return this.used;
  }

  /**
   * Whether the body starts and ends as a JSON object does (a GraphQL answer), read without using
   * the body up: a proxy's error page, or an answer cut short, does not.
   */
  get looksLikeJsonObject(): boolean {
    const body = this.answer.body;
    let first = 0;
    let last = body.length - 1;
    while (first <= last && isJsonSpace(body.charCodeAt(first))) first++;
    while (last > first && isJsonSpace(body.charCodeAt(last))) last--;
    return first < last && body[first] === '{' && body[last] === '}';
  }

  private consume(): string {
    if (this.used) throw new TypeError('Body has already been read');
    this.used = true;
    return this.answer.body;
  }
  // Async, so that a second read rejects as fetch's Response does rather than throwing.
  async text(): Promise<string> {
    return this.consume();
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.consume()) as unknown;
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.consume(), 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  clone(): BufferedResponse {
    if (this.used) throw new TypeError('Cannot clone a response whose body has been read');
    return new BufferedResponse(this.answer);
  }
  /** The whole answer, for wrappers that hand copies to several readers (deduplication). */
  get buffered(): BufferedAnswer {
    return this.answer;
  }
}

/** The answer in full, whatever fetcher produced the response (read once, then shareable). */
export async function bufferAnswer(url: string, response: FetcherResponse): Promise<BufferedAnswer> {
  if (response instanceof BufferedResponse) return response.buffered;
  return {
    url,
    status: response.status,
    statusText: response.statusText,
    headers: new PlainHeaders(response.headers),
    body: await response.text(),
  };
}

/** A request header by name, whatever its case in the fetch's plain header record. */
export function requestHeader(
  headers: Readonly<Record<string, string>> | undefined,
  name: string,
): string | undefined {
  if (!headers) return undefined;
  if (headers[name] !== undefined) return headers[name];
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}

/**
 * Whether a subgraph request's JSON body carries a query (not a mutation or subscription): the
 * only fetches that may be shared or sent again.
 */
export function isQueryBody(body: string): boolean {
  const match = /"query"\s*:\s*"\s*(\w+)?/.exec(body);
  const keyword = match?.[1];
  return keyword === undefined || keyword === 'query';
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
