import { defineAgencyIndicator } from '@joined-up/indicators';
import type { VoluntaryTables } from '../tables.js';
import { voluntaryMeasures } from './voluntary-measures.js';

/** `VoluntaryIndicator`: the voluntary agency's side of the federated Indicator interface. */
export const voluntaryIndicator = defineAgencyIndicator<VoluntaryTables>('voluntary', voluntaryMeasures);
