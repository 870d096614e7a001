import { runSubgraph } from '../../../lib/subgraph/run.js';
import { pilotActions } from './subgraph.js';

await runSubgraph(pilotActions);
