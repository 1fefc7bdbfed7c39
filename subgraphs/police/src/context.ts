import type { SubgraphContext } from '@joined-up/service';
import type { PoliceTables } from './tables.js';

export type PoliceContext = SubgraphContext<PoliceTables>;
