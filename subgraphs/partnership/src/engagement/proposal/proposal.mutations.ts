import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { idempotent, idempotencyKeyArg } from '@joined-up/service';
import { sql, type Transaction } from 'kysely';
import { badUserInput, conflict, notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import type { PartnershipTables } from '../../tables.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { checkIdempotencyKey } from '../../idempotency/idempotency-key.js';
import { conflictOnDuplicate } from '../../validation/conflict-on-duplicate.js';
import { InputProblems } from '../../validation/input-problems.js';
import { newReference } from '../../reference/new-reference.js';
import { adoptionBlockers, refuseAdoption } from './proposal-standing.js';
import { ProposalAnswerInput, ProposalCommentInput, ProposalInput, ProposalRevisionInput } from './proposal.inputs.js';
import { loadProposal } from './proposal.loaders.js';
import { Proposal, ProposalComment, ProposalState, ResponseStance } from './proposal.type.js';

/** The proposal, locked against concurrent revision, answers and adoption until the transaction ends. */
async function lockProposal(trx: Transaction<PartnershipTables>, proposalId: string) {
  const proposal = await trx.selectFrom('proposals').selectAll().where('proposal_id', '=', proposalId).forUpdate().executeTakeFirst();
  if (!proposal) throw notFound(`No proposal has id "${proposalId}". Ask \`proposals\` for the list.`, { argument: 'proposalId' });
  const { version } = await trx
    .selectFrom('proposal_versions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('proposal_id', '=', proposalId)
    .executeTakeFirstOrThrow();
  const agencies = (await trx.selectFrom('proposal_agencies').select('agency_id').where('proposal_id', '=', proposalId).orderBy('agency_id').execute()).map(
    (row) => row.agency_id,
  );
  return { proposal, currentVersion: Number(version), agencies };
}

function requireConsulting(proposal: { proposal_id: string; state: string }, action: string): void {
  if (proposal.state !== ProposalState.CONSULTING) {
    throw conflict(`Proposal ${proposal.proposal_id} was adopted; it can no longer ${action}. Propose a new one to change it.`, { reason: 'ADOPTED' });
  }
}

@Resolver()
export class ProposalMutations {
  @Mutation(() => Proposal, {
    description: 'Propose a policy on a shared outcome to the agencies that would deliver it (version 1). Needs a partnership-admin or lead role.',
  })
  async createProposal(
    @Arg('input', () => ProposalInput, { description: 'The proposal.' }) input: ProposalInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Proposal> {
    requireRoleFor(context, 'createProposal');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const title = problems.text('input.title', input.title, 200)!;
    const body = problems.text('input.body', input.body, 20_000)!;
    problems.check(input.deliveringAgencyIds.length > 0, 'input.deliveringAgencyIds', 'Name at least one delivering agency in `input.deliveringAgencyIds`.');
    problems.distinct('input.deliveringAgencyIds', input.deliveringAgencyIds);
    problems.throwIfAny();
    const request = { key: idempotencyKey, operation: 'createProposal', input, officerId: context.identity.officerId };
    const { proposalId } = await idempotent(context, request, async (trx) => {
      const officer = await authorise(trx, context, 'createProposal', input.outcomeId);
      const outcome = await trx.selectFrom('outcomes').select('outcome_id').where('outcome_id', '=', input.outcomeId).executeTakeFirst();
      if (!outcome) throw notFound(`No outcome has id "${input.outcomeId}". Ask \`outcomes\` for the list.`, { argument: 'input.outcomeId' });
      const agencies = await trx.selectFrom('agencies').select(['agency_id', 'kind']).where('agency_id', 'in', input.deliveringAgencyIds).execute();
      for (const id of input.deliveringAgencyIds) {
        const agency = agencies.find((row) => row.agency_id === id);
        if (!agency) throw notFound(`No agency has id "${id}". Ask \`agencies\` for the list.`, { argument: 'input.deliveringAgencyIds', value: id });
        if (agency.kind === 'centre') throw badUserInput(`The partnership team proposes and adopts; it is not a delivering agency.`, { argument: 'input.deliveringAgencyIds', value: id });
      }
      const id = newReference('PROP');
      await trx.insertInto('proposals').values({ proposal_id: id, outcome_id: input.outcomeId, title, proposed_by: officer.officer_id }).execute();
      await trx.insertInto('proposal_versions').values({ proposal_id: id, version: 1, body, change_note: null, edited_by: officer.officer_id }).execute();
      await trx.insertInto('proposal_agencies').values(input.deliveringAgencyIds.map((agency_id) => ({ proposal_id: id, agency_id }))).execute();
      return { proposalId: id };
    });
    return loadProposal(context, proposalId);
  }

  @Mutation(() => Proposal, {
    description:
      'Revise a proposal: a new version, with a note of what changed. Earlier versions and their answers are kept; every delivering agency answers the new version again. Needs a partnership-admin or lead role.',
  })
  async reviseProposal(
    @Arg('proposalId', () => ID, { description: 'The proposal.' }) proposalId: string,
    @Arg('input', () => ProposalRevisionInput, { description: 'The new version.' }) input: ProposalRevisionInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Proposal> {
    requireRoleFor(context, 'reviseProposal');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const body = problems.text('input.body', input.body, 20_000)!;
    const changeNote = problems.text('input.changeNote', input.changeNote, 2000)!;
    const title = problems.optionalText('input.title', input.title, 200);
    problems.throwIfAny();
    const request = { key: idempotencyKey, operation: 'reviseProposal', input: { proposalId, input }, officerId: context.identity.officerId };
    await conflictOnDuplicate(`Proposal ${proposalId} was revised by someone else at the same moment; read the new version and try again.`, () =>
      idempotent(context, request, async (trx) => {
        const officer = await authorise(trx, context, 'reviseProposal', proposalId);
        const { proposal, currentVersion } = await lockProposal(trx, proposalId);
        requireConsulting(proposal, 'be revised');
        if (input.fromVersion !== currentVersion) {
          throw conflict(`You edited version ${input.fromVersion} but proposal ${proposalId} is now at version ${currentVersion}. Read it and revise that.`, {
            reason: 'STALE_VERSION',
            currentVersion,
          });
        }
        await trx
          .insertInto('proposal_versions')
          .values({ proposal_id: proposalId, version: currentVersion + 1, body, change_note: changeNote, edited_by: officer.officer_id })
          .execute();
        if (title) await trx.updateTable('proposals').set({ title }).where('proposal_id', '=', proposalId).execute();
        return { version: currentVersion + 1 };
      }),
    );
    return loadProposal(context, proposalId);
  }

  @Mutation(() => Proposal, {
    description:
      "Your agency's answer to the current version: sign-off, or objection with reasons. Only a lead of a delivering agency answers, for their own agency; a later answer to the same version replaces the earlier one.",
  })
  async respondToProposal(
    @Arg('proposalId', () => ID, { description: 'The proposal.' }) proposalId: string,
    @Arg('input', () => ProposalAnswerInput, { description: 'The answer.' }) input: ProposalAnswerInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Proposal> {
    requireRoleFor(context, 'respondToProposal');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const reasons = problems.optionalText('input.reasons', input.reasons, 4000);
    if (input.stance === ResponseStance.OBJECTION && !input.reasons?.trim()) {
      problems.add('input.reasons', 'An objection must say why in `input.reasons`, so that the proposal can be revised to meet it.');
    }
    problems.throwIfAny();
    const request = { key: idempotencyKey, operation: 'respondToProposal', input: { proposalId, input }, officerId: context.identity.officerId };
    await idempotent(context, request, async (trx) => {
      const officer = await authorise(trx, context, 'respondToProposal', proposalId);
      const { proposal, currentVersion } = await lockProposal(trx, proposalId);
      requireConsulting(proposal, 'be answered');
      if (input.version !== currentVersion) {
        throw conflict(`Version ${input.version} is not the current version of proposal ${proposalId}; answer version ${currentVersion}.`, {
          reason: 'STALE_VERSION',
          currentVersion,
        });
      }
      await trx
        .insertInto('proposal_responses')
        .values({ proposal_id: proposalId, agency_id: officer.agency_id, version: currentVersion, stance: input.stance, reasons, responded_by: officer.officer_id })
        .execute();
      return { version: currentVersion };
    });
    return loadProposal(context, proposalId);
  }

  @Mutation(() => ProposalComment, {
    description:
      'Comment on a proposal, on an answer, or reply to a comment. Open to officers of the delivering agencies and of the partnership team who work on delivery (partnership-admin, lead, analyst or caseworker).',
  })
  async commentOnProposal(
    @Arg('proposalId', () => ID, { description: 'The proposal.' }) proposalId: string,
    @Arg('input', () => ProposalCommentInput, { description: 'The comment.' }) input: ProposalCommentInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<ProposalComment> {
    requireRoleFor(context, 'commentOnProposal');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const body = problems.text('input.body', input.body, 4000)!;
    const parentId = numericReference(problems, input.inReplyTo, 'input.inReplyTo');
    const responseId = numericReference(problems, input.responseId, 'input.responseId');
    problems.throwIfAny();
    const request = { key: idempotencyKey, operation: 'commentOnProposal', input: { proposalId, input }, officerId: context.identity.officerId };
    const { commentId } = await idempotent(context, request, async (trx) => {
      const officer = await authorise(trx, context, 'commentOnProposal', proposalId);
      await lockProposal(trx, proposalId);
      let threadResponse = responseId;
      if (parentId !== null) {
        const parent = await trx.selectFrom('proposal_comments').selectAll().where('comment_id', '=', parentId).executeTakeFirst();
        if (!parent || parent.proposal_id !== proposalId) throw notFound(`Proposal ${proposalId} has no comment ${parentId} to reply to.`, { argument: 'input.inReplyTo' });
        if (responseId !== null && responseId !== parent.response_id) {
          throw badUserInput('A reply belongs to the thread of the comment it answers: omit `input.responseId` when replying.', { argument: 'input.responseId' });
        }
        threadResponse = parent.response_id;
      } else if (responseId !== null) {
        const response = await trx.selectFrom('proposal_responses').select('proposal_id').where('response_id', '=', responseId).executeTakeFirst();
        if (!response || response.proposal_id !== proposalId) throw notFound(`Proposal ${proposalId} has no answer ${responseId}.`, { argument: 'input.responseId' });
      }
      const inserted = await trx
        .insertInto('proposal_comments')
        .values({ proposal_id: proposalId, response_id: threadResponse, in_reply_to: parentId, author: officer.officer_id, agency_id: officer.agency_id, body })
        .returning('comment_id')
        .executeTakeFirstOrThrow();
      return { commentId: Number(inserted.comment_id) };
    });
    const row = await context.db.selectFrom('proposal_comments').selectAll().where('comment_id', '=', commentId).executeTakeFirstOrThrow();
    return ProposalComment.fromRecord(row);
  }

  @Mutation(() => Proposal, {
    description:
      'Adopt a proposal. Refused with CONFLICT (extensions.reason AWAITING_ANSWERS, with `awaiting` agency ids) while any delivering agency has not answered the current version, and (reason OBJECTED, with `objecting`) while any of them objects to it. Needs a partnership-admin or lead role.',
  })
  async adoptProposal(
    @Arg('proposalId', () => ID, { description: 'The proposal.' }) proposalId: string,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Proposal> {
    requireRoleFor(context, 'adoptProposal');
    checkIdempotencyKey(idempotencyKey);
    const request = { key: idempotencyKey, operation: 'adoptProposal', input: { proposalId }, officerId: context.identity.officerId };
    await idempotent(context, request, async (trx) => {
      const officer = await authorise(trx, context, 'adoptProposal', proposalId);
      const { proposal, currentVersion, agencies } = await lockProposal(trx, proposalId);
      requireConsulting(proposal, 'be adopted again');
      const responses = await trx.selectFrom('proposal_responses').selectAll().where('proposal_id', '=', proposalId).orderBy('response_id').execute();
      refuseAdoption(proposalId, currentVersion, adoptionBlockers(agencies, responses, currentVersion));
      await trx
        .updateTable('proposals')
        .set({ state: ProposalState.ADOPTED, adopted_by: officer.officer_id, adopted_at: sql<Date>`now()` })
        .where('proposal_id', '=', proposalId)
        .execute();
      return { version: currentVersion };
    });
    return loadProposal(context, proposalId);
  }
}

/** An optional comment or answer reference: null when absent. */
function numericReference(problems: InputProblems, value: string | null | undefined, field: string): number | null {
  if (value === undefined || value === null) return null;
  return problems.check(/^[1-9]\d{0,15}$/.test(value), field, `\`${field}\` must be a comment or answer reference (a number), got "${value}".`) ? Number(value) : null;
}
