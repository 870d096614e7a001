/**
 * The CLI's side of the registry's HTTP API: one request, its JSON answer, and the registry's own
 * refusal message (`{ error: { code, message } }`) when it refuses.
 */

/** A failure the CLI reports and exits with: 1 (refused, unreachable, checks failed) or 2 (usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface Answer {
  readonly status: number;
  /** The parsed JSON body; `undefined` for an empty one. */
  readonly body: unknown;
}

export interface RegistryClient {
  readonly url: string;
  /** Sends a request; resolves with any HTTP answer, rejects (CliError) only when the registry cannot be reached. */
  send(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    options?: { body?: unknown; token?: string },
  ): Promise<Answer>;
}

/** The registry's refusal: its message and code, when the body has the registry's shape. */
export function refusalOf(answer: Answer): { code: string; message: string } | undefined {
  const error = (answer.body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (typeof error?.message !== 'string') return undefined;
  return { code: typeof error.code === 'string' ? error.code : 'ERROR', message: error.message };
}

/**
 * A CliError for an answer the command did not expect, with the registry's message. A refused
 * credential says so (`credential: false` for a request that sent none, such as dev-token).
 */
export function failure(answer: Answer, hint?: string, credential = true): CliError {
  const refusal = refusalOf(answer) ?? {
    code: 'ERROR',
    message: `unexpected answer (HTTP ${answer.status})`,
  };
  if (credential && (answer.status === 401 || answer.status === 403)) {
    return new CliError(
      `credential refused (HTTP ${answer.status} ${refusal.code}): ${refusal.message}${hint ? `\n${hint}` : ''}`,
    );
  }
  return new CliError(`${refusal.message} (HTTP ${answer.status} ${refusal.code})`);
}

export function createClient(url: string): RegistryClient {
  const base = url.replace(/\/+$/, '');
  return {
    url: base,
    async send(method, path, options = {}) {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      if (options.token) headers['authorization'] = `Bearer ${options.token}`;
      let response: Response;
      try {
        response = await fetch(`${base}${path}`, {
          method,
          headers,
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: AbortSignal.timeout(60_000),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new CliError(
          `cannot reach the registry at ${base}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
        );
      }
      const text = await response.text();
      let body: unknown;
      try {
        body = text === '' ? undefined : (JSON.parse(text) as unknown);
      } catch {
        throw new CliError(
          `the registry at ${base} answered HTTP ${response.status} with something that is not JSON`,
        );
      }
      return { status: response.status, body };
    },
  };
}
