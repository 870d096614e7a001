/**
 * Raw-socket clients that misbehave on purpose, for the tests of the HTTP limits: they drip a
 * request a byte at a time, or connect and send nothing, and report when and how the server
 * ended them.
 */
import http from 'node:http';
import net from 'node:net';

export interface SlowClient {
  /** Resolves when the server closes the connection: after how long, and what it answered. */
  readonly ended: Promise<{ readonly afterMs: number; readonly answer: string }>;
  /** Closes the connection from this side (cleanup). */
  close(): void;
}

/** What a slow client sends: `head` at once, then `drip` a byte every `intervalMs`, for ever. */
export interface SlowClientShape {
  readonly head: string;
  readonly drip: string;
  /** @default 200 */
  readonly intervalMs?: number;
}

/** Connects to `origin` (`http://host:port`) and misbehaves as `shape` says. */
export function slowClient(origin: string, shape: SlowClientShape): SlowClient {
  const { hostname, port } = new URL(origin);
  const socket = net.connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port) });
  const started = performance.now();
  let answer = '';
  let timer: NodeJS.Timeout | undefined;
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => (answer += chunk));
  socket.on('connect', () => {
    if (shape.head) socket.write(shape.head);
    if (!shape.drip) return;
    let i = 0;
    timer = setInterval(() => {
      if (!socket.writable) return;
      socket.write(shape.drip.charAt(i++ % shape.drip.length));
    }, shape.intervalMs ?? 200);
  });
  const ended = new Promise<{ afterMs: number; answer: string }>((resolve) => {
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ afterMs: performance.now() - started, answer });
    });
  });
  socket.on('error', () => undefined);
  return { ended, close: () => socket.destroy() };
}

/** A slowloris client: a request line, then header bytes one at a time, never finishing the headers. */
export function slowHeaders(origin: string, path = '/health'): SlowClient {
  return slowClient(origin, {
    head: `GET ${path} HTTP/1.1\r\nHost: localhost\r\nX-Slow: `,
    drip: 'abcdefgh',
  });
}

/** Complete headers (with `headers` added) announcing a body, then the body a byte at a time. */
export function slowBody(origin: string, path: string, headers: Record<string, string> = {}): SlowClient {
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const head = `POST ${path} HTTP/1.1\r\nHost: localhost\r\n${extra}Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":"`;
  return slowClient(origin, { head, drip: '{{{{' });
}

/** A connection that sends nothing at all. */
export function silentClient(origin: string): SlowClient {
  return slowClient(origin, { head: '', drip: '' });
}

/**
 * True when a plain request to `url` gets an HTTP answer (any status), false when the connection
 * is refused or closed without one. A fresh connection each time (no pool that retries).
 */
export function answers(url: string, timeoutMs = 5000): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on('end', () => resolve(true));
      response.on('error', () => resolve(true));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}
