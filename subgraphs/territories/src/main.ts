import { runSubgraph } from '../../../lib/subgraph/run.js';
import { territories } from './createServer.js';

await runSubgraph(territories);
