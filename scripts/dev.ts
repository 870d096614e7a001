/**
 * `npm start`: the whole graph on this machine, with embedded SQLite databases created, migrated
 * and seeded on first start. Ports: GATEWAY_PORT (4000) and <SUBGRAPH>_PORT (4001-4005).
 * Ctrl-C or SIGTERM stops every process.
 */
import { subgraphs } from '../schema/subgraphs.js';
import { startGraph } from './graph.js';
import { readPort } from '../lib/subgraph/run.js';

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
console.log('Starting the Integra graph: five subgraphs, then the gateway...');
const graph = await startGraph({ ports, gatewayPort }).catch((error: unknown) => {
  console.error(`Could not start the graph: ${(error as Error).message}`);
  process.exit(1);
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nIntegra is up in ${seconds} s.\n`);
for (const s of graph.subgraphs) {
  const owner = subgraphs.find((e) => e.name === s.name)?.owner ?? '';
  console.log(`  ${s.name.padEnd(14)} ${s.url.padEnd(34)} ${owner}`);
}
console.log(`  ${'gateway'.padEnd(14)} ${graph.gateway.url}\n`);
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
  await graph.dispose();
  console.log('stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
