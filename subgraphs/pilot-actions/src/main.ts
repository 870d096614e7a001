import { runSubgraph } from '../../../lib/subgraph/run.js';
import { pilotActions } from './createServer.js';

await runSubgraph(pilotActions);
