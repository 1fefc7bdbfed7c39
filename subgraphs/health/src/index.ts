import { runSubgraphProcess } from '@joined-up/service';
import { healthSubgraph } from './server.js';

runSubgraphProcess(healthSubgraph);
