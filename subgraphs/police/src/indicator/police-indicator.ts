import { defineAgencyIndicator } from '@joined-up/indicators';
import type { PoliceTables } from '../tables.js';
import { policeMeasures } from './police-measures.js';

/** `PoliceIndicator`: the police agency's side of the federated Indicator interface. */
export const policeIndicator = defineAgencyIndicator<PoliceTables>('police', policeMeasures);
