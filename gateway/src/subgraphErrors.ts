/**
 * Why a subgraph fetch failed when the gateway itself stopped it: the errors plugin turns each into
 * `SUBGRAPH_UNAVAILABLE` with its `reason`.
 */

/** A subgraph's answer was longer than its cap: cut, never parsed. */
export class ResponseTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The subgraph's answer is over ${maxBytes} bytes`);
    this.name = 'ResponseTooLargeError';
  }
}

/** The fetch was not sent: the subgraph's circuit is open, or too many fetches wait for it. */
export class SubgraphRefusedError extends Error {
  constructor(readonly reason: 'circuit_open' | 'overloaded') {
    super(
      reason === 'circuit_open'
        ? 'its circuit is open: it failed too often lately, and is not asked until it recovers'
        : 'too many fetches wait for it',
    );
    this.name = 'SubgraphRefusedError';
  }
}
