/**
 * A full garbage collection in another Node process, from outside, so that its memory can be read
 * once only live data is left. SIGUSR1 makes Node open its inspector (127.0.0.1:9229); through it,
 * the DevTools protocol's `HeapProfiler.collectGarbage` collects and `Runtime.getHeapUsage` reads
 * the heap; then the process closes its inspector again, freeing the port for the next one.
 * Only for Node processes this benchmark started: SIGUSR1 ends a process that is not Node.
 */
import { WebSocket } from 'undici';

const INSPECTOR = 'http://127.0.0.1:9229';

export interface HeapAfterGc {
  /** Bytes of the V8 heap in use after the collection. */
  readonly usedBytes: number;
  /** Bytes the V8 heap holds from the system. */
  readonly totalBytes: number;
}

interface Target {
  readonly title: string;
  readonly webSocketDebuggerUrl: string;
}

/** The inspector's target, once it is listening (its title is the main script, or `<executable>[<pid>]`). */
async function targetOf(timeoutMs: number): Promise<Target | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const targets = (await (await fetch(`${INSPECTOR}/json/list`)).json()) as Target[];
      if (targets[0]) return targets[0];
    } catch {
      // not listening (yet)
    }
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A DevTools protocol session over one WebSocket. */
async function session(
  url: string,
): Promise<{ call(method: string, params?: object): Promise<Record<string, unknown>>; close(): void }> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error(`cannot connect to ${url}`));
  });
  let nextId = 0;
  const pending = new Map<
    number,
    (message: { result?: Record<string, unknown>; error?: { message: string } }) => void
  >();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as {
      id?: number;
      result?: Record<string, unknown>;
      error?: { message: string };
    };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  };
  return {
    call: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        const timer = setTimeout(() => reject(new Error(`${method}: no answer within 30 s`)), 30_000);
        pending.set(id, (message) => {
          clearTimeout(timer);
          pending.delete(id);
          if (message.error) reject(new Error(`${method}: ${message.error.message}`));
          else resolve(message.result ?? {});
        });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

/**
 * Collects garbage in the Node process `pid` and reads its heap; `undefined` when its inspector
 * cannot be reached (another process holds port 9229, or the process is gone).
 */
export async function collectGarbage(pid: number): Promise<HeapAfterGc | undefined> {
  try {
    process.kill(pid, 'SIGUSR1');
  } catch {
    return undefined;
  }
  const target = await targetOf(5000);
  if (!target) return undefined;
  const inspector = await session(target.webSocketDebuggerUrl);
  // Port 9229 may be another process's (then this one could not open its inspector): ask.
  const answer = await inspector.call('Runtime.evaluate', { expression: 'process.pid' }).catch(() => ({}));
  if ((answer as { result?: { value?: unknown } }).result?.value !== pid) {
    inspector.close();
    return undefined;
  }
  try {
    // Twice: the first collection's finalizers can free more for the second.
    await inspector.call('HeapProfiler.collectGarbage');
    await inspector.call('HeapProfiler.collectGarbage');
    const usage = await inspector.call('Runtime.getHeapUsage');
    return { usedBytes: Number(usage['usedSize']), totalBytes: Number(usage['totalSize']) };
  } finally {
    // Closed from inside, once this call has answered (Node >= 20.16 has getBuiltinModule).
    await inspector
      .call('Runtime.evaluate', {
        expression: "setImmediate(() => process.getBuiltinModule?.('node:inspector').close()); 0",
      })
      .catch(() => undefined);
    inspector.close();
    await waitUntilClosed();
  }
}

/** Waits (up to 3 s) until nothing answers on the inspector port. */
async function waitUntilClosed(): Promise<void> {
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    if (!(await targetOf(0))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
