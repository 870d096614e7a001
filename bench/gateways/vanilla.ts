/** Vanilla `@apollo/gateway` + `@apollo/server` (standalone server, defaults), NODE_ENV=production, run like ours under tsx. */
import { spawnNode, waitForGraphQL } from '../process.js';
import type { GatewayKind } from './types.js';
import { versionsOf } from './versions.js';

export const vanilla: GatewayKind = {
  name: 'vanilla',
  description:
    'new ApolloGateway({ supergraphSdl }) + new ApolloServer({ gateway }) + startStandaloneServer, defaults, NODE_ENV=production (loaded with tsx, source maps turned back off)',
  versions: () => versionsOf(['@apollo/gateway', '@apollo/server', 'graphql']),
  async start({ supergraphPath, port, cpuProfileDir }) {
    const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
    const proc = spawnNode(
      'vanilla',
      [...profile, '--import', 'tsx', 'bench/gateways/vanilla.server.ts', supergraphPath, String(port)],
      {
        NODE_ENV: 'production',
      },
    );
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      await waitForGraphQL(proc, url);
    } catch (error) {
      await proc.stop();
      throw error;
    }
    return { name: 'vanilla', url, process: proc };
  },
};
