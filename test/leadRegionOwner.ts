/**
 * The owner of pilot actions, real, for tests of the funding subgraph's writes without a gateway:
 * the pilot-actions subgraph on a free port, asked by the funding subgraph's own graph client with
 * the operation it sends the gateway (which this subgraph answers alike).
 */
import type { DbConfig } from '../lib/db/index.js';
import { pilotActions } from '../subgraphs/pilot-actions/src/subgraph.js';
import { graphLeadRegions, type LeadRegions } from '../subgraphs/funding/src/data/pilotActionRegions.js';
import { startSubgraph } from './subgraphHarness.js';
import { viaGateway } from './assertions.js';

export interface LeadRegionOwner {
  readonly leadRegions: LeadRegions;
  dispose(): Promise<void>;
}

export async function startLeadRegionOwner(config: DbConfig): Promise<LeadRegionOwner> {
  const owner = await startSubgraph(pilotActions, config);
  return {
    leadRegions: graphLeadRegions({ url: owner.url, headers: () => viaGateway('pilot-actions') }),
    dispose: () => owner.dispose(),
  };
}
