/**
 * The Portal's one way to the graph: the client kit, sending registered operations by hash (so it
 * works with trusted documents on), in the reader's language, anonymously or as a signed-in
 * operator. The gateway's address comes from the server that serves the page (`/config.json`), so
 * one build serves any deployment.
 */
import { createClient, type IntegraClient } from '../../../clients/src/index.js';

export interface PortalConfig {
  /** The gateway's GraphQL endpoint. */
  readonly gatewayUrl: string;
}

/**
 * An operator's sign-in: the partner's token, and a number that names the sign-in in caches (never
 * the token itself). Held in memory only: never in the browser's storage.
 */
export interface Session {
  readonly id: number;
  readonly token: string;
}

let config: PortalConfig | undefined;
let sessions = 0;
const clients = new Map<string, IntegraClient>();
const keyOf = (language: string, session: Session | null) => `${language}:${session?.id ?? 'anonymous'}`;

/** Reads `/config.json` once. */
export async function loadConfig(): Promise<PortalConfig> {
  if (config) return config;
  const response = await fetch('/config.json');
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  config = (await response.json()) as PortalConfig;
  return config;
}

/** A new sign-in with `token`. */
export function signIn(token: string): Session {
  sessions += 1;
  return { id: sessions, token };
}

/** Forgets the clients that hold `session`'s token. */
export function forgetClients(session: Session): void {
  for (const key of [...clients.keys()]) if (key.endsWith(`:${session.id}`)) clients.delete(key);
}

/** The client for `language` and `session` (anonymous when null): its requests carry both. */
export function clientFor(language: string, session: Session | null = null): IntegraClient {
  if (!config) throw new Error('loadConfig() first');
  const key = keyOf(language, session);
  let client = clients.get(key);
  if (!client) {
    client = createClient({ url: config.gatewayUrl, language, ...(session ? { token: session.token } : {}) });
    clients.set(key, client);
  }
  return client;
}
