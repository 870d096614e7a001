/**
 * `node --import tsx bench/gateways/vanilla.server.ts SUPERGRAPH PORT`: Apollo Gateway and Apollo
 * Server with their default settings and nothing else, as their documentation starts them.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

// tsx turns source maps on, which plain `node` running Apollo's JavaScript would not have: then every
// `new Error().stack` is mapped, and make-fetch-happen's agent (agent-base) reads one per subgraph fetch.
process.setSourceMapsEnabled(false);

const [supergraphPath, portText] = process.argv.slice(2);
if (!supergraphPath || !portText) {
  console.error('usage: bench/gateways/vanilla.server.ts <supergraph file> <port>');
  process.exit(2);
}
const gateway = new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8') });
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(portText), host: '127.0.0.1' },
});
console.log(`vanilla gateway listening on ${url}`);
