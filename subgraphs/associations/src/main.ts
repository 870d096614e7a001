import { runSubgraph } from '../../../lib/subgraph/run.js';
import { associations } from './subgraph.js';

await runSubgraph(associations);
