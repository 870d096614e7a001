import { runSubgraph } from '../../../lib/subgraph/run.js';
import { services } from './subgraph.js';

await runSubgraph(services);
