import { defineAgencySubgraph } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedHealth } from '../seed/seed.js';
import { healthArea } from './area/health-area.js';
import { healthMeasures } from './indicator/health-measures.js';
import { PersonHealth } from './person/person-health.type.js';
import { PersonHealthResolver, refuseOptedOut } from './person/person.resolver.js';
import type { HealthTables } from './tables.js';

/** The health agency's subgraph: patients, A&E attendances, admissions and CAMHS referrals. */
export const healthSubgraph = defineAgencySubgraph({
  agency: 'health',
  migrations,
  seed: seedHealth,
  people: { table: 'patients', idColumn: 'nhs_number', category: 'registration', recordIdName: 'NHS number' },
  person: {
    type: PersonHealth,
    description:
      "The health agency's records of this person; null when health holds none, or (with a FORBIDDEN error) when the person has a national data opt-out and the purpose is planning or research.",
    resolvers: [PersonHealthResolver],
    refuse: refuseOptedOut,
  },
  area: healthArea,
  measures: healthMeasures,
});
