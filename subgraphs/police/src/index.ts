import { runSubgraphProcess } from '@joined-up/service';
import { policeSubgraph } from './server.js';

runSubgraphProcess(policeSubgraph);
