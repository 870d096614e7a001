/**
 * The `x-request-id` header: the gateway makes a fresh id for every request, returns it to the
 * client and sends it to the subgraphs, which keep it with their logs and audit rows. A client's
 * own `x-request-id` is only logged by the gateway (`clientRequestId`), never propagated.
 */
export const REQUEST_ID_HEADER = 'x-request-id';

// A client's id is kept only when it is short and plain, so it cannot smuggle anything into logs.
const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The request id of a header value, or `undefined` when it is missing or not safe to log. */
export function safeRequestId(value: string | string[] | undefined): string | undefined {
  const first = (Array.isArray(value) ? value[0] : value)?.trim();
  return first !== undefined && SAFE_REQUEST_ID.test(first) ? first : undefined;
}
