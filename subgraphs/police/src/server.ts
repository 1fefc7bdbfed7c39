import { defineAgencySubgraph } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedPolice } from '../seed/seed.js';
import { policeArea } from './area/police-area.js';
import { policeMeasures } from './indicator/police-measures.js';
import { PersonPolice } from './person/person-police.type.js';
import { PersonPoliceResolver } from './person/person.resolver.js';
import type { PoliceTables } from './tables.js';

/** The police agency's subgraph: nominals, offences and the people involved in them, and youth justice interventions. */
export const policeSubgraph = defineAgencySubgraph({
  agency: 'police',
  migrations,
  seed: seedPolice,
  people: { table: 'nominals', idColumn: 'nominal_id', category: 'nominal', recordIdName: 'police nominal reference' },
  person: {
    type: PersonPolice,
    description: 'The police records of this person; null when the police hold none.',
    resolvers: [PersonPoliceResolver],
  },
  area: policeArea,
  measures: policeMeasures,
});
