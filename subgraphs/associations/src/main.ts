import { runSubgraph } from '../../../lib/subgraph/run.js';
import { associations } from './createServer.js';

await runSubgraph(associations);
