/**
 * Shared by the registry's tests: a registry on a free port over a fresh database (seeded with the
 * subgraphs of schema/subgraphs.ts and the typed client's operations), requests to it, partner credentials, and the
 * seed SDL to change.
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { subgraphs } from '../../schema/subgraphs.js';
import { dropPostgresSchema, type DbConfig } from '../../lib/db/index.js';
import { mintDevToken } from '../../lib/auth/keys.js';
import type { Logger } from '../../lib/log.js';
import { parseConfig, type RegistryConfig } from './config.js';
import { createRegistry } from './createRegistry.js';
import type { CheckReport } from './checks/report.js';

export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** The answer of a publish or rollback. */
export interface ChangeAnswer {
  readonly version: number;
  readonly unchanged?: boolean;
  readonly supergraph: { readonly version: number; readonly id: string };
  readonly report: CheckReport;
  readonly error?: { readonly code: string; readonly message: string };
}

/** One entry of a subgraph's history. */
export interface VersionAnswer {
  readonly version: number;
  readonly routingUrl: string;
  readonly publishedBy: string;
  readonly publishedAt: string;
  readonly forced: boolean;
  readonly forcedBy: string | null;
  readonly rolledBackFrom: number | null;
  readonly current: boolean;
  readonly sdl?: string;
}

export interface SupergraphAnswer {
  readonly version: number;
  readonly id: string;
  readonly sdl: string;
  readonly composedAt: string;
}

export interface ErrorAnswer {
  readonly error: { readonly code: string; readonly message: string };
  readonly report?: CheckReport;
}

export interface TestRegistry {
  readonly origin: string;
  readonly config: RegistryConfig;
  /** What the registry logged at warn level or above, parsed. */
  readonly warnings: Record<string, unknown>[];
  /** A request; a GET without `token` carries a reader's credential (any partner's), `token: null` none. */
  request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options?: { body?: unknown; token?: string | null; headers?: Record<string, string> },
  ): Promise<Answer<T>>;
  /** `POST /api/subgraphs/:name/publish` with `token` (none when undefined). */
  publish(
    name: string,
    body: unknown,
    token: string | undefined,
  ): Promise<Answer<ChangeAnswer & ErrorAnswer>>;
  /** A subgraph's versions, newest first. */
  history(name: string): Promise<VersionAnswer[]>;
  supergraph(): Promise<SupergraphAnswer>;
  /** A subgraph's current SDL. */
  currentSdl(name: string): Promise<string>;
  dispose(): Promise<void>;
}

/** A development registry credential, as `GET /api/dev-token/:name` mints it (but with any scopes). */
export function credential(
  partner: string,
  scopes: readonly string[] = ['registry:publish'],
  ttlSeconds = 600,
): Promise<string> {
  return mintDevToken({
    partner,
    scopes,
    issuer: 'https://integra.dev/issuer',
    audience: 'integra-registry',
    ttlSeconds,
  });
}

/** The committed SDL of a seeded subgraph. */
export function seedSdl(name: string): string {
  const entry = subgraphs.find((s) => s.name === name);
  if (!entry) throw new Error(`no subgraph ${name}`);
  return readFileSync(entry.sdlPath, 'utf8');
}

/** `sdl` without the first field of `type` whose line matches `field` (e.g. /^  name\(/). */
export function withoutField(sdl: string, type: string, field: RegExp): string {
  const lines = sdl.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^type ${type}\\b[^{]*\\{$`).test(l));
  if (start < 0) throw new Error(`no type ${type}`);
  for (let i = start + 1; i < lines.length && lines[i] !== '}'; i++) {
    if (!field.test(lines[i] ?? '')) continue;
    // The field's one-line description goes with it: left alone, it would describe the next field, or nothing.
    const from = /^ {2}"[^"]*"$/.test(lines[i - 1] ?? '') ? i - 1 : i;
    return [...lines.slice(0, from), ...lines.slice(i + 1)].join('\n');
  }
  throw new Error(`type ${type} has no field matching ${field}`);
}

/** `sdl` with `field` added to the first definition of `type` (`type Service @key(...) {`). */
export function withField(sdl: string, type: string, field: string): string {
  const opening = new RegExp(`^type ${type}\\b[^{]*\\{$`, 'm');
  if (!opening.test(sdl)) throw new Error(`no type ${type}`);
  return sdl.replace(opening, (match) => `${match}\n  ${field}`);
}

function capturingLogger(into: Record<string, unknown>[]): Logger {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        into.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level: 'warn' }, stream);
}

/** Starts a registry over `db` with the default configuration of `env` (development unless it says otherwise). */
export async function startTestRegistry(
  db: DbConfig,
  env: Record<string, string> = {},
): Promise<TestRegistry> {
  const config: RegistryConfig = { ...parseConfig(env), db };
  const warnings: Record<string, unknown>[] = [];
  const registry = await createRegistry({ config, log: capturingLogger(warnings) });
  const origin = await registry.listen(0);
  const reader = await credential('reader', []);
  const request: TestRegistry['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const token = options.token === undefined && method === 'GET' ? reader : options.token;
    if (typeof token === 'string') headers['authorization'] = `Bearer ${token}`;
    const response = await fetch(`${origin}${path}`, {
      method,
      headers,
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : undefined) as never,
    };
  };
  const history = async (name: string) =>
    (await request<{ versions: VersionAnswer[] }>('GET', `/api/subgraphs/${name}/versions`)).body.versions;
  return {
    origin,
    config,
    warnings,
    request,
    publish: (name, body, token) => request('POST', `/api/subgraphs/${name}/publish`, { body, token }),
    history,
    supergraph: async () => (await request<SupergraphAnswer>('GET', '/api/supergraph')).body,
    async currentSdl(name) {
      const [latest] = await history(name);
      return (
        (await request<VersionAnswer>('GET', `/api/subgraphs/${name}/versions/${latest?.version}`)).body
          .sdl ?? ''
      );
    },
    async dispose() {
      await registry.dispose();
      if (db.dialect === 'postgres') await dropPostgresSchema(db.url, db.schema);
    },
  };
}
