import type { Selectable } from 'kysely';
import type { IdentifyingColumns } from '@joined-up/db';
import type { SubgraphContext } from '@joined-up/service';

/** The probation service's tables, as Kysely sees them. */
export interface ProbationTables {
  probation_cases: IdentifyingColumns & {
    crn: string;
    office: string;
  };
  supervision_orders: {
    order_id: string;
    crn: string;
    kind: string;
    offence_category: string;
    sentenced_on: string;
    started_on: string;
    ends_on: string;
    ended_on: string | null;
    outcome: string | null;
  };
  order_requirements: {
    requirement_id: string;
    order_id: string;
    kind: string;
    amount: number | null;
    unit: string | null;
    completed: boolean;
  };
}

export type ProbationCaseRecord = Selectable<ProbationTables['probation_cases']>;
export type SupervisionOrderRecord = Selectable<ProbationTables['supervision_orders']>;
export type OrderRequirementRecord = Selectable<ProbationTables['order_requirements']>;

/** What the probation service's resolvers and loaders receive. */
export type ProbationContext = SubgraphContext<ProbationTables>;
