/**
 * The one list of subgraphs, `schema/subgraphs.ts`, read and extended as text: the scaffold adds
 * one `entry(...)` line before the closing `];` of the `subgraphs` array and touches nothing else.
 */
import { CliError } from '../client.js';
import type { Names } from './names.js';

/** What the owner of a new subgraph reads until someone names the agency (no `'`: it sits in a quoted string). */
export const OWNER_PLACEHOLDER = 'TODO: the partner agency that owns this subgraph';

/** Path of the list, relative to the repository's root. */
export const LIST_FILE = 'schema/subgraphs.ts';

/** Ports of the graph's own processes, which a subgraph must not take by default: gateway, registry. */
const GRAPH_PORTS: ReadonlySet<number> = new Set([4000, 4100]);

/** One listed subgraph: its name and default port. */
export interface ListedSubgraph {
  readonly name: string;
  readonly defaultPort: number;
}

const ARRAY_START = /export const subgraphs\b[^=]*=\s*\[/;
const ARRAY_END = /\n\];/;
const ENTRY = /entry\(\s*'([^']*)'\s*,\s*(\d+)/g;

/** Where the array's entries are in the list's text. @throws {CliError} when the array cannot be found */
function arrayBounds(text: string): { start: number; end: number } {
  const start = ARRAY_START.exec(text);
  if (!start)
    throw new CliError(`${LIST_FILE}: cannot find "export const subgraphs ... = [": was the file rewritten?`);
  const from = start.index + start[0].length;
  const end = ARRAY_END.exec(text.slice(from));
  if (!end) throw new CliError(`${LIST_FILE}: cannot find the "];" that closes the subgraphs array`);
  return { start: from, end: from + end.index };
}

/** The subgraphs the list's text declares, in order. */
export function listedSubgraphs(text: string): ListedSubgraph[] {
  const { start, end } = arrayBounds(text);
  return [...text.slice(start, end).matchAll(ENTRY)].map((m) => ({
    name: m[1] ?? '',
    defaultPort: Number(m[2]),
  }));
}

/** The first port after the highest listed default port that neither a subgraph nor the graph uses. */
export function nextFreePort(listed: readonly ListedSubgraph[]): number {
  const used = new Set(listed.map((s) => s.defaultPort));
  let port = Math.max(4000, ...used) + 1;
  while (used.has(port) || GRAPH_PORTS.has(port)) port++;
  return port;
}

/** The `entry(...)` line of a new subgraph, as the list writes it. */
export function entryLine(names: Pick<Names, 'name' | 'port'>): string {
  return `  entry('${names.name}', ${names.port}, '${OWNER_PLACEHOLDER}'),`;
}

/** The list's text with the new subgraph's entry last in the array. */
export function withEntry(text: string, names: Pick<Names, 'name' | 'port'>): string {
  const { start, end } = arrayBounds(text);
  const entries = text.slice(start, end).trimEnd();
  const separator = entries === '' || entries.endsWith(',') ? '' : ',';
  return `${text.slice(0, start)}${entries}${separator}\n${entryLine(names)}${text.slice(end)}`;
}
