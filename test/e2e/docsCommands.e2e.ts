/**
 * Every shell command of the README and docs/ works as written: each is either run here, with
 * bash, against a graph this test starts on free ports, or listed in NOT_RUN with the reason it
 * cannot be and what checks it instead. A new command that is neither makes the first test fail.
 * The commands name the documented ports (4000 the gateway, 4001-4007 the subgraphs, 4100 the
 * registry); curl reaches this graph's ports through a `.curlrc` (`CURL_HOME`), and the registry CLI
 * through INTEGRA_REGISTRY_URL, so no command is rewritten.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../../schema/subgraphs.js';
import { freePort } from '../../scripts/graph.js';
import { docsShellBlocks, shapeOf, type DocBlock, type DocCommand } from '../docsCommands.js';
import { NOT_RUN, RUN, SETUPS, type Run } from './docsCommands.list.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

const root = path.resolve(import.meta.dirname, '../..');

const blocks = docsShellBlocks(root);
const runOf = (c: DocCommand) => RUN.find((r) => r.command.test(c.text));
/** A listed command is listed whole, so that a new command beside it is not taken for it; a comment after it does not count. */
const notRunOf = (c: DocCommand) => NOT_RUN.find((n) => n.command.test(c.text.replace(/\s+#[^'"\n]*$/, '')));
const runnable = blocks.filter((b) => b.commands.some(runOf));

describe("the docs' shell commands", () => {
  it('are each run here or listed with the reason they cannot be, and every entry still names a command', () => {
    const commands = blocks.flatMap((b) => b.commands);
    expect(commands.filter((c) => !runOf(c) && !notRunOf(c)).map((c) => `${c.where}: ${c.text}`)).toEqual([]);
    expect(commands.filter((c) => runOf(c) && notRunOf(c)).map((c) => c.where)).toEqual([]);
    // A block runs whole or not at all: its commands share variables and files.
    expect(runnable.filter((b) => !b.commands.every(runOf)).map((b) => b.where)).toEqual([]);
    expect(
      RUN.filter((e) => !commands.some((c) => e.command.test(c.text))).map((e) => e.command.source),
    ).toEqual([]);
    expect(
      NOT_RUN.filter((e) => !commands.some((c) => notRunOf(c) === e)).map((e) => e.command.source),
    ).toEqual([]);
    expect(
      SETUPS.filter((s) => !runnable.some((b) => s.block.test(b.text))).map((s) => s.block.source),
    ).toEqual([]);
  });

  describe('run against a test graph', () => {
    let graph: E2EGraph;
    let trusted: string | undefined;
    const work = mkdtempSync(path.join(tmpdir(), 'integra-docs-'));
    beforeAll(async () => {
      graph = await startE2EGraph();
    });
    afterAll(async () => {
      await graph?.dispose();
      rmSync(work, { recursive: true, force: true });
    });

    /** A curl configuration that sends the documented ports to this graph's. */
    function curlHome(gatewayUrl: string): string {
      const to = new Map<number, string>([
        [4000, gatewayUrl],
        [4100, graph.registry!.url],
      ]);
      for (const s of subgraphs) to.set(s.defaultPort, graph.subgraphs.find((r) => r.name === s.name)!.url);
      const lines = [...to].flatMap(([port, url]) =>
        ['127.0.0.1', 'localhost'].map(
          (host) => `connect-to = ${host}:${port}:127.0.0.1:${new URL(url).port}`,
        ),
      );
      const home = mkdtempSync(path.join(work, 'curl-'));
      writeFileSync(path.join(home, '.curlrc'), `${lines.join('\n')}\n`);
      return home;
    }

    it.each(runnable.map((block) => [block.where, block] as const))(
      '%s',
      async (_where, block: DocBlock) => {
        const setup = SETUPS.find((s) => s.block.test(block.text));
        let gatewayUrl = graph.gateway.url;
        if (setup?.trustedDocuments) {
          trusted ??= (
            await graph.startGateway(await freePort(), { GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed' })
          ).url;
          gatewayUrl = trusted;
        }
        const cwd = setup?.files ? mkdtempSync(path.join(work, 'cwd-')) : root;
        for (const [name, text] of Object.entries(setup?.files?.(graph) ?? {}))
          writeFileSync(path.join(cwd, name), text);
        let commands = block.commands;
        if (setup?.script) {
          mkdirSync(path.dirname(path.join(cwd, setup.script.path)), { recursive: true });
          writeFileSync(path.join(cwd, setup.script.path), `${block.text}\n`);
          chmodSync(path.join(cwd, setup.script.path), 0o755);
          commands = setup.script.args.map((arg) => ({
            ...block.commands[0]!,
            text: `${setup.script!.path} ${arg}`,
          }));
        }
        const env = {
          ...process.env,
          APOLLO_TELEMETRY_DISABLED: 'true',
          CURL_HOME: curlHome(gatewayUrl),
          INTEGRA_REGISTRY_URL: graph.registry!.url,
          ...(await setup?.env?.(graph)),
        };
        const results = await runInOneShell(
          commands.map((c) => c.text),
          cwd,
          env,
        );
        commands.forEach((command, i) =>
          expectAsShown(command, runOf(block.commands[setup?.script ? 0 : i]!)!, results[i]!),
        );
      },
      240_000,
    );
  });
});

interface Result {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const MARK = '\n@@docs-command@@\n';

/** Runs commands one after the other in one bash (they share variables), each one's output and exit code apart. */
async function runInOneShell(
  commands: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Result[]> {
  const mark = `printf '${MARK.replace(/\n/g, '\\n')}'`;
  const script = [
    'set -o pipefail',
    ...commands.flatMap((c) => [`${mark}; ${mark} >&2`, c, `printf '\\n@@exit %d\\n' "$?"`]),
  ].join('\n');
  const { stdout, stderr } = await promisify(execFile)('bash', ['-c', script], {
    cwd,
    env,
    maxBuffer: 64 << 20,
    timeout: 200_000,
  });
  const outs = stdout.split(MARK).slice(1);
  const errs = stderr.split(MARK).slice(1);
  return outs.map((out, i) => {
    const exit = /\n@@exit (\d+)\n$/.exec(out);
    return {
      exitCode: Number(exit?.[1] ?? NaN),
      stdout: out.slice(0, exit?.index).trim(),
      stderr: (errs[i] ?? '').trim(),
    };
  });
}

function expectAsShown(command: DocCommand, run: Run, result: Result): void {
  const about = `${command.where}: ${command.text}\nstdout: ${result.stdout.slice(0, 2000)}\nstderr: ${result.stderr.slice(0, 2000)}`;
  expect(result.exitCode, about).toBe(run.exitCode ?? 0);
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').map((l) => l.trim());
  for (const shown of command.output)
    expect(
      lines.some((l) => shapeOf(shown).test(l)),
      `${about}\nshown: ${shown}`,
    ).toBe(true);
  if (run.answer === 'token') expect(result.stdout, about).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  if (run.answer === 'registry JSON') expect(JSON.parse(result.stdout), about).not.toHaveProperty('error');
  if (run.answer === 'graphql data' && command.output.length === 0) {
    const answer = JSON.parse(result.stdout) as { data?: unknown; errors?: unknown };
    expect(answer.errors, about).toBeUndefined();
    expect(answer.data, about).toBeTruthy();
  }
}
