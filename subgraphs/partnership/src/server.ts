import { StaticAgreementRegister } from '@joined-up/access';
import { PARTNERSHIP } from '@joined-up/agencies';
import type { SubgraphDefinition } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { seedPartnership } from '../seed/seed.js';
import { buildPartnershipSchema } from './schema.js';
import { readSharingAgreements } from './directory/sharing-agreement/sharing-agreement.loaders.js';
import type { PartnershipTables } from './tables.js';

export const partnershipSubgraph: SubgraphDefinition<PartnershipTables> = {
  name: 'partnership',
  defaultPort: PARTNERSHIP.defaultPort,
  migrations,
  buildSchema: buildPartnershipSchema,
  hasData: async (db) => (await db.selectFrom('agencies').select('agency_id').limit(1).execute()).length > 0,
  seed: seedPartnership,
  agreementRegister: (db) => new StaticAgreementRegister(() => readSharingAgreements(db)),
};
