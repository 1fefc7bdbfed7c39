import type { Kysely } from 'kysely';
import type { PartnershipTables } from '../tables.js';

/**
 * Who stands in a relationship to one of the partnership's records: the
 * agencies (and, for some records, individual officers) whose leads or
 * officers may act on it. Null when the record does not exist.
 */
export interface Holders {
  /** What the record is, for messages: e.g. `outcome OUT-LAMBETH-SELF-HARM`. */
  subject: string;
  agencies: string[];
  officers: string[];
}

export interface Relationship {
  /** The relationship in words, completing "… or an officer of …", e.g. "the outcome's lead agency". */
  describe: string;
  /** The kind of record the subject id names, for NOT_FOUND. */
  kind: string;
  holders(db: Kysely<PartnershipTables>, subjectId: string): Promise<Holders | null>;
}

type Db = Kysely<PartnershipTables>;

async function outcomeAgencies(db: Db, outcomeId: string, leadOnly: boolean): Promise<Holders | null> {
  const outcome = await db.selectFrom('outcomes').select('outcome_id').where('outcome_id', '=', outcomeId).executeTakeFirst();
  if (!outcome) return null;
  let roles = db.selectFrom('outcome_roles').select('agency_id').where('outcome_id', '=', outcomeId);
  if (leadOnly) roles = roles.where('role', '=', 'LEAD');
  const rows = await roles.orderBy('agency_id').execute();
  return { subject: `outcome ${outcomeId}`, agencies: rows.map((row) => row.agency_id), officers: [] };
}

/** The agency with the LEAD role on an outcome (none until one is assigned). */
export const LEAD_AGENCY_OF_OUTCOME: Relationship = {
  describe: "the outcome's lead agency",
  kind: 'outcome',
  holders: (db, outcomeId) => outcomeAgencies(db, outcomeId, true),
};

/** Every agency with a role (lead or contributor) on an outcome. */
export const AGENCY_ON_OUTCOME: Relationship = {
  describe: 'an agency with a role on the outcome',
  kind: 'outcome',
  holders: (db, outcomeId) => outcomeAgencies(db, outcomeId, false),
};

/** The lead agency of the outcome an indicator measures. */
export const LEAD_AGENCY_OF_INDICATOR: Relationship = {
  describe: "the lead agency of the indicator's outcome",
  kind: 'indicator',
  async holders(db, indicatorId) {
    const indicator = await db.selectFrom('indicators').select('outcome_id').where('indicator_id', '=', indicatorId).executeTakeFirst();
    const holders = indicator && (await outcomeAgencies(db, indicator.outcome_id, true));
    return holders ? { ...holders, subject: `indicator ${indicatorId} of ${holders.subject}` } : null;
  },
};

/** The agencies party to an operating agreement. */
export const PARTY_TO_OPERATING_AGREEMENT: Relationship = {
  describe: 'a party to the operating agreement',
  kind: 'operating agreement',
  async holders(db, agreementId) {
    const agreement = await db.selectFrom('operating_agreements').select('agreement_id').where('agreement_id', '=', agreementId).executeTakeFirst();
    if (!agreement) return null;
    const parties = await db.selectFrom('operating_agreement_parties').select('agency_id').where('agreement_id', '=', agreementId).orderBy('agency_id').execute();
    return { subject: `operating agreement ${agreementId}`, agencies: parties.map((row) => row.agency_id), officers: [] };
  },
};

/** The agency whose officer proposed a policy. */
export const PROPOSING_AGENCY: Relationship = {
  describe: 'the agency that proposed it',
  kind: 'proposal',
  async holders(db, proposalId) {
    const row = await db
      .selectFrom('proposals')
      .innerJoin('officers', 'officers.officer_id', 'proposals.proposed_by')
      .select(['officers.agency_id', 'proposals.proposed_by'])
      .where('proposals.proposal_id', '=', proposalId)
      .executeTakeFirst();
    return row ? { subject: `proposal ${proposalId}`, agencies: [row.agency_id], officers: [row.proposed_by] } : null;
  },
};

/** The lead agency of the outcome a proposal is about. */
export const LEAD_AGENCY_OF_PROPOSAL: Relationship = {
  describe: "the lead agency of the proposal's outcome",
  kind: 'proposal',
  async holders(db, proposalId) {
    const proposal = await db.selectFrom('proposals').select('outcome_id').where('proposal_id', '=', proposalId).executeTakeFirst();
    const holders = proposal && (await outcomeAgencies(db, proposal.outcome_id, true));
    return holders ? { ...holders, subject: `proposal ${proposalId} on ${holders.subject}` } : null;
  },
};

/** The agencies named to deliver a proposal. */
export const DELIVERING_AGENCY_OF_PROPOSAL: Relationship = {
  describe: 'a delivering agency of the proposal',
  kind: 'proposal',
  async holders(db, proposalId) {
    const proposal = await db.selectFrom('proposals').select('proposal_id').where('proposal_id', '=', proposalId).executeTakeFirst();
    if (!proposal) return null;
    const rows = await db.selectFrom('proposal_agencies').select('agency_id').where('proposal_id', '=', proposalId).orderBy('agency_id').execute();
    return { subject: `proposal ${proposalId}`, agencies: rows.map((row) => row.agency_id), officers: [] };
  },
};

/** Delivering agencies of a proposal and the partnership team (the centre), who discuss it. */
export const DISCUSSANT_OF_PROPOSAL: Relationship = {
  describe: 'a delivering agency of the proposal or the partnership team',
  kind: 'proposal',
  async holders(db, proposalId) {
    const delivering = await DELIVERING_AGENCY_OF_PROPOSAL.holders(db, proposalId);
    if (!delivering) return null;
    const centre = await db.selectFrom('agencies').select('agency_id').where('kind', '=', 'centre').execute();
    return { ...delivering, agencies: [...delivering.agencies, ...centre.map((row) => row.agency_id)] };
  },
};

/** The agency feedback was sent to (the partnership team answers for the centre and community groups), and the outcome's accountable lead. */
export const RECIPIENT_OF_FEEDBACK: Relationship = {
  describe: "the agency it was sent to (the partnership team for the centre and community groups), or the outcome's accountable lead",
  kind: 'feedback',
  async holders(db, feedbackId) {
    const feedback = await db.selectFrom('feedback').select(['to_agency_id', 'outcome_id']).where('feedback_id', '=', feedbackId).executeTakeFirst();
    if (!feedback) return null;
    const lead = await db
      .selectFrom('accountabilities')
      .select('officer_id')
      .where('outcome_id', '=', feedback.outcome_id)
      .where('held_until', 'is', null)
      .executeTakeFirst();
    return { subject: `feedback ${feedbackId}`, agencies: [feedback.to_agency_id ?? 'partnership'], officers: lead ? [lead.officer_id] : [] };
  },
};

/** The agency whose officer opened a consultation. */
export const OPENER_OF_CONSULTATION: Relationship = {
  describe: 'the agency that opened the consultation',
  kind: 'consultation',
  async holders(db, consultationId) {
    const row = await db
      .selectFrom('consultations')
      .innerJoin('officers', 'officers.officer_id', 'consultations.opened_by')
      .select('officers.agency_id')
      .where('consultations.consultation_id', '=', consultationId)
      .executeTakeFirst();
    return row ? { subject: `consultation ${consultationId}`, agencies: [row.agency_id], officers: [] } : null;
  },
};
