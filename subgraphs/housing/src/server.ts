import { defineAgencySubgraph } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedHousing } from '../seed/seed.js';
import { housingArea } from './area/housing-area.js';
import { housingMeasures } from './indicator/housing-measures.js';
import { PersonHousing } from './person/person-housing.type.js';
import { PersonHousingResolver } from './person/person.resolver.js';
import type { HousingTables } from './tables.js';

/** The housing agency's subgraph: households, tenancies and rent arrears, homelessness applications and temporary accommodation. */
export const housingSubgraph = defineAgencySubgraph({
  agency: 'housing',
  migrations,
  seed: seedHousing,
  people: { table: 'household_members', idColumn: 'member_id', category: 'household', recordIdName: 'household member reference' },
  person: {
    type: PersonHousing,
    description: "The housing agency's records of this person; null when housing holds none.",
    resolvers: [PersonHousingResolver],
  },
  area: housingArea,
  measures: housingMeasures,
});
