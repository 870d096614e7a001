/**
 * Before any load: every gateway answers every operation with HTTP 200, JSON without `errors`,
 * data that passes the operation's own check (standard: equal to the oracle's answer), and data
 * deep-equal to the other gateways'. The exact text of each gateway's answer is what the load
 * rounds then expect, byte for byte (gateways differ in whitespace, e.g. a final newline).
 */
import { isDeepStrictEqual } from 'node:util';
import { endpointsOf, type GatewayName, type RunningGateway } from './gateways/types.js';
import type { Expectation } from './load.js';
import { postJson } from './http.js';
import type { Json, Operation } from './workloads/types.js';

export interface VerifiedAnswer {
  /** The answer, decoded. */
  readonly text: string;
  readonly bytes: number;
  /** Bytes on the wire (fewer when compressed). */
  readonly wireBytes: number;
  /** What the load checks every answer against. */
  readonly expect: Expectation;
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

async function answerOf(
  gateway: RunningGateway,
  operation: Operation,
  url = gateway.url,
): Promise<{ text: string; data: Json; wireBytes: number }> {
  const answer = await postJson(url, operation.body, undefined, gateway.acceptEncoding);
  const where = `${gateway.name} on ${operation.name}`;
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

/** Verifies every gateway on every operation; resolves with each one's exact answer, by operation then gateway. */
export async function verifyAnswers(
  gateways: readonly RunningGateway[],
  operations: readonly Operation[],
): Promise<Map<string, Map<GatewayName, VerifiedAnswer>>> {
  const verified = new Map<string, Map<GatewayName, VerifiedAnswer>>();
  for (const operation of operations) {
    const byGateway = new Map<GatewayName, VerifiedAnswer>();
    let reference: { gateway: GatewayName; data: Json } | undefined;
    for (const gateway of gateways) {
      const { text, data, wireBytes } = await answerOf(gateway, operation);
      // A second request (to every replica) must give the very same text: the load rounds compare bytes.
      for (const url of endpointsOf(gateway)) {
        if ((await answerOf(gateway, operation, url)).text !== text)
          throw new Error(`${gateway.name} on ${operation.name}: two requests gave different answers`);
      }
      if (reference) {
        const difference = firstDifference(reference.data, data);
        if (difference)
          throw new Error(
            `${operation.name}: ${gateway.name}'s data differs from ${reference.gateway}'s at ${difference}`,
          );
      } else {
        reference = { gateway: gateway.name, data };
      }
      const expect: Expectation = gateway.acceptEncoding ? { encoding: gateway.acceptEncoding } : { text };
      byGateway.set(gateway.name, { text, bytes: Buffer.byteLength(text), wireBytes, expect });
    }
    verified.set(operation.name, byGateway);
  }
  return verified;
}

/**
 * How much the subgraphs work for one request of each operation through each gateway (their
 * requests, or SQL statements), read around a single request: the gateways should ask for the same.
 */
export async function upstreamPerRequest(
  gateways: readonly RunningGateway[],
  operations: readonly Operation[],
  count: () => Promise<number>,
): Promise<Record<string, Partial<Record<GatewayName, number>>>> {
  const result: Record<string, Partial<Record<GatewayName, number>>> = {};
  for (const operation of operations) {
    const byGateway: Partial<Record<GatewayName, number>> = {};
    for (const gateway of gateways) {
      const before = await count();
      await postJson(gateway.url, operation.body);
      byGateway[gateway.name] = (await count()) - before;
    }
    result[operation.name] = byGateway;
  }
  return result;
}
