/**
 * Our gateway as `npm run gateway` runs it (`gateway/src/main.ts` under tsx), in production mode
 * (`NODE_ENV=production`: throwaway JWKS and assertion key, errors masked, introspection off) with
 * trusted documents off and the response cache off, over the supergraph file. Everything else at
 * its defaults: all plugins, operation limits, in-memory caches, info logging, one process.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gatewayNodeFlags } from '../../gateway/src/heap.js';
import { subgraphs } from '../../schema/subgraphs.js';
import { root, spawnNode, waitForGraphQL } from '../process.js';
import type { GatewayKind } from './types.js';
import { versionsOf } from './versions.js';

function integraVersion(): string {
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  try {
    // Read-only: which commit the working tree is on (and whether it has changes).
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync(
      'git',
      ['--no-optional-locks', 'status', '--porcelain', '--untracked-files=no', '--', 'gateway', 'lib'],
      { cwd: root, encoding: 'utf8' },
    ).trim();
    return `${version} (${sha}${dirty ? ', gateway/ or lib/ modified' : ''})`;
  } catch {
    return version;
  }
}

export const ours: GatewayKind = {
  name: 'ours',
  description: `gateway/src/main.ts (tsx, ${gatewayNodeFlags({}).join(' ')} as every launcher passes), NODE_ENV=production with throwaway keys, GATEWAY_TRUSTED_DOCUMENTS=off, GATEWAY_RESPONSE_CACHE=false, GATEWAY_ENTITY_CACHE=false, GATEWAY_RATE_LIMITS=false, GATEWAY_MAX_COST=1000000000, all other settings at their defaults (LOG_LEVEL=info, one process, in-memory caches)`,
  versions: () => ({
    integra: integraVersion(),
    ...versionsOf(['@apollo/gateway', '@apollo/server', 'express', 'undici', 'graphql']),
  }),
  async start({ supergraphPath, port, keys, cpuProfileDir, env = {} }) {
    const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
    const proc = spawnNode(
      'ours',
      [
        ...profile,
        ...gatewayNodeFlags({ ...process.env, ...env }),
        '--import',
        'tsx',
        'gateway/src/main.ts',
        '--supergraph',
        supergraphPath,
        '--port',
        String(port),
      ],
      {
        NODE_ENV: 'production',
        GATEWAY_JWKS_FILE: keys.identityProviderJwksFile,
        GATEWAY_ASSERTION_KEY_FILE: keys.assertionKeyFile,
        GATEWAY_TRUSTED_DOCUMENTS: 'off',
        LOG_LEVEL: 'info',
        // The targets are for the gateway without its data caches; variants.ts measures them on.
        GATEWAY_RESPONSE_CACHE: 'false',
        GATEWAY_ENTITY_CACHE: 'false',
        // One client sends thousands of requests a second: it measures the gateway, not its rate limits.
        GATEWAY_RATE_LIMITS: 'false',
        // The standard workload's subgraphs declare no list sizes: the estimate of its deep query
        // (every list at the default size) is far over the default limit, which the others do not have.
        GATEWAY_MAX_COST: '1000000000',
        // Empty is unset for the gateway: nothing from the caller's shell redirects it.
        GATEWAY_REGISTRY_URL: '',
        SUPERGRAPH_PATH: '',
        REDIS_URL: '',
        ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_URL`, ''])),
        ...env,
      },
    );
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      await waitForGraphQL(proc, url);
    } catch (error) {
      await proc.stop();
      throw error;
    }
    return { name: 'ours', url, process: proc };
  },
};
