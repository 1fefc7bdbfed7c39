import type { SubgraphContext } from '@joined-up/service';
import type { PersonIndexTables } from './tables.js';

export type PersonIndexContext = SubgraphContext<PersonIndexTables>;
