import { runSubgraphProcess } from '@joined-up/service';
import { housingSubgraph } from './server.js';

runSubgraphProcess(housingSubgraph);
