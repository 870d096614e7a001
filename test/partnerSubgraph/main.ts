import { runSubgraph } from '../../lib/subgraph/run.js';
import { culture } from './subgraph.js';

await runSubgraph(culture);
