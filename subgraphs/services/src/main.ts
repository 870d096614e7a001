import { runSubgraph } from '../../../lib/subgraph/run.js';
import { services } from './createServer.js';

await runSubgraph(services);
