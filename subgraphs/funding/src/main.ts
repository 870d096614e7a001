import { runSubgraph } from '../../../lib/subgraph/run.js';
import { funding } from './createServer.js';

await runSubgraph(funding);
