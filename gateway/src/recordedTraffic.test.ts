import { describe, expect, it } from 'vitest';
import { parseRecordedPolicies } from './recordedTraffic.js';

describe("the registry's traffic policies, as a gateway checks them", () => {
  it('takes a list of valid policies by subgraph', () => {
    expect(
      parseRecordedPolicies({ policies: { statistics: { retries: 0, timeoutMs: 3000 }, content: {} } }),
    ).toEqual({ statistics: { retries: 0, timeoutMs: 3000 }, content: {} });
  });

  it('refuses the whole list when one policy is out of bounds or no policy, naming the subgraph', () => {
    expect(() =>
      parseRecordedPolicies({ policies: { content: { retries: 1 }, statistics: { retries: 1000 } } }),
    ).toThrow('the traffic policy of statistics is refused: retries must be from 0 to 10, got 1000');
    expect(() => parseRecordedPolicies({ policies: { statistics: { timeoutMs: '5' } } })).toThrow(
      /timeoutMs must be an integer/,
    );
    for (const body of [null, {}, { policies: [] }, { policies: 'all' }, { policies: { statistics: null } }])
      expect(() => parseRecordedPolicies(body), JSON.stringify(body)).toThrow();
  });
});
