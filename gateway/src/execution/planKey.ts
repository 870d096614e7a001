/**
 * The key a query plan is stored under, as Apollo Gateway 2.14's executor keys its plan store:
 * Apollo Server's `queryHash` (sha256 of the query text), or, when the request names its
 * operation, sha256 of that hash then the name. Warm plans store under the same key.
 */
import { createHash } from 'node:crypto';

const named = new Map<string, string>();

/** The plan-store key of a request (memoised for the last 10,000 named ones: a hash per request costs). */
export function planKey(queryHash: string, operationName: string | undefined): string {
  if (!operationName) return queryHash;
  const id = `${operationName}\u0000${queryHash}`;
  let key = named.get(id);
  if (key === undefined) {
    key = createHash('sha256').update(queryHash).update(operationName).digest('hex');
    if (named.size >= 10_000) named.clear();
    named.set(id, key);
  }
  return key;
}
