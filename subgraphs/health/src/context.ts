import type { SubgraphContext } from '@joined-up/service';
import type { HealthTables } from './tables.js';

export type HealthContext = SubgraphContext<HealthTables>;
