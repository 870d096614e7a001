/**
 * Before any load: every gateway answers every operation (every body of a pool) with HTTP 200,
 * JSON without `errors`, data that passes the operation's own check (standard: equal to the
 * oracle's answer), and data deep-equal to the other gateways'. The exact text of each gateway's
 * answer is what the load rounds then expect, byte for byte (gateways differ in whitespace, e.g. a
 * final newline).
 */
import { isDeepStrictEqual } from 'node:util';
import { endpointsOf, type GatewayName, type RunningGateway } from './gateways/types.js';
import type { LoadRequest } from './load.js';
import { postJson } from './http.js';
import { bodiesOf, type Json, type Operation } from './workloads/types.js';

export interface VerifiedAnswer {
  /** The answers, decoded, one per body of the operation (`bodiesOf`). */
  readonly texts: readonly string[];
  /** Their size (a pool's: the mean). */
  readonly bytes: number;
  /** Bytes on the wire (fewer when compressed; a pool's: the mean). */
  readonly wireBytes: number;
  /** Each body, with what the load checks every answer to it against. */
  readonly requests: readonly LoadRequest[];
}

/** Where two JSON values first differ, as a path (`$.users[0].reviews`), or `undefined` when equal. */
export function firstDifference(a: Json | undefined, b: Json | undefined, at = '$'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at} (length ${a.length} vs ${b.length})`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i] as Json, b[i] as Json, `${at}[${i}]`);
      if (found) return found;
    }
  } else if (
    a &&
    b &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, Json>)[key],
        (b as Record<string, Json>)[key],
        `${at}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${at} (${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)})`;
}

/** Verifies `items` with at most `concurrency` at once, results in their order. */
async function inTurns<T, R>(
  items: readonly T[],
  concurrency: number,
  each: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await each(items[i] as T, i);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** How many bodies of a pool are verified at once on one gateway. */
const POOL_CONCURRENCY = 4;

/** `RegionDashboard` for a one-body operation; `mix #12 (RegionDashboard)` for a pool's. */
function bodyName(operation: Operation, body: string, index: number): string {
  if (!operation.pool) return operation.name;
  const { operationName } = JSON.parse(body) as { operationName?: string };
  return `${operation.name} #${index}${operationName ? ` (${operationName})` : ''}`;
}

interface Answer {
  readonly text: string;
  readonly data: Json;
  readonly wireBytes: number;
}

async function answerOf(
  gateway: RunningGateway,
  operation: Operation,
  body: string,
  where: string,
  url = gateway.url,
): Promise<Answer> {
  const answer = await postJson(url, body, undefined, gateway.acceptEncoding);
  if (answer.status !== 200) throw new Error(`${where}: HTTP ${answer.status}: ${answer.text.slice(0, 500)}`);
  if (gateway.acceptEncoding && answer.contentEncoding !== gateway.acceptEncoding) {
    throw new Error(
      `${where}: asked for ${gateway.acceptEncoding}, got content-encoding ${answer.contentEncoding ?? 'none'}`,
    );
  }
  let parsed: { data?: Json; errors?: Json };
  try {
    parsed = JSON.parse(answer.text) as { data?: Json; errors?: Json };
  } catch {
    throw new Error(`${where}: the answer is not JSON: ${answer.text.slice(0, 500)}`);
  }
  if (parsed.errors !== undefined)
    throw new Error(`${where}: errors: ${JSON.stringify(parsed.errors).slice(0, 1000)}`);
  if (parsed.data === undefined || parsed.data === null) throw new Error(`${where}: no data`);
  const wrong = operation.check?.(parsed.data);
  if (wrong) throw new Error(`${where}: ${wrong}`);
  return { text: answer.text, data: parsed.data, wireBytes: answer.wireBytes };
}

/** One gateway's answers to every body of an operation, each asked again of every replica: the text must not change. */
async function answersOf(gateway: RunningGateway, operation: Operation): Promise<Answer[]> {
  const bodies = bodiesOf(operation);
  return inTurns(bodies, operation.pool ? POOL_CONCURRENCY : 1, async (body, index) => {
    const where = `${gateway.name} on ${bodyName(operation, body, index)}`;
    const answer = await answerOf(gateway, operation, body, where);
    // A second request (to every replica) must give the very same text: the load rounds compare bytes.
    for (const url of endpointsOf(gateway)) {
      if ((await answerOf(gateway, operation, body, where, url)).text !== answer.text)
        throw new Error(`${where}: two requests gave different answers`);
    }
    return answer;
  });
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/**
 * Verifies every gateway on every operation (every body of a pool); resolves with each one's exact
 * answers, by operation then gateway. The first gateway that computes its answers (not `canned`)
 * is the reference the others' data must equal.
 */
export async function verifyAnswers(
  gateways: readonly RunningGateway[],
  operations: readonly Operation[],
): Promise<Map<string, Map<GatewayName, VerifiedAnswer>>> {
  const verified = new Map<string, Map<GatewayName, VerifiedAnswer>>();
  const ordered = [...gateways.filter((g) => !g.canned), ...gateways.filter((g) => g.canned)];
  for (const operation of operations) {
    const bodies = bodiesOf(operation);
    const byGateway = new Map<GatewayName, VerifiedAnswer>();
    let reference: { gateway: GatewayName; answers: readonly Answer[] } | undefined;
    for (const gateway of ordered) {
      const answers = await answersOf(gateway, operation);
      if (reference) {
        for (const [i, answer] of answers.entries()) {
          const difference = firstDifference(reference.answers[i]?.data, answer.data);
          if (difference)
            throw new Error(
              `${bodyName(operation, bodies[i] ?? '', i)}: ${gateway.name}'s data differs from ${reference.gateway}'s at ${difference}`,
            );
        }
      } else {
        reference = { gateway: gateway.name, answers };
      }
      byGateway.set(gateway.name, {
        texts: answers.map((a) => a.text),
        bytes: mean(answers.map((a) => Buffer.byteLength(a.text))),
        wireBytes: mean(answers.map((a) => a.wireBytes)),
        requests: answers.map((a, i) => ({
          body: bodies[i] ?? '',
          expect: gateway.acceptEncoding ? { encoding: gateway.acceptEncoding } : { text: a.text },
        })),
      });
    }
    verified.set(
      operation.name,
      new Map(gateways.map((g) => [g.name, byGateway.get(g.name) as VerifiedAnswer])),
    );
  }
  return verified;
}
