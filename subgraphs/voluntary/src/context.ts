import type { SubgraphContext } from '@joined-up/service';
import type { VoluntaryTables } from './tables.js';

export type VoluntaryContext = SubgraphContext<VoluntaryTables>;
