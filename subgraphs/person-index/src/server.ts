import { PARTNERSHIP, PERSON_INDEX } from '@joined-up/agencies';
import type { SubgraphDefinition } from '@joined-up/service';
import { migrations } from '../migrations/index.js';
import { buildPersonIndexSchema } from './schema.js';
import type { PersonIndexTables } from './tables.js';

/**
 * The partnership's person index, apart from the rest of the partnership:
 * its own database, reading the register of sharing agreements from the
 * partnership over HTTP like every agency. It is not seeded: it is built by
 * linking the agencies' records (`runLinkage`), on first start or on demand.
 */
export const personIndexSubgraph: SubgraphDefinition<PersonIndexTables> = {
  name: PERSON_INDEX.id,
  dataOwner: PARTNERSHIP.id,
  defaultPort: PERSON_INDEX.defaultPort,
  migrations,
  buildSchema: buildPersonIndexSchema,
  hasData: async () => true,
  seed: async () => {},
};

export { runLinkage, type AgencyEndpoint, type LinkageSummary } from './linkage-run/index.js';
