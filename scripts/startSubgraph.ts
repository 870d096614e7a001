/**
 * `npm run start:subgraph -- <name>`, i.e. `node dist/scripts/startSubgraph.js <name>`: runs one
 * subgraph of the production build (`npm run build`), any folder of dist/subgraphs, listed in
 * schema/subgraphs.ts or not. Without a name, the build's only subgraph: a subgraph's image holds
 * one. From a checkout, `npm start` runs them all with tsx.
 */
import { chooseSubgraph, subgraphMain } from './builtSubgraphs.js';

let name: string;
try {
  name = chooseSubgraph(process.argv[2]);
} catch (error) {
  console.error(`${(error as Error).message} Usage: npm run start:subgraph -- <name>`);
  process.exit(2);
}
// The subgraph's own main module: it reads its configuration and listens, as under npm start.
await import(subgraphMain(name).href);
