import { personTablePager, type SubgraphDefinition } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedHealth } from '../seed/seed.js';
import { buildHealthSchema } from './schema.js';
import type { HealthTables } from './tables.js';

export const healthSubgraph: SubgraphDefinition<HealthTables> = {
  name: 'health',
  defaultPort: 4001,
  migrations,
  buildSchema: buildHealthSchema,
  hasData: async (db) => (await db.selectFrom('patients').select('nhs_number').limit(1).execute()).length > 0,
  seed: seedHealth,
  linkageRecords: personTablePager<HealthTables>('patients', 'nhs_number'),
};
