/**
 * The benchmark's child processes: spawned with Node (`APOLLO_TELEMETRY_DISABLED=true` always),
 * their output kept (the last lines, for error messages), ready when they answer a GraphQL
 * request, stopped with SIGTERM (SIGKILL if they hang), and their memory read from /proc.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postJson } from './http.js';

/** The repository's root folder. */
export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export interface NodeProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** The last lines the process wrote (stdout and stderr). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

const KEPT_LINES = 60;

/** Spawns `node ...nodeArgs` in the repository's root, with `env` on top of this process's environment. */
export function spawnNode(
  name: string,
  nodeArgs: readonly string[],
  env: Readonly<Record<string, string>> = {},
  cwd = root,
): NodeProcess {
  const child = spawn(process.execPath, [...nodeArgs], {
    cwd,
    env: { ...process.env, ...env, APOLLO_TELEMETRY_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      lines.push(...chunk.split('\n').filter((l) => l.trim() !== ''));
      if (lines.length > KEPT_LINES) lines.splice(0, lines.length - KEPT_LINES);
    });
  }
  if (child.pid === undefined) throw new Error(`${name}: the process could not be spawned`);
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    child,
    pid,
    output: () => lines.join('\n'),
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves when `url` answers `{ __typename }` with HTTP 200; fails when the process exits or after `timeoutMs`. */
export async function waitForGraphQL(proc: NodeProcess, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const body = JSON.stringify({ query: '{ __typename }' });
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) {
      throw new Error(
        `${proc.name} exited with code ${proc.child.exitCode} before answering:\n${proc.output()}`,
      );
    }
    try {
      const response = await postJson(url, body);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${proc.name} did not answer at ${url} within ${timeoutMs} ms:\n${proc.output()}`);
}

export interface MemorySample {
  /** Resident set size now, in KiB (VmRSS). */
  readonly rssKiB: number;
  /** The process's peak resident set size so far, in KiB (VmHWM). */
  readonly peakKiB: number;
}

/** The process and all its descendants (a cluster's workers), from /proc/<pid>/task/<tid>/children. */
export function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    const current = pids[i] ?? 0;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      } catch {
        // the task ended meanwhile
      }
    }
  }
  return pids;
}

/** The memory of several processes added up (a cluster, replicas); `undefined` when none is readable. */
export function readTotalMemory(pids: readonly number[]): MemorySample | undefined {
  const samples = pids.map(readMemory).filter((m): m is MemorySample => m !== undefined);
  if (samples.length === 0) return undefined;
  return {
    rssKiB: samples.reduce((t, m) => t + m.rssKiB, 0),
    peakKiB: samples.reduce((t, m) => t + m.peakKiB, 0),
  };
}

/** The CPU time of several processes added up, in seconds; `undefined` when none is readable. */
export function readTotalCpuSeconds(pids: readonly number[]): number | undefined {
  const times = pids.map(readCpuSeconds).filter((t): t is number => t !== undefined);
  return times.length === 0 ? undefined : times.reduce((a, b) => a + b, 0);
}

/** Reads /proc/<pid>/status; `undefined` when the process is gone or /proc is not there. */
export function readMemory(pid: number): MemorySample | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKiB: field('VmRSS'), peakKiB: field('VmHWM') };
}

let clockTicksPerSecond: number | undefined;

/** The kernel's clock ticks per second (`getconf CLK_TCK`), the unit of /proc/<pid>/stat's CPU times. */
function clockTicks(): number {
  if (clockTicksPerSecond === undefined) {
    try {
      clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicksPerSecond = 100;
    }
  }
  return clockTicksPerSecond;
}

/** CPU time (user + system) the process has used so far, in seconds; `undefined` when it is gone or /proc is not there. */
export function readCpuSeconds(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces, inside parentheses): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / clockTicks() : undefined;
}
