import type { SubgraphContext } from '@joined-up/service';
import type { EducationTables } from './tables.js';

export type EducationContext = SubgraphContext<EducationTables>;
