import { personTablePager, type SubgraphDefinition } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedHousing } from '../seed/seed.js';
import { buildHousingSchema } from './schema.js';
import type { HousingTables } from './tables.js';

export const housingSubgraph: SubgraphDefinition<HousingTables> = {
  name: 'housing',
  defaultPort: 4004,
  migrations,
  buildSchema: buildHousingSchema,
  hasData: async (db) => (await db.selectFrom('household_members').select('member_id').limit(1).execute()).length > 0,
  seed: seedHousing,
  linkageRecords: personTablePager<HousingTables>('household_members', 'member_id'),
};
