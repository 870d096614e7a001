import { runSubgraph } from '../../../lib/subgraph/run.js';
import { statistics } from './subgraph.js';

await runSubgraph(statistics);
