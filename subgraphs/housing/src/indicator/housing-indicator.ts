import { defineAgencyIndicator } from '@joined-up/indicators';
import type { HousingTables } from '../tables.js';
import { housingMeasures } from './housing-measures.js';

/** `HousingIndicator`: the housing agency's side of the federated Indicator interface. */
export const housingIndicator = defineAgencyIndicator<HousingTables>('housing', housingMeasures);
