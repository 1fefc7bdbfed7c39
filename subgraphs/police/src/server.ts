import { personTablePager, type SubgraphDefinition } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedPolice } from '../seed/seed.js';
import { buildPoliceSchema } from './schema.js';
import type { PoliceTables } from './tables.js';

export const policeSubgraph: SubgraphDefinition<PoliceTables> = {
  name: 'police',
  defaultPort: 4002,
  migrations,
  buildSchema: buildPoliceSchema,
  hasData: async (db) => (await db.selectFrom('nominals').select('nominal_id').limit(1).execute()).length > 0,
  seed: seedPolice,
  linkageRecords: personTablePager<PoliceTables>('nominals', 'nominal_id'),
};
