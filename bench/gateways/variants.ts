/**
 * A gateway with one setting changed, measured in the same interleaved rounds as the gateways
 * (standard workload only): our gateway's variants show what each optimisation is worth on its
 * own, and how the gateway scales; `hive-dedup` is Hive with its in-flight deduplication off, to
 * set beside `ours-dedup`. `BENCH_VARIANTS` picks them (default: all; `none` for none).
 */
import { createConnection } from 'node:net';
import { freePort } from '../../scripts/graph.js';
import { DEDUP_OFF_CONFIG, hiveGateway } from './hive.js';
import { ours } from './ours.js';
import type { GatewayStartOptions, RunningGateway } from './types.js';

/** How a variant is started: with the environment and BENCH_OURS_ENV of ours, and Redis's URL. */
export type VariantStartOptions = GatewayStartOptions & { readonly redisUrl: string };

export interface Variant {
  /** Its row in the results (`ours+cache`, `hive-dedup`...). */
  readonly name: string;
  /** The gateway it changes. */
  readonly base: 'ours' | 'hive';
  /** What differs from its base gateway, for the results. */
  readonly description: string;
  /** Needs Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379); left out with a message without it. */
  readonly redis?: boolean;
  start(options: VariantStartOptions): Promise<RunningGateway>;
}

export interface OursVariant {
  /** Its row in the results (`ours+cache`...). */
  readonly name: string;
  /** What differs from `ours`, for the results. */
  readonly description: string;
  /** Environment on top of ours's. */
  readonly env: Readonly<Record<string, string>>;
  /** Processes, each on its own port; the load is split evenly. @default 1 */
  readonly replicas?: number;
  /** Needs Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379); left out with a message without it. */
  readonly redis?: boolean;
  /** The load asks for compressed answers. */
  readonly acceptEncoding?: string;
}

export const OURS_VARIANTS: readonly OursVariant[] = [
  {
    name: 'ours+cache',
    description: 'GATEWAY_RESPONSE_CACHE=true: the response cache, in memory',
    env: { GATEWAY_RESPONSE_CACHE: 'true' },
  },
  {
    name: 'ours+cache/redis',
    description: 'GATEWAY_RESPONSE_CACHE=true with REDIS_URL: the response cache in Redis',
    env: { GATEWAY_RESPONSE_CACHE: 'true' },
    redis: true,
  },
  {
    name: 'ours+entities',
    description: 'GATEWAY_ENTITY_CACHE=true: the entity cache, in memory (no response cache)',
    env: { GATEWAY_ENTITY_CACHE: 'true' },
  },
  {
    name: 'ours-dedup',
    description: 'GATEWAY_DEDUP=false: every subgraph fetch sent',
    env: { GATEWAY_DEDUP: 'false' },
  },
  {
    name: 'ours-executor',
    description: "GATEWAY_OWN_EXECUTOR=false: Apollo Gateway's executor runs every plan",
    env: { GATEWAY_OWN_EXECUTOR: 'false' },
  },
  {
    name: 'ours+gzip',
    description: 'GATEWAY_COMPRESSION=true, the load sends accept-encoding: gzip',
    env: { GATEWAY_COMPRESSION: 'true' },
    acceptEncoding: 'gzip',
  },
  {
    name: 'ours-heap',
    description: "GATEWAY_HEAP_GROWTH_PERCENT=0: V8's own heap growth",
    env: { GATEWAY_HEAP_GROWTH_PERCENT: '0' },
  },
  {
    name: 'ours-semispace',
    description: "GATEWAY_SEMI_SPACE_MIB=0: V8's own young generation (16 MiB semi-spaces)",
    env: { GATEWAY_SEMI_SPACE_MIB: '0' },
  },
  {
    name: 'ours x2 workers',
    description: 'GATEWAY_WORKERS=2: cluster mode, two workers on one port',
    env: { GATEWAY_WORKERS: '2' },
  },
  {
    name: 'ours x2 replicas',
    description: 'two gateway processes sharing Redis (REDIS_URL), half the connections each',
    env: {},
    replicas: 2,
    redis: true,
  },
];

export function redisUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['BENCH_REDIS_URL']?.trim() || 'redis://127.0.0.1:6379';
}

/** Whether something accepts TCP connections at the Redis URL's host and port. */
export function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379), timeout: 1000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Starts a variant of ours: ours with its environment, once per replica. */
async function startOursVariant(variant: OursVariant, options: VariantStartOptions): Promise<RunningGateway> {
  const env = { ...options.env, ...variant.env, ...(variant.redis ? { REDIS_URL: options.redisUrl } : {}) };
  const first = await ours.start({ ...options, env });
  const replicas: { url: string; process: RunningGateway['process'] }[] = [];
  try {
    for (let i = 1; i < (variant.replicas ?? 1); i++) {
      const replica = await ours.start({ ...options, port: await freePort(), env });
      replicas.push({ url: replica.url, process: replica.process });
    }
  } catch (error) {
    await Promise.all([first.process.stop(), ...replicas.map((r) => r.process.stop())]);
    throw error;
  }
  return {
    name: variant.name,
    url: first.url,
    process: first.process,
    ...(replicas.length > 0 ? { replicas } : {}),
    ...(variant.acceptEncoding ? { acceptEncoding: variant.acceptEncoding } : {}),
  };
}

const hiveDedupOff = hiveGateway({
  name: 'hive-dedup',
  description: 'hive, in-flight deduplication off',
  config: DEDUP_OFF_CONFIG,
});

/** Every variant: ours's, then Hive's. */
export const VARIANTS: readonly Variant[] = [
  ...OURS_VARIANTS.map((variant): Variant => ({
    name: variant.name,
    base: 'ours',
    description: variant.description,
    ...(variant.redis ? { redis: true } : {}),
    start: (options) => startOursVariant(variant, options),
  })),
  {
    name: 'hive-dedup',
    base: 'hive',
    description:
      "transportEntries { '*.http': { options: { deduplicateInflightRequests: false } } } in a gateway.config.mjs (--config-path): @graphql-tools/executor-http sends every subgraph fetch",
    // Hive's own settings only: BENCH_OURS_ENV is for ours.
    start: (options) => hiveDedupOff.start({ ...options, env: {} }),
  },
];
