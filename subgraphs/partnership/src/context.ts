import type { SubgraphContext } from '@joined-up/service';
import type { PartnershipTables } from './tables.js';

export type PartnershipContext = SubgraphContext<PartnershipTables>;
