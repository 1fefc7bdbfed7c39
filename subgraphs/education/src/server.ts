import { personTablePager, type SubgraphDefinition } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedEducation } from '../seed/seed.js';
import { buildEducationSchema } from './schema.js';
import type { EducationTables } from './tables.js';

export const educationSubgraph: SubgraphDefinition<EducationTables> = {
  name: 'education',
  defaultPort: 4003,
  migrations,
  buildSchema: buildEducationSchema,
  hasData: async (db) => (await db.selectFrom('pupils').select('upn').limit(1).execute()).length > 0,
  seed: seedEducation,
  linkageRecords: personTablePager<EducationTables>('pupils', 'upn'),
};
