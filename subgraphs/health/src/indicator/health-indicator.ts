import { defineAgencyIndicator } from '@joined-up/indicators';
import type { HealthTables } from '../tables.js';
import { healthMeasures } from './health-measures.js';

/** `HealthIndicator`: the health agency's side of the federated Indicator interface. */
export const healthIndicator = defineAgencyIndicator<HealthTables>('health', healthMeasures);
