import type { SubgraphContext } from '@joined-up/service';
import type { HousingTables } from './tables.js';

export type HousingContext = SubgraphContext<HousingTables>;
