import { defineLoader, manyByKey, notFound, oneByKey } from '@joined-up/federation';
import { sql, type Selectable } from 'kysely';
import type { PartnershipContext } from '../../context.js';
import type { PartnershipTables } from '../../tables.js';
import { Proposal, type CommentRecord, type ProposalRecord, type ResponseRecord } from './proposal.type.js';

/** Proposals with their current version number. */
export function selectProposals(db: PartnershipContext['db']) {
  return db
    .selectFrom('proposals as proposal')
    .selectAll('proposal')
    .select(
      sql<number>`(select max(version.version) from proposal_versions version where version.proposal_id = proposal.proposal_id)`.as('current_version'),
    );
}

export const proposalById = defineLoader<PartnershipContext, string, ProposalRecord | null>('proposalById', async (ids, { db }) => {
  const rows = await selectProposals(db).where('proposal.proposal_id', 'in', ids).execute();
  return oneByKey(ids, rows, (row) => row.proposal_id);
});

export const proposalsByOutcome = defineLoader<PartnershipContext, string, ProposalRecord[]>('proposalsByOutcome', async (ids, { db }) => {
  const rows = await selectProposals(db).where('proposal.outcome_id', 'in', ids).orderBy('proposal.proposed_at', 'desc').orderBy('proposal.proposal_id').execute();
  return manyByKey(ids, rows, (row) => row.outcome_id);
});

/** Every version, newest first. */
export const versionsByProposal = defineLoader<PartnershipContext, string, Selectable<PartnershipTables['proposal_versions']>[]>(
  'proposalVersionsByProposal',
  async (ids, { db }) => {
    const rows = await db.selectFrom('proposal_versions').selectAll().where('proposal_id', 'in', ids).orderBy('version', 'desc').execute();
    return manyByKey(ids, rows, (row) => row.proposal_id);
  },
);

/** The delivering agencies' ids, in id order. */
export const deliveringAgenciesByProposal = defineLoader<PartnershipContext, string, string[]>('deliveringAgenciesByProposal', async (ids, { db }) => {
  const rows = await db.selectFrom('proposal_agencies').selectAll().where('proposal_id', 'in', ids).orderBy('agency_id').execute();
  return manyByKey(ids, rows, (row) => row.proposal_id).map((list) => list.map((row) => row.agency_id));
});

/** Every answer, oldest first: the last one an agency gave to the current version is its standing answer. */
export const responsesByProposal = defineLoader<PartnershipContext, string, ResponseRecord[]>('proposalResponsesByProposal', async (ids, { db }) => {
  const rows = await db.selectFrom('proposal_responses').selectAll().where('proposal_id', 'in', ids).orderBy('response_id').execute();
  return manyByKey(ids, rows, (row) => row.proposal_id);
});

/** Every comment, oldest first; threads are assembled from them in memory. */
export const commentsByProposal = defineLoader<PartnershipContext, string, CommentRecord[]>('proposalCommentsByProposal', async (ids, { db }) => {
  const rows = await db.selectFrom('proposal_comments').selectAll().where('proposal_id', 'in', ids).orderBy('comment_id').execute();
  return manyByKey(ids, rows, (row) => row.proposal_id);
});

/** A proposal by id, or NOT_FOUND. */
export async function loadProposal(context: PartnershipContext, id: string): Promise<Proposal> {
  const record = await context.loaders.load(proposalById, id);
  if (!record) throw notFound(`No proposal has id "${id}". Ask \`proposals\` for the list.`, { argument: 'proposalId' });
  return Proposal.fromRecord(record);
}
