/**
 * The Hive Gateway (`@graphql-hive/gateway`), its own CLI with its defaults (`hive-gateway
 * supergraph FILE`), one process (`--fork 1`), NODE_ENV=production. Run from a temporary folder
 * so that no configuration file is picked up.
 */
import path from 'node:path';
import { root, spawnNode, waitForGraphQL } from '../process.js';
import type { GatewayKind } from './types.js';
import { versionsOf } from './versions.js';

const bin = path.join(root, 'node_modules/@graphql-hive/gateway/dist/bin.js');

export const hive: GatewayKind = {
  name: 'hive',
  description: 'hive-gateway supergraph FILE --fork 1 (CLI defaults), NODE_ENV=production',
  versions: () =>
    versionsOf([
      '@graphql-hive/gateway',
      '@graphql-hive/gateway-runtime',
      '@graphql-tools/federation',
      'graphql',
    ]),
  async start({ supergraphPath, port, cpuProfileDir }) {
    const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
    const proc = spawnNode(
      'hive',
      [
        ...profile,
        bin,
        'supergraph',
        supergraphPath,
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        '--fork',
        '1',
      ],
      { NODE_ENV: 'production' },
      path.dirname(supergraphPath),
    );
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      await waitForGraphQL(proc, url);
    } catch (error) {
      await proc.stop();
      throw error;
    }
    return { name: 'hive', url, process: proc };
  },
};
