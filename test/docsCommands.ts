/**
 * The shell commands of the README and docs/, as a reader would copy them: the commands of fenced
 * `sh`/`bash`/`shell` blocks, and the `curl` lines a program's output shows inside an untagged
 * block (the README's `npm start` output). `test/e2e/docsCommands.e2e.ts` runs them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface DocCommand {
  /** Where the doc shows it: `docs/frontend.md:166`. */
  readonly where: string;
  /** The command as bash reads it, continuation lines included. */
  readonly text: string;
  /** The output the doc shows for it: the `#   ` comment lines right under it (or, with `$ ` prompts, the lines under the prompt). */
  readonly output: readonly string[];
}

export interface DocBlock {
  readonly where: string;
  /** A script (`#!` first line): run whole, with arguments, not command by command. */
  readonly script: boolean;
  readonly text: string;
  readonly commands: readonly DocCommand[];
}

const SHELL = new Set(['sh', 'bash', 'shell', 'console']);
/** A command goes on to the next line after `\`, or after an operator that needs a right-hand side. */
const CONTINUES = /(\\|\||&&)\s*$/;
/** A comment that shows output: `#` then three spaces, as the docs write what a command prints. */
const SHOWN_OUTPUT = /^#\s{3}(.*)$/;

interface Fence {
  readonly line: number;
  readonly lang: string;
  readonly lines: string[];
}

/** Fenced code blocks, by CommonMark's rules: ``` or ~~~ (3 or more), closed by a fence of the same character at least as long. */
function fences(markdown: string): Fence[] {
  const found: Fence[] = [];
  let open: { fence: string; indent: number; block: Fence } | undefined;
  markdown.split('\n').forEach((line, index) => {
    if (!open) {
      const start = /^( *)(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
      if (start)
        open = {
          fence: start[2]!,
          indent: start[1]!.length,
          block: { line: index + 1, lang: start[3]!.toLowerCase(), lines: [] },
        };
      return;
    }
    const close = new RegExp(`^ *${open.fence[0]}{${open.fence.length},}\\s*$`);
    if (close.test(line)) {
      found.push(open.block);
      open = undefined;
    } else {
      open.block.lines.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
    }
  });
  return found;
}

/** Splits a block's lines into commands, each with the output shown under it. */
function commandsOf(
  lines: readonly string[],
  first: number,
  file: string,
  take: (line: string) => boolean,
): DocCommand[] {
  const commands: { where: string; text: string[]; output: string[] }[] = [];
  const prompts = lines.some((l) => l.startsWith('$ '));
  let current: { where: string; text: string[]; output: string[] } | undefined;
  let continuing = false;
  lines.forEach((line, index) => {
    const where = `${file}:${first + 1 + index}`;
    if (continuing && current) {
      current.text.push(line);
      continuing = CONTINUES.test(line);
      return;
    }
    const shown = SHOWN_OUTPUT.exec(line.trim());
    if (prompts ? !line.startsWith('$ ') : !take(line)) {
      if (current && prompts && line.trim()) current.output.push(line.trim());
      else if (current && shown) current.output.push(shown[1]!.trim());
      else current = undefined;
      return;
    }
    current = { where, text: [prompts ? line.slice(2) : line.trim()], output: [] };
    commands.push(current);
    continuing = CONTINUES.test(line);
  });
  return commands.map((c) => ({ where: c.where, text: c.text.join('\n'), output: c.output }));
}

/** The shell blocks of one markdown text; `file` names it in `where`. */
export function shellBlocks(markdown: string, file: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const fence of fences(markdown)) {
    const text = fence.lines.join('\n');
    const where = `${file}:${fence.line}`;
    if (SHELL.has(fence.lang)) {
      const script = fence.lines[0]?.startsWith('#!') ?? false;
      const commands = script
        ? [{ where, text, output: [] }]
        : commandsOf(
            fence.lines,
            fence.line,
            file,
            (line) => line.trim() !== '' && !line.trim().startsWith('#'),
          );
      blocks.push({ where, script, text, commands });
    } else if (fence.lang === '' || fence.lang === 'text') {
      // A program's output may show a command to copy (`npm start` prints a first query).
      const commands = commandsOf(fence.lines, fence.line, file, (line) => /^\s*curl\s/.test(line));
      if (commands.length > 0) blocks.push({ where, script: false, text, commands });
    }
  }
  return blocks;
}

/** The shell blocks of README.md and every docs/*.md under `root`. */
export function docsShellBlocks(root: string): DocBlock[] {
  const files = [
    'README.md',
    ...readdirSync(path.join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => `docs/${f}`),
  ];
  return files.flatMap((file) => shellBlocks(readFileSync(path.join(root, file), 'utf8'), file));
}

/**
 * The shape of a line of shown output: `...` stands for anything, numbers and hex hashes for any
 * number and any hash (versions and hashes differ from run to run); the rest must be as shown.
 */
export function shapeOf(shown: string): RegExp {
  const source = shown.trim().replace(/\s*\.\.\.\s*|[0-9a-f]{8,}|\d+|[\s\S]/g, (part) => {
    if (part.trim() === '...') return '.*';
    if (/^\d+$/.test(part)) return '\\d+';
    if (part.length >= 8 && /\d/.test(part)) return '[0-9a-f]+';
    return part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  });
  return new RegExp(`^${source}$`);
}
