/**
 * A subgraph process as an operator runs it, through the one process life every Integra process
 * shares (`lib/http/serve.ts`): a partner's subgraph that `schema/subgraphs.ts` does not list
 * (`test/partnerSubgraph`) starts from its own definition, reads its own `CULTURE_*` variables,
 * prints where it listens (an IPv6 host in brackets), answers, and stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { subgraphs } from '../../schema/subgraphs.js';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'test/partnerSubgraph/main.ts');

interface Running {
  readonly child: ChildProcess;
  /** The JSON log lines written so far. */
  readonly lines: Record<string, unknown>[];
  /** Resolves with the first line (already written or to come) that `match` accepts. */
  line(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  readonly exited: Promise<number | null>;
}

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function start(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: {
      ...process.env,
      APOLLO_TELEMETRY_DISABLED: 'true',
      LOG_LEVEL: 'info',
      CULTURE_SQLITE_FILE: ':memory:',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiting: {
    match: (line: Record<string, unknown>) => boolean;
    resolve: (line: Record<string, unknown>) => void;
  }[] = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    const line = JSON.parse(text) as Record<string, unknown>;
    lines.push(line);
    for (const waiter of waiting.filter((w) => w.match(line))) waiter.resolve(line);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const line = (match: (line: Record<string, unknown>) => boolean) => {
    const seen = lines.find(match);
    if (seen) return Promise.resolve(seen);
    return Promise.race([
      new Promise<Record<string, unknown>>((resolve) => waiting.push({ match, resolve })),
      exited.then((code) =>
        Promise.reject(new Error(`exited with ${code} before the line: ${JSON.stringify(lines)}`)),
      ),
    ]);
  };
  started.push(child);
  return { child, lines, line, exited };
}

const message = (text: string | RegExp) => (line: Record<string, unknown>) =>
  typeof line['msg'] === 'string' &&
  (typeof text === 'string' ? line['msg'] === text : text.test(line['msg']));

describe('a subgraph process', () => {
  it('runs a subgraph schema/subgraphs.ts does not list, from its own definition, and stops cleanly on SIGTERM', async () => {
    expect(subgraphs.map((s) => s.name)).not.toContain('culture');
    const culture = start({ INTEGRA_HOST: '::1', CULTURE_PORT: '0', CULTURE_DIRECT_ACCESS: 'true' });
    const listening = await culture.line(message(/^culture listening on /));
    expect(listening['msg']).toMatch(/^culture listening on http:\/\/\[::1\]:\d+\/graphql$/);
    expect(listening).toMatchObject({ service: 'culture', dialect: 'sqlite', directAccess: true });

    const response = await fetch(String(listening['url']), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ culturalEvents }' }),
    });
    expect(await response.json()).toEqual({
      data: { culturalEvents: ['Festa dei popoli', 'Cinema in lingua'] },
    });
    const origin = new URL(String(listening['url'])).origin;
    for (const route of ['/health', '/ready'])
      expect(await (await fetch(`${origin}${route}`)).json()).toMatchObject({
        status: 'ok',
        phase: 'ready',
        subgraph: 'culture',
      });

    culture.child.kill('SIGTERM');
    expect(await culture.exited).toBe(0);
    expect(culture.lines.map((l) => l['msg'])).toEqual(
      expect.arrayContaining(['culture draining: /ready answers 503', 'culture stopped']),
    );
  });

  it('says why it cannot start, and exits with 1', async () => {
    const occupant = net.createServer();
    await new Promise<void>((resolve) => occupant.listen(0, '127.0.0.1', resolve));
    try {
      const culture = start({ CULTURE_PORT: String((occupant.address() as AddressInfo).port) });
      expect(await culture.exited).toBe(1);
      expect(culture.lines.find(message('culture failed to start'))).toMatchObject({
        level: 60,
        err: { code: 'EADDRINUSE' },
      });
    } finally {
      occupant.close();
    }
  });
});
