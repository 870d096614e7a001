/**
 * Reads a V8 `.cpuprofile` (what `node --cpu-prof` writes) and sums self time by function and by
 * where the code lives (a package in node_modules, our gateway/ or lib/, Node's internals), over
 * the samples taken within a time window (the load, without start-up and warm-up).
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  /** Microseconds, on the monotonic clock (`process.hrtime`'s). */
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface SelfTime {
  readonly name: string;
  readonly ms: number;
  readonly percent: number;
}

export interface ProfileSummary {
  /** Milliseconds of samples counted (within the window, or all of them). */
  readonly totalMs: number;
  /** Whether the samples were limited to the window (false: the window matched no sample, all were counted). */
  readonly windowed: boolean;
  readonly byFunction: readonly SelfTime[];
  readonly byLocation: readonly SelfTime[];
}

/** Where a script lives: `pkg` for node_modules (the innermost), `gateway/src`, `lib`, `node:internal`... */
export function locationOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first = '', second = ''] = url.slice(modules + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  if (url.startsWith('node:')) return url.startsWith('node:internal') ? 'node:internal' : url;
  const repo = /\/(gateway|lib|subgraphs|bench|scripts|schema)\/(.*)$/.exec(url);
  if (repo) return repo[1] === 'gateway' ? 'gateway/src' : (repo[1] ?? url);
  return url;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  const repo = /\/((?:gateway|lib|subgraphs|bench|scripts|schema)\/.*)$/.exec(url);
  return repo?.[1] ?? url;
}

function top(totals: Map<string, number>, totalMs: number, limit: number): SelfTime[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => ({ name, ms, percent: (100 * ms) / totalMs }));
}

/** Sums self time; `windowUs` is [start, end] on the monotonic clock in microseconds. */
export function summarizeProfile(
  file: string,
  windowUs?: readonly [number, number],
  limit = 25,
): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let time = profile.startTime;
  const inWindow = (t: number) => !windowUs || (t >= windowUs[0] && t <= windowUs[1]);
  const anyInWindow =
    windowUs !== undefined && profile.startTime <= windowUs[1] && profile.endTime >= windowUs[0];
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const duration = profile.timeDeltas[i + 1] ?? 0;
    if (anyInWindow && !inWindow(time)) continue;
    const id = profile.samples[i] ?? -1;
    selfUs.set(id, (selfUs.get(id) ?? 0) + duration);
  }
  const byFunction = new Map<string, number>();
  const byLocation = new Map<string, number>();
  let totalMs = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    const ms = us / 1000;
    totalMs += ms;
    const name = frame.url
      ? `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`
      : frame.functionName;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const location = locationOf(frame.url, frame.functionName);
    byLocation.set(location, (byLocation.get(location) ?? 0) + ms);
  }
  return {
    totalMs,
    windowed: anyInWindow,
    byFunction: top(byFunction, totalMs, limit),
    byLocation: top(byLocation, totalMs, limit),
  };
}
