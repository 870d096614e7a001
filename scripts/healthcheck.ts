/**
 * `node dist/scripts/healthcheck.js gateway|registry|subgraph [name]`: the images' HEALTHCHECK
 * (slim images have no curl). Exits 0 when the process of this container answers `GET /health`
 * with 200 within 3 s, 1 otherwise. It finds the port as the process does: `GATEWAY_PORT` (4000),
 * `REGISTRY_PORT` (4100), `<PREFIX>_PORT` (the default port of schema/subgraphs.ts); and the
 * subgraph, when not named, as the build's only one.
 */
import { pathToFileURL } from 'node:url';
import { subgraphs } from '../schema/subgraphs.js';
import { envPrefixOf } from '../lib/subgraph/envPrefix.js';
import { chooseSubgraph } from './builtSubgraphs.js';

type Env = Readonly<Record<string, string | undefined>>;

function portOf(env: Env, variable: string, fallback: number | undefined): number {
  const port = env[variable]?.trim() ? Number(env[variable]) : fallback;
  if (port === undefined || !Number.isInteger(port))
    throw new Error(`set ${variable} to the port it listens on`);
  return port;
}

/** The `/health` URL of the process `kind` (and subgraph `name`) configured by `env`. */
export function healthUrl(kind: string | undefined, name: string | undefined, env: Env): string {
  const host = env['INTEGRA_HOST']?.trim() || '127.0.0.1';
  // A process listening on every interface answers on loopback.
  const local = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const origin = (port: number) => `http://${local.includes(':') ? `[${local}]` : local}:${port}`;
  switch (kind) {
    case 'gateway':
      return `${origin(portOf(env, 'GATEWAY_PORT', 4000))}/health`;
    case 'registry':
      return `${origin(portOf(env, 'REGISTRY_PORT', 4100))}/health`;
    case 'subgraph': {
      const subgraph = chooseSubgraph(name);
      const listed = subgraphs.find((s) => s.name === subgraph);
      return `${origin(portOf(env, `${envPrefixOf(subgraph)}_PORT`, listed?.defaultPort))}/health`;
    }
    default:
      throw new Error('usage: healthcheck.js gateway|registry|subgraph [name]');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const response = await fetch(healthUrl(process.argv[2], process.argv[3], process.env), {
      signal: AbortSignal.timeout(3000),
    });
    process.exit(response.ok ? 0 : 1);
  } catch (error) {
    console.error(`unhealthy: ${(error as Error).message}`);
    process.exit(1);
  }
}
