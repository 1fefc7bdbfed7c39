import { defineAgencyIndicator } from '@joined-up/indicators';
import type { EducationTables } from '../tables.js';
import { educationMeasures } from './education-measures.js';

/** `EducationIndicator`: the education agency's side of the federated Indicator interface. */
export const educationIndicator = defineAgencyIndicator<EducationTables>('education', educationMeasures);
