/**
 * A TCP proxy that injects faults between two hosts of a test (this kernel has no `tc netem`):
 * latency on every chunk each way, and loss as connections dropped on arrival or cut mid-stream. The faults can be
 * changed while it runs; connections already open keep going with the new latency.
 */
import net from 'node:net';

export interface Faults {
  /** Added before each chunk is passed on, each way. @default 0 */
  delayMs: number;
  /** Share of new connections closed at once (0-100). @default 0 */
  dropPercent: number;
  /** Share of chunks after which the connection is cut, both ways (0-100): a link losing packets until TCP gives up. @default 0 */
  resetPercent: number;
}

export interface FaultProxy {
  readonly port: number;
  readonly faults: Faults;
  /** Connections accepted and dropped so far. */
  readonly counts: { accepted: number; dropped: number; reset: number };
  close(): Promise<void>;
}

/** Passes `from`'s chunks to `to`, each after the current delay, in order; cuts both at random. */
function relay(from: net.Socket, to: net.Socket, faults: Faults, onReset: () => void): void {
  from.on('data', (chunk: Buffer) => {
    if (Math.random() * 100 < faults.resetPercent) {
      onReset();
      from.destroy();
      to.destroy();
      return;
    }
    if (faults.delayMs <= 0) return void to.write(chunk);
    from.pause();
    setTimeout(() => {
      to.write(chunk);
      from.resume();
    }, faults.delayMs);
  });
  from.on('end', () => setTimeout(() => to.end(), faults.delayMs));
  from.on('error', () => to.destroy());
  from.on('close', () => setTimeout(() => to.destroy(), faults.delayMs));
}

export async function startFaultProxy(options: {
  readonly listen: { readonly host: string; readonly port?: number };
  readonly target: { readonly host: string; readonly port: number };
}): Promise<FaultProxy> {
  const faults: Faults = { delayMs: 0, dropPercent: 0, resetPercent: 0 };
  const counts = { accepted: 0, dropped: 0, reset: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    counts.accepted++;
    if (Math.random() * 100 < faults.dropPercent) {
      counts.dropped++;
      return void client.destroy();
    }
    const upstream = net.connect(options.target.port, options.target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    const onReset = () => counts.reset++;
    relay(client, upstream, faults, onReset);
    relay(upstream, client, faults, onReset);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.listen.port ?? 0, options.listen.host, resolve);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    faults,
    counts,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
