/**
 * Runs the whole graph as real processes: every subgraph of schema/subgraphs.ts (each with its own database) and
 * the gateway in front of them. `npm start` uses it with the default ports; the end-to-end tests
 * use it with free ports and a temporary data folder, and stop and restart single subgraphs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gatewayNodeFlags } from '../gateway/src/heap.js';
import { subgraphs, type SubgraphEntry } from '../schema/subgraphs.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export interface GraphOptions {
  /** Port of each subgraph by name; a subgraph not listed uses its default port. */
  readonly ports?: Readonly<Record<string, number>>;
  /** @default 4000 */
  readonly gatewayPort?: number;
  /** @default 4100 */
  readonly registryPort?: number;
  /**
   * Where the gateway takes its supergraph: the schema registry (started first, seeded with the
   * subgraphs' SDL and URLs), or the committed file. @default 'registry'
   */
  readonly supergraph?: 'registry' | 'file';
  /** Folder of the SQLite files. @default data */
  readonly dataDir?: string;
  /** Extra environment for every process (e.g. `SERVICES_DATABASE_URL`, `REDIS_URL`). */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Extra environment for the registry only, over `env`: e.g. the gateway's public keys as a file
   * (`INTEGRA_GATEWAY_JWKS_FILE`), since a gateway does not listen before it has loaded the
   * registry's supergraph, so the registry cannot fetch them from it at that moment.
   */
  readonly registryEnv?: Readonly<Record<string, string>>;
  /** Where the processes' output goes, line by line. @default process.stdout */
  readonly output?: (name: string, line: string) => void;
  /** How long a process may take to become healthy. @default 120000 */
  readonly startTimeoutMs?: number;
}

export interface RunningProcess {
  readonly name: string;
  readonly url: string;
  readonly readyUrl: string;
}

export interface RunningGraph {
  readonly gateway: RunningProcess;
  readonly subgraphs: readonly RunningProcess[];
  /** The schema registry, when the gateway follows one. */
  readonly registry: RunningProcess | undefined;
  /** Starts one more gateway replica on `port`, configured as the first (and `env` on top). */
  startGateway(port: number, env?: Readonly<Record<string, string>>): Promise<RunningProcess>;
  /** Stops one subgraph (SIGTERM: it drains; SIGKILL: it dies mid-request) and waits for it to exit. */
  stopSubgraph(name: string, signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts a stopped subgraph again and waits until it is healthy. */
  startSubgraph(name: string): Promise<void>;
  /** The process ids of the subgraphs running now (what they cost is read from /proc). */
  subgraphPids(): number[];
  /** Stops everything and waits for every process to exit. */
  dispose(): Promise<void>;
}

/** A port the OS says is free right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Fails with a clear message when `port` is taken, so a health check never reaches another process. */
async function assertPortFree(port: number, name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(
        new Error(
          `port ${port} for ${name} is already in use (another Integra still running?); set a free port with its *_PORT variable`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`process exited with code ${child.exitCode} before ${url} answered`);
    try {
      const response = await fetch(url);
      // The pid tells that the answer is our child's (or its cluster worker's), not another process's that took its port.
      const body = response.ok ? ((await response.json()) as { pid?: unknown; primaryPid?: unknown }) : {};
      if (child.pid !== undefined && (body.pid === child.pid || body.primaryPid === child.pid)) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs} ms`);
}

function pipeLines(child: ChildProcess, name: string, output: (name: string, line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) output(name, line);
    });
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts the subgraphs, then the gateway; resolves when every process answers its health check. */
export async function startGraph(options: GraphOptions = {}): Promise<RunningGraph> {
  const output = options.output ?? ((name, line) => process.stdout.write(`[${name}] ${line}\n`));
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  const dataDir = options.dataDir ?? path.join(root, 'data');
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true', ...options.env };
  const children = new Map<string, ChildProcess>();
  const portOf = (s: SubgraphEntry) => options.ports?.[s.name] ?? s.defaultPort;

  const spawnProcess = (
    name: string,
    script: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    nodeFlags: readonly string[] = [],
  ) => {
    const child = spawn(
      process.execPath,
      [...nodeFlags, '--import', 'tsx', path.join(root, script), ...args],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    pipeLines(child, name, output);
    children.set(name, child);
    return child;
  };

  const subgraphEnv = (s: SubgraphEntry): NodeJS.ProcessEnv => ({
    // A subgraph that asks the graph for facts other partners own asks this graph's gateway.
    FUNDING_GRAPH_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
    ...baseEnv,
    [`${s.envPrefix}_PORT`]: String(portOf(s)),
    [`${s.envPrefix}_SQLITE_FILE`]:
      baseEnv[`${s.envPrefix}_SQLITE_FILE`] ?? path.join(dataDir, `${s.name}.sqlite`),
  });
  const running = subgraphs.map((s) => ({
    name: s.name,
    url: `http://127.0.0.1:${portOf(s)}/graphql`,
    readyUrl: `http://127.0.0.1:${portOf(s)}/ready`,
  }));
  const startOne = async (s: SubgraphEntry) => {
    const child = spawnProcess(s.name, `subgraphs/${s.name}/src/main.ts`, [], subgraphEnv(s));
    await waitHealthy(`http://127.0.0.1:${portOf(s)}/ready`, child, timeoutMs);
  };

  const dispose = async () => {
    const all = [...children.values()];
    for (const child of all) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(all.map(exited));
  };

  const gatewayPort = options.gatewayPort ?? 4000;
  const registryPort = options.registryPort ?? 4100;
  const useRegistry = (options.supergraph ?? 'registry') === 'registry';
  const processAt = (name: string, port: number, path = '/graphql'): RunningProcess => ({
    name,
    url: `http://127.0.0.1:${port}${path}`,
    readyUrl: `http://127.0.0.1:${port}/ready`,
  });
  const registry = useRegistry ? processAt('registry', registryPort, '') : undefined;
  // The subgraphs' URLs seed the registry; with the file, they override the file's routing URLs.
  const urls = Object.fromEntries(
    subgraphs.map((s) => [`${s.envPrefix}_URL`, `http://127.0.0.1:${portOf(s)}/graphql`]),
  );
  const gatewayArgs = (port: number) => [
    '--port',
    String(port),
    ...(registry ? ['--registry', registry.url] : []),
  ];
  const gatewayEnv = registry ? baseEnv : { ...baseEnv, ...urls };
  const startGateway = async (name: string, port: number, env: Readonly<Record<string, string>> = {}) => {
    const child = spawnProcess(
      name,
      'gateway/src/main.ts',
      gatewayArgs(port),
      { ...gatewayEnv, ...env },
      gatewayNodeFlags({ ...gatewayEnv, ...env }),
    );
    await waitHealthy(`http://127.0.0.1:${port}/ready`, child, timeoutMs);
    return processAt(name, port);
  };
  try {
    for (const s of subgraphs) await assertPortFree(portOf(s), s.name);
    await assertPortFree(gatewayPort, 'the gateway');
    if (registry) await assertPortFree(registryPort, 'the registry');
    await Promise.all(subgraphs.map(startOne));
    if (registry) {
      const child = spawnProcess('registry', 'registry/src/main.ts', [], {
        ...baseEnv,
        ...urls,
        ...options.registryEnv,
        REGISTRY_PORT: String(registryPort),
        REGISTRY_SQLITE_FILE: baseEnv['REGISTRY_SQLITE_FILE'] ?? path.join(dataDir, 'registry.sqlite'),
      });
      await waitHealthy(registry.readyUrl, child, timeoutMs);
    }
    const gateway = await startGateway('gateway', gatewayPort);
    let replicas = 0;
    return {
      gateway,
      registry,
      startGateway: (port, env) => startGateway(`gateway-${++replicas}`, port, env),
      subgraphs: running,
      async stopSubgraph(name, signal = 'SIGTERM') {
        const child = children.get(name);
        if (!child) throw new Error(`no subgraph named ${name}`);
        child.kill(signal);
        await exited(child);
      },
      subgraphPids: () =>
        subgraphs.flatMap((s) => {
          const child = children.get(s.name);
          return child?.pid !== undefined && child.exitCode === null ? [child.pid] : [];
        }),
      async startSubgraph(name) {
        const entry = subgraphs.find((s) => s.name === name);
        if (!entry) throw new Error(`no subgraph named ${name}`);
        await startOne(entry);
      },
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
