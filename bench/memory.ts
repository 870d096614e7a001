/**
 * Memory under many distinct operations. Every distinct document a gateway sees is parsed,
 * validated and planned once and then kept: Apollo Server's document store and Apollo Gateway's
 * query-plan store, both keyed by operation. Without bounds, a client that never repeats itself
 * grows the gateway until it dies. This sends `count` distinct valid operations (variants of a
 * workload's own operations: each renamed, with `__typename` added to a different subset of its
 * selection sets and, for some, its first root field aliased), checks every answer, and reads the
 * process's resident memory before, every 1,000 operations, and after a forced settle.
 */
import {
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';
import { collectGarbage } from './gc.js';
import { postJson } from './http.js';
import { processTree, readTotalMemory } from './process.js';
import { standardQuery } from './workloads/standardQuery.js';
import type { Operation } from './workloads/types.js';

export interface DistinctOperationsOptions {
  /** The gateway's GraphQL endpoint. */
  readonly url: string;
  /** The gateway's process (a Node process; with its cluster workers, if any, added up). */
  readonly pid: number;
  /** How many distinct operations to send. */
  readonly count: number;
  readonly log: (line: string) => void;
  /** The operations the variants are made from (a workload's `operations`). @default the standard workload's TestQuery */
  readonly templates?: readonly Operation[];
  /** Requests in flight at once. @default 8 */
  readonly concurrency?: number;
  /** Operations between two memory samples. @default 1000 */
  readonly sampleEvery?: number;
}

/** Resident memory after `operations` distinct operations were answered. */
export interface MemoryStep {
  readonly operations: number;
  readonly rssMiB: number;
  /** Since the first distinct operation was sent. */
  readonly seconds: number;
}

/** Memory once the process is idle and its garbage collected. */
export interface SettledMemory {
  readonly rssMiB: number;
  /** The V8 heap in use after a full collection, added up over the processes; `undefined` when no collection could be forced. */
  readonly heapUsedMiB: number | undefined;
  /** `forced GC`: collected through the inspector; `idle`: 5 s without requests (no collection could be forced). */
  readonly how: 'forced GC' | 'idle';
}

export interface DistinctOperationsResult {
  readonly count: number;
  readonly concurrency: number;
  /** The operations the variants were made from. */
  readonly templates: readonly string[];
  /** After a warm-up with the templates themselves, settled. */
  readonly before: SettledMemory;
  /** Every `sampleEvery` operations, read as they are answered (not settled). */
  readonly steps: readonly MemoryStep[];
  /** After the last operation, settled. */
  readonly after: SettledMemory;
  /** `after.rssMiB - before.rssMiB`. */
  readonly growthMiB: number;
  /** Growth of the heap in use, after collections; `undefined` when they could not be forced. */
  readonly heapGrowthMiB: number | undefined;
  /** RSS growth from the middle sample to the last: near 0 when the caches have stopped growing. */
  readonly secondHalfGrowthMiB: number;
  /** The highest RSS of the process so far (VmHWM), start-up included. */
  readonly peakRssMiB: number;
  /** Distinct operations answered per second (each is parsed, validated and planned anew). */
  readonly requestsPerSecond: number;
  readonly seconds: number;
}

interface Template {
  readonly name: string;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
}

function templateOf(operation: Operation): Template {
  const { query, operationName } = JSON.parse(operation.body) as { query: string; operationName?: string };
  const document = parse(query);
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const chosen = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!chosen) throw new Error(`${operation.name}: no operation ${operationName ?? ''} in its document`);
  return { name: chosen.name?.value ?? 'Anonymous', document, operation: chosen };
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
/** Selection sets that may get a `__typename` (the first ones, in the order `visit` leaves them). */
const VARIED_SETS = 14;

/**
 * Variant `i` of a template: named `<name>_<i>` (so every variant is a new document, and a new
 * query plan), with `__typename` added to the selection sets whose bit is set in `i`, and the
 * first root field aliased when `i % 3 === 1`: different documents, different subgraph fetches.
 */
export function variantOf(template: Template, i: number): { query: string; operationName: string } {
  const operationName = `${template.name}_${i}`;
  let set = 0;
  const document = visit(template.document, {
    OperationDefinition(node) {
      if (node !== template.operation) return undefined;
      const [first, ...rest] = node.selectionSet.selections;
      const aliased =
        i % 3 === 1 && first?.kind === Kind.FIELD && !first.alias
          ? [{ ...first, alias: { kind: Kind.NAME, value: `v${i % 97}` } }, ...rest]
          : undefined;
      return {
        ...node,
        name: { kind: Kind.NAME, value: operationName },
        ...(aliased ? { selectionSet: { ...node.selectionSet, selections: aliased } } : {}),
      };
    },
    SelectionSet: {
      leave(node) {
        const bit = set++;
        if (bit >= VARIED_SETS || ((i >> bit) & 1) === 0) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias))
          return undefined;
        return { ...node, selections: [...node.selections, TYPENAME] };
      },
    },
  });
  return { query: print(document), operationName };
}

const MiB = (kib: number) => Math.round((kib / 1024) * 10) / 10;

/** Sends one operation; throws unless the answer is HTTP 200 with data and without errors. */
async function answer(url: string, body: string, what: string): Promise<void> {
  const response = await postJson(url, body);
  let parsed: { data?: unknown; errors?: unknown };
  try {
    parsed = JSON.parse(response.text) as typeof parsed;
  } catch {
    throw new Error(`${what}: HTTP ${response.status}, not JSON: ${response.text.slice(0, 300)}`);
  }
  if (
    response.status !== 200 ||
    parsed.errors !== undefined ||
    parsed.data === null ||
    typeof parsed.data !== 'object'
  ) {
    throw new Error(`${what}: HTTP ${response.status}: ${response.text.slice(0, 1000)}`);
  }
}

/** Memory of the process tree once idle: every process collected through its inspector, or 5 s idle otherwise. */
async function settle(pid: number): Promise<SettledMemory> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  let heapUsed = 0;
  let forced = true;
  for (const p of processTree(pid)) {
    const heap = await collectGarbage(p);
    if (heap) heapUsed += heap.usedBytes;
    else forced = false;
  }
  if (!forced) await new Promise((resolve) => setTimeout(resolve, 5000));
  else await new Promise((resolve) => setTimeout(resolve, 500));
  const memory = readTotalMemory(processTree(pid));
  if (!memory) throw new Error(`process ${pid} is gone`);
  return {
    rssMiB: MiB(memory.rssKiB),
    heapUsedMiB: forced ? MiB(heapUsed / 1024) : undefined,
    how: forced ? 'forced GC' : 'idle',
  };
}

function rssNow(pid: number): number {
  return MiB(readTotalMemory(processTree(pid))?.rssKiB ?? Number.NaN);
}

/** Sends `count` distinct valid operations to the gateway at `url` and follows the memory of process `pid`. */
export async function measureDistinctOperations(
  options: DistinctOperationsOptions,
): Promise<DistinctOperationsResult> {
  const { url, pid, count, log } = options;
  const concurrency = options.concurrency ?? 8;
  const sampleEvery = options.sampleEvery ?? 1000;
  const sources = options.templates ?? [
    { name: 'TestQuery', body: JSON.stringify({ query: standardQuery, operationName: 'TestQuery' }) },
  ];
  const templates = sources.map(templateOf);

  // Warm-up: the templates themselves, so one-time costs (code, planner set-up) are not counted.
  for (const source of sources)
    for (let n = 0; n < 3; n++) await answer(url, source.body, `warm-up ${source.name}`);
  const before = await settle(pid);
  log(
    `before: RSS ${before.rssMiB} MiB${before.heapUsedMiB === undefined ? '' : `, heap used ${before.heapUsedMiB} MiB`} (${before.how})`,
  );

  const steps: MemoryStep[] = [{ operations: 0, rssMiB: before.rssMiB, seconds: 0 }];
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const template = templates[i % templates.length] as Template;
      const variant = variantOf(template, Math.floor(i / templates.length));
      await answer(url, JSON.stringify(variant), `distinct operation ${i} (${variant.operationName})`);
      done++;
      if (done % sampleEvery === 0 || done === count) {
        const step = { operations: done, rssMiB: rssNow(pid), seconds: seconds() };
        steps.push(step);
        log(`${step.operations} distinct operations: RSS ${step.rssMiB} MiB (${step.seconds} s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  const elapsed = (performance.now() - started) / 1000;

  const after = await settle(pid);
  log(
    `after: RSS ${after.rssMiB} MiB${after.heapUsedMiB === undefined ? '' : `, heap used ${after.heapUsedMiB} MiB`} (${after.how})`,
  );
  const middle = steps.reduce((best, s) =>
    Math.abs(s.operations - count / 2) < Math.abs(best.operations - count / 2) ? s : best,
  );
  const last = steps.at(-1) ?? middle;
  return {
    count,
    concurrency,
    templates: sources.map((s) => s.name),
    before,
    steps,
    after,
    growthMiB: Math.round((after.rssMiB - before.rssMiB) * 10) / 10,
    heapGrowthMiB:
      before.heapUsedMiB === undefined || after.heapUsedMiB === undefined
        ? undefined
        : Math.round((after.heapUsedMiB - before.heapUsedMiB) * 10) / 10,
    secondHalfGrowthMiB: Math.round((last.rssMiB - middle.rssMiB) * 10) / 10,
    peakRssMiB: MiB(readTotalMemory(processTree(pid))?.peakKiB ?? Number.NaN),
    requestsPerSecond: Math.round((count / elapsed) * 10) / 10,
    seconds: Math.round(elapsed * 10) / 10,
  };
}

/** Markdown: RSS after each step, one column per gateway; then growth, settled heap and rate. */
export function distinctOperationsTables(
  results: readonly { readonly gateway: string; readonly result: DistinctOperationsResult }[],
): string {
  const header = (cells: readonly string[]) =>
    `| ${cells.join(' | ')} |\n| ${cells.map(() => '---').join(' | ')} |`;
  const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  const operations = [...new Set(results.flatMap((r) => r.result.steps.map((s) => s.operations)))].sort(
    (a, b) => a - b,
  );
  const rss = [
    header(['distinct operations', ...results.map((r) => `${r.gateway} RSS MiB`)]),
    ...operations.map((n) =>
      row([
        n === 0 ? '0 (before, settled)' : n.toLocaleString('en-US'),
        ...results.map((r) => r.result.steps.find((s) => s.operations === n)?.rssMiB ?? ''),
      ]),
    ),
    row(['after, settled', ...results.map((r) => r.result.after.rssMiB)]),
  ];
  const heap = (m: SettledMemory) => (m.heapUsedMiB === undefined ? 'n/a' : m.heapUsedMiB);
  const summary = [
    header([
      'gateway',
      'RSS before',
      'RSS after',
      'growth',
      'growth, 2nd half',
      'heap used before',
      'heap used after',
      'peak RSS',
      'operations/s',
      'settled by',
    ]),
    ...results.map(({ gateway, result: r }) =>
      row([
        gateway,
        r.before.rssMiB,
        r.after.rssMiB,
        r.growthMiB,
        r.secondHalfGrowthMiB,
        heap(r.before),
        heap(r.after),
        r.peakRssMiB,
        r.requestsPerSecond,
        r.after.how,
      ]),
    ),
  ];
  return `${rss.join('\n')}\n\nMiB.\n\n${summary.join('\n')}`;
}
