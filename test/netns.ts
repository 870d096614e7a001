/**
 * Hosts of a test in network namespaces (`ip netns`), joined by veth pairs: each link is a point
 * to point /30 with its own addresses, and can be taken down to partition two hosts. Everything a
 * network is made of here is removed by `remove()`, and a namespace left by an earlier run that
 * died is removed on the next one. `available` says whether this machine lets us create them.
 */
import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const PREFIX = 'integra-t';

function ip(...args: string[]): string {
  return execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

/** Whether `ip netns` works here (root, the command, the kernel's namespaces). */
export const netnsAvailable: boolean = (() => {
  const probe = `${PREFIX}-probe-${process.pid}`;
  try {
    ip('netns', 'add', probe);
    ip('netns', 'del', probe);
    return true;
  } catch {
    return false;
  }
})();

export interface Link {
  /** The address of each end, by host name ('root' for the test's own namespace). */
  readonly address: Readonly<Record<string, string>>;
  down(): void;
  up(): void;
}

export interface Network {
  /** Starts `command` inside host `name`'s namespace. */
  spawn(name: string, command: string, args: readonly string[], options?: SpawnOptions): ChildProcess;
  /** Joins hosts `a` and `b` (either may be 'root'); `subnet` is the first three octets, e.g. `10.201.7`. */
  link(a: string, b: string, subnet: string): Link;
  remove(): void;
}

/** Namespaces for `hosts`, each with its loopback up; `id` keeps concurrent runs apart. */
export function createNetwork(hosts: readonly string[], id: string): Network {
  // A run that died leaves its namespaces: they go first (their veths go with them).
  for (const line of ip('netns', 'list').split('\n')) {
    const name = line.split(' ')[0];
    if (name?.startsWith(`${PREFIX}-`) && name.endsWith(`-${id}`)) ip('netns', 'del', name);
  }
  const ns = (host: string) => `${PREFIX}-${host}-${id}`;
  const rootLinks: string[] = [];
  for (const host of hosts) {
    ip('netns', 'add', ns(host));
    ip('-n', ns(host), 'link', 'set', 'lo', 'up');
  }
  let links = 0;
  return {
    spawn: (name, command, args, options = {}) =>
      spawn('ip', ['netns', 'exec', ns(name), command, ...args], options),
    link(a, b, subnet) {
      const n = links++;
      const ends = [
        { host: a, device: `it${id}a${n}`, address: `${subnet}.1` },
        { host: b, device: `it${id}b${n}`, address: `${subnet}.2` },
      ];
      ip('link', 'add', ends[0]!.device, 'type', 'veth', 'peer', 'name', ends[1]!.device);
      for (const end of ends) {
        const where = end.host === 'root' ? [] : ['-n', ns(end.host)];
        if (end.host === 'root') rootLinks.push(end.device);
        else ip('link', 'set', end.device, 'netns', ns(end.host));
        ip(...where, 'addr', 'add', `${end.address}/30`, 'dev', end.device);
        ip(...where, 'link', 'set', end.device, 'up');
      }
      const set = (state: 'up' | 'down') => {
        const end = ends.find((e) => e.host !== 'root') ?? ends[0]!;
        ip(...(end.host === 'root' ? [] : ['-n', ns(end.host)]), 'link', 'set', end.device, state);
      };
      return {
        address: Object.fromEntries(ends.map((e) => [e.host, e.address])),
        down: () => set('down'),
        up: () => set('up'),
      };
    },
    remove() {
      for (const host of hosts) {
        try {
          ip('netns', 'del', ns(host));
        } catch {
          // already gone
        }
      }
      // A veth whose peer lived in a removed namespace is gone with it; one left in root is removed.
      for (const device of rootLinks) {
        try {
          ip('link', 'del', device);
        } catch {
          // already gone
        }
      }
    },
  };
}
