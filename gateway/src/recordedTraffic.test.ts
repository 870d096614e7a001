import { describe, expect, it } from 'vitest';
import { parseRecordedPolicies } from './recordedTraffic.js';
import { policyOf, trafficConfig } from './trafficConfig.js';

describe("the registry's traffic policies, as a gateway checks them", () => {
  it('takes a list of valid policies by subgraph', () => {
    expect(
      parseRecordedPolicies({ policies: { statistics: { retries: 0, timeoutMs: 3000 }, content: {} } }),
    ).toEqual(
      new Map([
        ['statistics', { retries: 0, timeoutMs: 3000 }],
        ['content', {}],
      ]),
    );
  });

  it('keeps names that are also properties of every object as names, and gives them to no other subgraph', () => {
    // JSON.parse makes `__proto__` an own member, as the registry's answer would be read.
    const body: unknown = JSON.parse(
      '{"policies":{"__proto__":{"retries":3},"constructor":{"timeoutMs":900},"toString":{}}}',
    );
    const policies = parseRecordedPolicies(body);
    expect([...policies.keys()]).toEqual(['__proto__', 'constructor', 'toString']);
    expect(policies.get('__proto__')).toEqual({ retries: 3 });
    expect(Object.getPrototypeOf(policies.get('constructor'))).toBe(Object.prototype);
    const config = trafficConfig({});
    // The gateway's variables hold no `constructor` either: the defaults apply under the record.
    expect(policyOf(config, 'constructor', policies.get('constructor')).timeoutMs).toBe(900);
    expect(policyOf(config, 'constructor')).toEqual(config.defaults);
    expect(policyOf(config, '__proto__')).toEqual(config.defaults);
    expect(policyOf(config, 'statistics', policies.get('statistics'))).toEqual(config.defaults);
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
