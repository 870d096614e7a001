/**
 * The funding subgraph's own settings (the runner reads the common ones: port, database, access):
 * where it asks the graph for facts other partners own.
 */
import { ConfigError, pick, url, type Env } from '../../../lib/config.js';

export interface FundingConfig {
  readonly graph: {
    /** `FUNDING_GRAPH_URL`: the graph's GraphQL endpoint (a gateway). @default http://127.0.0.1:4000/graphql */
    readonly url: string;
    /** `FUNDING_GRAPH_TIMEOUT_MS`: how long one question to the graph may take. @default 2000 */
    readonly timeoutMs: number;
  };
}

/** The local gateway's default endpoint (`npm start`). */
export const DEFAULT_GRAPH_URL = 'http://127.0.0.1:4000/graphql';

/** Parses the environment once. @throws {ConfigError} naming the variable */
export function fundingConfigFromEnv(env: Env): FundingConfig {
  const rawUrl = pick(undefined, env, 'FUNDING_GRAPH_URL');
  const rawTimeout = pick(undefined, env, 'FUNDING_GRAPH_TIMEOUT_MS');
  let timeoutMs = 2000;
  if (rawTimeout) {
    timeoutMs = Number(rawTimeout.value);
    if (!/^\d+$/.test(rawTimeout.value) || timeoutMs < 1 || timeoutMs > 60_000) {
      throw new ConfigError(
        rawTimeout.name,
        `expected milliseconds between 1 and 60000, got "${rawTimeout.value}"`,
      );
    }
  }
  return { graph: { url: rawUrl ? url(rawUrl, ['http:', 'https:']) : DEFAULT_GRAPH_URL, timeoutMs } };
}
