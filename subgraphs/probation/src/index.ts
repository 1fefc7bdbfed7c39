import { runSubgraphProcess } from '@joined-up/service';
import { probationSubgraph } from './server.js';

runSubgraphProcess(probationSubgraph);
