import { ConfigError } from '../../../lib/config.js';
import { runSubgraph } from '../../../lib/subgraph/run.js';
import { fundingConfigFromEnv, type FundingConfig } from './config.js';
import { createFunding } from './subgraph.js';
import { graphLeadRegions } from './data/pilotActionRegions.js';

let config: FundingConfig;
try {
  config = fundingConfigFromEnv(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`funding: ${error.message}`);
  process.exit(2);
}
await runSubgraph(createFunding({ leadRegions: graphLeadRegions(config.graph) }));
