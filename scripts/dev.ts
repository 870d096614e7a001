/**
 * `npm start`: the whole graph on this machine, with embedded SQLite databases created, migrated
 * and seeded on first start, the schema registry (seeded with every listed subgraph) and the gateway
 * following it, and the Integration Portal calling the gateway. Ports: GATEWAY_PORT (4000),
 * <SUBGRAPH>_PORT (4001-4007), REGISTRY_PORT (4100), PORTAL_PORT (4300).
 * Ctrl-C or SIGTERM stops every process.
 */
import { subgraphs } from '../schema/subgraphs.js';
import { startGraph } from './graph.js';
import { readPort } from '../lib/subgraph/run.js';
import { buildExplorer } from './buildExplorer.js';
import { buildPortal } from './buildPortal.js';
import { startPortal } from '../portal/server.js';

function port(variable: string, fallback: number): number {
  try {
    return readPort(process.env, variable, fallback);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

const started = Date.now();
const ports = Object.fromEntries(subgraphs.map((s) => [s.name, port(`${s.envPrefix}_PORT`, s.defaultPort)]));
const gatewayPort = port('GATEWAY_PORT', 4000);
const registryPort = port('REGISTRY_PORT', 4100);
const portalPort = port('PORTAL_PORT', 4300);
// The Portal calls the gateway from its own origin: the gateway lets it (and any origins set already).
const portalOrigins = [`http://127.0.0.1:${portalPort}`, `http://localhost:${portalPort}`];
const corsOrigins = [process.env['GATEWAY_CORS_ORIGINS'], ...portalOrigins].filter(Boolean).join(',');
// The explorer the gateway serves at /graphql is bundled from npm: built on a fresh clone, or when its sources changed.
if (await buildExplorer({ ifStale: true })) console.log('Built the explorer (npm run build:explorer).');
if (await buildPortal({ ifStale: true })) console.log('Built the Portal (npm run build:portal).');
console.log(
  `Starting the Integra graph: ${subgraphs.length} subgraphs, the schema registry, then the gateway...`,
);
const graph = await startGraph({
  ports,
  gatewayPort,
  registryPort,
  env: { GATEWAY_CORS_ORIGINS: corsOrigins },
}).catch((error: unknown) => {
  console.error(`Could not start the graph: ${(error as Error).message}`);
  process.exit(1);
});
const portal = await startPortal({ port: portalPort, gatewayUrl: graph.gateway.url }).catch(
  async (error: unknown) => {
    console.error(`Could not start the Portal: ${(error as Error).message}`);
    await graph.dispose();
    process.exit(1);
  },
);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nIntegra is up in ${seconds} s.\n`);
for (const s of graph.subgraphs) {
  const owner = subgraphs.find((e) => e.name === s.name)?.owner ?? '';
  console.log(`  ${s.name.padEnd(14)} ${s.url.padEnd(34)} ${owner}`);
}
if (graph.registry)
  console.log(
    `  ${'registry'.padEnd(14)} ${graph.registry.url.padEnd(34)} schema registry (npm run subgraph -- list --token T)`,
  );
console.log(`  ${'gateway'.padEnd(14)} ${graph.gateway.url}`);
console.log(`  ${'portal'.padEnd(14)} ${portal.url.padEnd(34)} the Integration Portal, on the graph\n`);
console.log(`Explore the graph in a browser: ${graph.gateway.url}\n`);
console.log('Try a first query:\n');
console.log(
  `  curl -s ${graph.gateway.url} -H 'content-type: application/json' \\\n` +
    `    -d '{"query":"{ region(code: \\"03\\") { name { text } serviceCountsByArea { area count } } }"}'\n`,
);
console.log('Stop with Ctrl-C.');

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the graph...`);
  await portal.close();
  await graph.dispose();
  console.log('stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
