import { runSubgraph } from '../../../lib/subgraph/run.js';
import { territories } from './subgraph.js';

await runSubgraph(territories);
