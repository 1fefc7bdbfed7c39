import { personTablePager, type SubgraphDefinition } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedVoluntary } from '../seed/seed.js';
import { buildVoluntarySchema } from './schema.js';
import type { VoluntaryTables } from './tables.js';

export const voluntarySubgraph: SubgraphDefinition<VoluntaryTables> = {
  name: 'voluntary',
  defaultPort: 4005,
  migrations,
  buildSchema: buildVoluntarySchema,
  // The directory, seeded in the same transaction as the clients, is never empty once seeded, even for a population without clients.
  hasData: async (db) => (await db.selectFrom('organisations').select('organisation_id').limit(1).execute()).length > 0,
  seed: seedVoluntary,
  linkageRecords: personTablePager<VoluntaryTables>('clients', 'client_id'),
};
