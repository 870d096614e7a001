import { runSubgraph } from '../../../lib/subgraph/run.js';
import { content } from './subgraph.js';

await runSubgraph(content);
