import { runSubgraphProcess } from '@joined-up/service';
import { voluntarySubgraph } from './server.js';

runSubgraphProcess(voluntarySubgraph);
