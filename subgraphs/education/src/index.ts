import { runSubgraphProcess } from '@joined-up/service';
import { educationSubgraph } from './server.js';

runSubgraphProcess(educationSubgraph);
