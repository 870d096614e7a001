/**
 * The traffic policies partners recorded in the schema registry (`GET /api/traffic-policies`),
 * followed by a gateway whose supergraph comes from there. Each policy is checked again against
 * the same bounds as the registry's (`lib/traffic/settings.ts`): a list holding one that is not
 * valid is refused whole, and the gateway keeps the list it holds.
 */
import type { Logger } from '../../lib/log.js';
import { parseTrafficSettings, type TrafficSettings } from '../../lib/traffic/settings.js';
import { followRegistryDocument, type RegistryFollower } from './supergraph/registryFollower.js';

/** The registry's list, checked. @throws {Error} saying what is wrong with it */
export function parseRecordedPolicies(body: unknown): ReadonlyMap<string, TrafficSettings> {
  const policies = (body as { policies?: unknown } | null)?.policies;
  if (typeof policies !== 'object' || policies === null || Array.isArray(policies))
    throw new Error('the traffic policies are not a JSON object of policies by subgraph');
  // A Map: the names come from the registry, and a name such as `__proto__` or `constructor` must stay a name.
  const checked = new Map<string, TrafficSettings>();
  for (const [subgraph, settings] of Object.entries(policies)) {
    const parsed = parseTrafficSettings(settings);
    if (!parsed.ok)
      throw new Error(`the traffic policy of ${subgraph} is refused: ${parsed.problems.join('; ')}`);
    checked.set(subgraph, parsed.settings);
  }
  return checked;
}

export interface RecordedTrafficOptions {
  readonly registryUrl: string;
  readonly pollIntervalMs: number;
  readonly assertion: () => Promise<string>;
  readonly log: Logger;
  /** Takes each new list, checked. */
  readonly onChange: (policies: ReadonlyMap<string, TrafficSettings>) => void;
}

export function followRecordedTraffic(options: RecordedTrafficOptions): RegistryFollower {
  return followRegistryDocument({
    registryUrl: options.registryUrl,
    path: '/api/traffic-policies',
    pollIntervalMs: options.pollIntervalMs,
    assertion: options.assertion,
    log: options.log,
    onChange: (body) => {
      const policies = parseRecordedPolicies(body);
      options.onChange(policies);
      options.log.info({ subgraphs: [...policies.keys()] }, 'recorded traffic policies applied');
    },
  });
}
