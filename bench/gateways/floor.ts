/**
 * The floor (`floor.server.ts`): our gateway's HTTP stack answering one verified answer from
 * memory, run like ours (tsx, the same Node flags, NODE_ENV=production). Measured like a gateway
 * on the standard workload, it shows how much of ours's CPU per request is the HTTP stack, and how
 * much is GraphQL. Its answers are checked like every gateway's; being a copy of ours's, they
 * prove nothing about it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gatewayNodeFlags } from '../../gateway/src/heap.js';
import { spawnNode, waitForGraphQL } from '../process.js';
import type { RunningGateway } from './types.js';
import { versionsOf } from './versions.js';

export const floor = {
  name: 'floor',
  description: `bench/gateways/floor.server.ts (tsx, ${gatewayNodeFlags({}).join(' ')}, NODE_ENV=production): express 5 on lib/http/server.ts's createHttpHost, express.json, then ours's verified answer to the operation, from memory; no GraphQL work`,
  versions: () => versionsOf(['express']),
  /**
   * Starts it answering `answer` (written next to the supergraph), with the Node flags ours gets
   * from `env` (BENCH_OURS_ENV); resolves once it answers.
   */
  async start(options: {
    readonly supergraphPath: string;
    readonly port: number;
    readonly answer: string;
    readonly env: Readonly<Record<string, string>>;
  }): Promise<RunningGateway> {
    const answerPath = path.join(path.dirname(options.supergraphPath), 'floor-answer.json');
    writeFileSync(answerPath, options.answer);
    const proc = spawnNode(
      'floor',
      [
        ...gatewayNodeFlags({ ...process.env, ...options.env }),
        '--import',
        'tsx',
        'bench/gateways/floor.server.ts',
        answerPath,
        String(options.port),
      ],
      { NODE_ENV: 'production' },
    );
    const url = `http://127.0.0.1:${options.port}/graphql`;
    try {
      await waitForGraphQL(proc, url);
    } catch (error) {
      await proc.stop();
      throw error;
    }
    return { name: 'floor', url, process: proc, canned: true };
  },
};
