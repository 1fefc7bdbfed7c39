import { defineAgencySubgraph } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedProbation } from '../seed/seed.js';
import { probationArea } from './area/probation-area.js';
import { probationMeasures } from './indicator/probation-measures.js';
import { PersonProbation } from './person/person-probation.type.js';
import { PersonProbationResolver } from './person/person.resolver.js';
import type { ProbationTables } from './tables.js';

/** The probation service's subgraph: people on probation, their supervision orders and licences, and each order's requirements. */
export const probationSubgraph = defineAgencySubgraph({
  agency: 'probation',
  migrations,
  seed: seedProbation,
  people: { table: 'probation_cases', idColumn: 'crn', category: 'case', recordIdName: 'probation case reference number (CRN)' },
  person: {
    type: PersonProbation,
    description: "The probation service's records of this person: cases, and supervision orders and licences with their requirements; null when probation holds none.",
    resolvers: [PersonProbationResolver],
  },
  area: probationArea,
  measures: probationMeasures,
});
