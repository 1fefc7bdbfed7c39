import { defineAgencySubgraph } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedVoluntary } from '../seed/seed.js';
import { voluntaryArea } from './area/voluntary-area.js';
import { voluntaryMeasures } from './indicator/voluntary-measures.js';
import { PersonVoluntary } from './person/person-voluntary.type.js';
import { PersonVoluntaryResolver } from './person/person.resolver.js';
import { OrganisationResolver } from './organisation/organisation.resolver.js';
import { ServiceResolver } from './service/service.resolver.js';
import type { VoluntaryTables } from './tables.js';

/** The voluntary agency's subgraph: organisations, their services, clients, referrals and participation. */
export const voluntarySubgraph = defineAgencySubgraph({
  agency: 'voluntary',
  migrations,
  seed: seedVoluntary,
  people: { table: 'clients', idColumn: 'client_id', category: 'client', recordIdName: 'voluntary client reference' },
  // The directory, seeded in the same transaction as the clients, is never empty once seeded, even for a population without clients.
  hasData: async (db) => (await db.selectFrom('organisations').select('organisation_id').limit(1).execute()).length > 0,
  resolvers: [ServiceResolver, OrganisationResolver],
  person: {
    type: PersonVoluntary,
    description: "The voluntary sector's records of this person: client records, referrals to services and participation in them; null when the voluntary sector holds none.",
    resolvers: [PersonVoluntaryResolver],
  },
  area: voluntaryArea,
  measures: voluntaryMeasures,
});
