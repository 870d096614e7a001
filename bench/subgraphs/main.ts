/**
 * `node --import tsx bench/subgraphs/main.ts NAME PORT`: one standard-workload subgraph as its
 * own process (the benchmark starts four), listening on 127.0.0.1 until SIGTERM.
 */
import { benchSubgraphs } from './index.js';
import { serveSubgraph } from './server.js';

const [name, portText] = process.argv.slice(2);
const subgraph = benchSubgraphs.find((s) => s.name === name);
if (!subgraph || !portText || !/^\d+$/.test(portText)) {
  console.error(`usage: bench/subgraphs/main.ts <${benchSubgraphs.map((s) => s.name).join('|')}> <port>`);
  process.exit(2);
}
const { url, server } = await serveSubgraph(subgraph, Number(portText));
console.log(`${name} listening on ${url}`);
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
