/** Single processes of the graph (the registry, a gateway) on their own, for end-to-end tests that need no subgraph. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface Processes {
  /** Starts `script` (relative to the repository); resolves once `readyUrl` answers 200, rejects with its stderr if it exits first. */
  start(script: string, args: string[], env: Record<string, string>, readyUrl: string): Promise<ChildProcess>;
  /** Stops every process started (SIGTERM) and waits for them to exit. */
  dispose(): Promise<void>;
}

export function processes(): Processes {
  const children: ChildProcess[] = [];
  return {
    async start(script, args, env, readyUrl) {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {
        cwd: root,
        env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true', LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      children.push(child);
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
      const exited = new Promise<never>((_, reject) =>
        child.once('exit', (code) =>
          reject(new Error(`${script} exited with code ${code}: ${stderr.slice(-2000)}`)),
        ),
      );
      const healthy = (async () => {
        for (;;) {
          if (child.exitCode !== null) return child;
          if (
            await fetch(readyUrl).then(
              (r) => r.ok,
              () => false,
            )
          )
            return child;
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
      })();
      return Promise.race([healthy, exited]);
    },
    async dispose() {
      for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.all(
        children.filter((child) => child.exitCode === null).map((child) => once(child, 'exit')),
      );
    },
  };
}
