import { runSubgraphProcess } from '@joined-up/service';
import { partnershipSubgraph } from './server.js';

runSubgraphProcess(partnershipSubgraph);
