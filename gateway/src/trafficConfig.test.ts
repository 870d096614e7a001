import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../lib/config.js';
import { DEFAULT_TRAFFIC_POLICY, policyOf, trafficConfig } from './trafficConfig.js';

describe('traffic policies from the environment', () => {
  it('has documented defaults', () => {
    expect(trafficConfig({})).toEqual({ defaults: DEFAULT_TRAFFIC_POLICY, bySubgraph: {} });
    expect(DEFAULT_TRAFFIC_POLICY).toEqual({
      timeoutMs: 10_000,
      maxResponseBytes: 16 * 1024 * 1024,
      maxConcurrent: 64,
      maxQueued: 512,
      retry: { maxRetries: 2, initialDelayMs: 50, maxDelayMs: 1000, budgetPercent: 10 },
      breaker: { failurePercent: 50, windowMs: 10_000, minimumFetches: 20, halfOpenAfterMs: 5000 },
    });
  });

  it("takes every subgraph's defaults, then one subgraph's own over them", () => {
    const config = trafficConfig({
      SUBGRAPH_TIMEOUT_MS: '3000',
      GATEWAY_SUBGRAPH_RETRIES: '1',
      GATEWAY_BREAKER_HALF_OPEN_AFTER_MS: '2000',
      STATISTICS_TIMEOUT_MS: '800',
      PILOT_ACTIONS_RETRIES: '0',
      PILOT_ACTIONS_MAX_RESPONSE_MIB: '4',
      // A subgraph learnt from the registry, once its URL is set; an unrelated variable is no subgraph.
      OBSERVATORY_URL: 'http://127.0.0.1:4900/graphql',
      OBSERVATORY_BREAKER_FAILURE_PERCENT: '20',
      INTEGRA_HTTP_REQUEST_TIMEOUT_MS: '30000',
    });
    expect(config.defaults).toMatchObject({ timeoutMs: 3000, retry: { maxRetries: 1 } });
    expect(Object.keys(config.bySubgraph)).toEqual(['observatory', 'pilot-actions', 'statistics']);
    expect(policyOf(config, 'statistics')).toMatchObject({
      timeoutMs: 800,
      retry: { maxRetries: 1 },
      breaker: { halfOpenAfterMs: 2000 },
    });
    expect(policyOf(config, 'pilot-actions')).toMatchObject({
      timeoutMs: 3000,
      maxResponseBytes: 4 * 1024 * 1024,
      retry: { maxRetries: 0 },
    });
    expect(policyOf(config, 'observatory').breaker.failurePercent).toBe(20);
    expect(policyOf(config, 'services')).toBe(config.defaults);
  });

  it('refuses a value out of bounds, naming the variable', () => {
    for (const [variable, value] of [
      ['GATEWAY_SUBGRAPH_RETRIES', '11'],
      ['GATEWAY_BREAKER_FAILURE_PERCENT', '0'],
      ['GATEWAY_SUBGRAPH_RETRY_BUDGET_PERCENT', '101'],
      ['STATISTICS_TIMEOUT_MS', 'soon'],
      ['SUBGRAPH_TIMEOUT_MS', '-1'],
    ] as const) {
      expect(() => trafficConfig({ [variable]: value })).toThrow(ConfigError);
      expect(() => trafficConfig({ [variable]: value })).toThrow(variable);
    }
  });
});
