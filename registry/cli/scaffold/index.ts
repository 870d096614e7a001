/**
 * `npm run subgraph -- new NAME`: a new partner subgraph from the house template, in
 * `subgraphs/<name>/` (schema, server, data, resolvers and its own test, after
 * `subgraphs/territories`), listed in `schema/subgraphs.ts` on the next free port. Everything is
 * checked before anything is written: a refused name leaves the repository as it was.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { CliError } from '../client.js';
import { collision } from './collisions.js';
import { LIST_FILE, listedSubgraphs, nextFreePort, withEntry } from './list.js';
import { checkName, namesOf, type Names } from './names.js';
import { reservation } from './reserved.js';
import { nextSteps } from './steps.js';
import { filesOf } from './templates/index.js';

export {
  OWNER_PLACEHOLDER,
  entryLine,
  listedSubgraphs,
  nextFreePort,
  withEntry,
  type ListedSubgraph,
} from './list.js';
export { entityPhrase, isValidName, namesOf, partsExport, singular, type Names } from './names.js';
export { filesOf, SHARED_BLOCKS } from './templates/index.js';
export { nextSteps } from './steps.js';
export { reservation } from './reserved.js';
export { collision } from './collisions.js';
/** The registry's rule for subgraph names, which `isValidName` narrows. */
export { SUBGRAPH_NAME } from '../../src/names.js';

/** Where and how `scaffold` works. */
export interface ScaffoldOptions {
  /** The repository's root. @default the checkout this module belongs to */
  readonly root?: string;
  /** Prints one line of the summary. @default a line on stdout */
  readonly print?: (line: string) => void;
}

/** The checkout this module belongs to (`registry/cli/scaffold/` is three levels down). */
const DEFAULT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function printLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * What `scaffold` would write for `name` under `root`: the names, the files and the new list.
 * @throws {CliError} when the name is malformed, taken, reserved or would not compose
 */
export function plan(
  name: string,
  root: string,
): { names: Names; files: ReadonlyMap<string, string>; list: string } {
  checkName(name);
  const listPath = path.join(root, LIST_FILE);
  if (!existsSync(listPath))
    throw new CliError(`${LIST_FILE} not found: is ${root} the root of the Integra repository?`);
  if (existsSync(path.join(root, 'subgraphs', name))) {
    throw new CliError(`subgraphs/${name} already exists: the scaffold never writes into an existing folder`);
  }
  const listText = readFileSync(listPath, 'utf8');
  const listed = listedSubgraphs(listText);
  if (listed.some((s) => s.name === name)) throw new CliError(`"${name}" is already listed in ${LIST_FILE}`);
  const names = namesOf(name, nextFreePort(listed));
  const refusal =
    reservation(
      names,
      listed.map((s) => namesOf(s.name, s.defaultPort).envPrefix),
    ) ?? collision(names, root);
  if (refusal) throw new CliError(`${refusal}; choose another name`);
  return { names, files: filesOf(names), list: withEntry(listText, names) };
}

/**
 * TypeScript `content` laid out by the repository's Prettier settings, so that the new files pass
 * `npm run lint` as written. SDL is left as written: the registry hashes its bytes.
 */
async function formatted(file: string, content: string): Promise<string> {
  if (!file.endsWith('.ts')) return content;
  const options = await prettier.resolveConfig(file);
  return prettier.format(content, { ...options, filepath: file });
}

/**
 * Creates `subgraphs/<name>/` and lists it in `schema/subgraphs.ts`, then prints the next steps.
 * Refuses, before writing anything, a malformed name, an existing folder, a listed name, a name
 * reserved by the graph's variables, and one whose example type or Query fields another subgraph
 * already declares. Should writing fail halfway, the new folder is removed again.
 * @throws {CliError} naming the reason of a refusal
 */
export async function scaffold(name: string, options: ScaffoldOptions = {}): Promise<void> {
  const root = path.resolve(options.root ?? DEFAULT_ROOT);
  const print = options.print ?? printLine;
  const { names, files, list } = plan(name, root);
  const dir = path.join(root, 'subgraphs', name);
  await mkdir(path.dirname(dir), { recursive: true });
  // Not recursive: fails (EEXIST) if the folder appeared since \`plan\` looked, and leaves it alone.
  await mkdir(dir);
  try {
    for (const [relative, content] of files) {
      const file = path.join(dir, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, await formatted(file, content), { flag: 'wx' });
    }
    await writeFile(path.join(root, LIST_FILE), await formatted(path.join(root, LIST_FILE), list));
  } catch (error) {
    // This call created the folder: nothing of anyone else's is in it.
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  for (const line of nextSteps(names, files.size)) print(line);
}
