import type { Selectable } from 'kysely';
import type { IdentifyingColumns } from '@joined-up/db';
import type { SubgraphContext } from '@joined-up/service';

/** The police agency's tables, as Kysely sees them. */
export interface PoliceTables {
  nominals: IdentifyingColumns & {
    nominal_id: string;
  };
  offences: {
    offence_id: string;
    committed_on: string;
    category: string;
    outcome: string;
    lsoa_code: string;
    local_authority_code: string;
  };
  offence_involvements: {
    offence_id: string;
    nominal_id: string;
    role: string;
  };
  youth_justice_interventions: {
    intervention_id: string;
    nominal_id: string;
    kind: string;
    started_on: string;
    ended_on: string | null;
    first_time_entrant: boolean;
  };
}

export type NominalRecord = Selectable<PoliceTables['nominals']>;
export type OffenceRecord = Selectable<PoliceTables['offences']>;
export type OffenceInvolvementRecord = Selectable<PoliceTables['offence_involvements']>;
export type YouthJusticeInterventionRecord = Selectable<PoliceTables['youth_justice_interventions']>;

/** An involvement read together with the offence it is in, as one row. */
export type InvolvementWithOffenceRecord = OffenceInvolvementRecord & Omit<OffenceRecord, 'offence_id'>;

/** What the police agency's resolvers and loaders receive. */
export type PoliceContext = SubgraphContext<PoliceTables>;
