/**
 * The Portal's one way to the graph: the client kit, sending registered operations by hash (so it
 * works with trusted documents on), in the reader's language. The gateway's address comes from
 * the server that serves the page (`/config.json`), so one build serves any deployment.
 */
import { createClient, type IntegraClient } from '../../../clients/src/index.js';

export interface PortalConfig {
  /** The gateway's GraphQL endpoint. */
  readonly gatewayUrl: string;
}

let config: PortalConfig | undefined;

/** Reads `/config.json` once. */
export async function loadConfig(): Promise<PortalConfig> {
  if (config) return config;
  const response = await fetch('/config.json');
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  config = (await response.json()) as PortalConfig;
  return config;
}

const clients = new Map<string, IntegraClient>();

/** The client for `language`: its requests carry it as `Accept-Language`. */
export function clientFor(language: string): IntegraClient {
  if (!config) throw new Error('loadConfig() first');
  let client = clients.get(language);
  if (!client) {
    client = createClient({ url: config.gatewayUrl, language });
    clients.set(language, client);
  }
  return client;
}
