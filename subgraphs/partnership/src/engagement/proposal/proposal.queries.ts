import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { PartnershipContext } from '../../context.js';
import { Agency } from '../../directory/agency/agency.type.js';
import { agencyById } from '../../directory/agency/agency.loaders.js';
import { Officer } from '../../directory/officer/officer.type.js';
import { officerById } from '../../directory/officer/officer.loaders.js';
import { Outcome } from '../../outcomes/outcome/outcome.type.js';
import { loadOutcome } from '../../outcomes/outcome/outcome.loaders.js';
import { adoptionBlockers, standingAnswers } from './proposal-standing.js';
import { commentsByProposal, deliveringAgenciesByProposal, loadProposal, responsesByProposal, selectProposals, versionsByProposal } from './proposal.loaders.js';
import { Proposal, ProposalComment, ProposalResponse, ProposalStanding, ProposalState, ProposalVersion, ResponseStance, type ResponseRecord } from './proposal.type.js';

async function officer(context: PartnershipContext, id: string): Promise<Officer> {
  return Officer.fromRecord((await context.loaders.load(officerById, id))!);
}

function toResponse(record: ResponseRecord, standing: boolean): ProposalResponse {
  return Object.assign(new ProposalResponse(), {
    id: String(record.response_id),
    version: record.version,
    stance: record.stance as ResponseStance,
    reasons: record.reasons,
    respondedAt: new Date(record.responded_at).toISOString(),
    standing,
    proposalId: record.proposal_id,
    agencyId: record.agency_id,
    respondedById: record.responded_by,
  });
}

/** Every answer of a proposal, each marked whether it is its agency's standing answer. */
async function responsesOf(proposal: Proposal, context: PartnershipContext): Promise<ProposalResponse[]> {
  const [agencies, responses] = await Promise.all([
    context.loaders.load(deliveringAgenciesByProposal, proposal.id),
    context.loaders.load(responsesByProposal, proposal.id),
  ]);
  const standing = new Set([...standingAnswers(agencies, responses, proposal.currentVersionNumber).values()]);
  return responses.map((record) => toResponse(record, standing.has(record)));
}

@Resolver(() => Proposal)
export class ProposalQueries {
  @Query(() => [Proposal], { description: 'Policy proposals, newest first, optionally for one outcome or in one state. Open to any officer.' })
  async proposals(
    @Ctx() { db }: PartnershipContext,
    @Arg('outcomeId', () => ID, { nullable: true, description: 'Only proposals on this outcome.' }) outcomeId?: string,
    @Arg('state', () => ProposalState, { nullable: true, description: 'Only proposals in this state.' }) state?: ProposalState,
  ): Promise<Proposal[]> {
    let query = selectProposals(db).orderBy('proposal.proposed_at', 'desc').orderBy('proposal.proposal_id');
    if (outcomeId) query = query.where('proposal.outcome_id', '=', outcomeId);
    if (state) query = query.where('proposal.state', '=', state);
    return (await query.execute()).map(Proposal.fromRecord);
  }

  @Query(() => Proposal, { description: 'One proposal by id.' })
  proposal(@Arg('id', () => ID, { description: 'Proposal reference.' }) id: string, @Ctx() context: PartnershipContext): Promise<Proposal> {
    return loadProposal(context, id);
  }

  @FieldResolver(() => Outcome, { description: 'The shared outcome the proposal serves.' })
  outcome(@Root() proposal: Proposal, @Ctx() context: PartnershipContext): Promise<Outcome> {
    return loadOutcome(context, proposal.outcomeId);
  }

  @FieldResolver(() => Officer, { description: 'Who first proposed it.' })
  proposedBy(@Root() proposal: Proposal, @Ctx() context: PartnershipContext): Promise<Officer> {
    return officer(context, proposal.proposedById);
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'Who adopted it; null while consulting.' })
  async adoptedBy(@Root() proposal: Proposal, @Ctx() context: PartnershipContext): Promise<Officer | null> {
    return proposal.adoptedById ? officer(context, proposal.adoptedById) : null;
  }

  @FieldResolver(() => ProposalVersion, { description: 'The current version: the text the agencies are answering.' })
  async currentVersion(@Root() proposal: Proposal, @Ctx() context: PartnershipContext): Promise<ProposalVersion> {
    return (await this.versions(proposal, context))[0];
  }

  @FieldResolver(() => [ProposalVersion], { description: 'Every version, newest first: the history of the proposal as it was answered.' })
  async versions(@Root() proposal: Proposal, @Ctx() context: PartnershipContext): Promise<ProposalVersion[]> {
    return (await context.loaders.load(versionsByProposal, proposal.id)).map((row) =>
      Object.assign(new ProposalVersion(), {
        number: row.version,
        body: row.body,
        changeNote: row.change_note,
        createdAt: new Date(row.created_at).toISOString(),
        editedById: row.edited_by,
      }),
    );
  }

  @FieldResolver(() => [Agency], { description: 'The agencies that would deliver it, each of which must sign off the current version before adoption.' })
  async deliveringAgencies(@Root() proposal: Proposal, @Ctx() context: PartnershipContext): Promise<Agency[]> {
    return (await context.loaders.loadFound(agencyById, await context.loaders.load(deliveringAgenciesByProposal, proposal.id))).map(Agency.fromRecord);
  }

  @FieldResolver(() => [ProposalResponse], { description: 'Every answer given, to every version, newest first.' })
  async responses(@Root() proposal: Proposal, @Ctx() context: PartnershipContext): Promise<ProposalResponse[]> {
    return (await responsesOf(proposal, context)).reverse();
  }

  @FieldResolver(() => [ProposalStanding], { description: 'Where each delivering agency stands on the current version, in agency order.' })
  async standing(@Root() proposal: Proposal, @Ctx() context: PartnershipContext): Promise<ProposalStanding[]> {
    const [agencies, responses] = await Promise.all([
      context.loaders.load(deliveringAgenciesByProposal, proposal.id),
      context.loaders.load(responsesByProposal, proposal.id),
    ]);
    return [...standingAnswers(agencies, responses, proposal.currentVersionNumber)].map(([agencyId, answer]) =>
      Object.assign(new ProposalStanding(), {
        agencyId,
        answered: answer !== null,
        stance: answer ? (answer.stance as ResponseStance) : null,
        response: answer ? toResponse(answer, true) : null,
      }),
    );
  }

  @FieldResolver(() => [Agency], { description: 'Delivering agencies that have not yet answered the current version. Adoption waits for them.' })
  async awaiting(@Root() proposal: Proposal, @Ctx() context: PartnershipContext): Promise<Agency[]> {
    const ids = adoptionBlockers(
      await context.loaders.load(deliveringAgenciesByProposal, proposal.id),
      await context.loaders.load(responsesByProposal, proposal.id),
      proposal.currentVersionNumber,
    ).awaiting;
    return (await context.loaders.loadFound(agencyById, ids)).map(Agency.fromRecord);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when every delivering agency has signed off the current version and none objects: `adoptProposal` will succeed.',
  })
  async readyToAdopt(@Root() proposal: Proposal, @Ctx() context: PartnershipContext): Promise<boolean> {
    if (proposal.state !== ProposalState.CONSULTING) return false;
    const blockers = adoptionBlockers(
      await context.loaders.load(deliveringAgenciesByProposal, proposal.id),
      await context.loaders.load(responsesByProposal, proposal.id),
      proposal.currentVersionNumber,
    );
    return blockers.awaiting.length === 0 && blockers.objecting.length === 0;
  }

  @FieldResolver(() => [ProposalComment], { description: 'Discussion of the proposal as a whole: the heads of its threads, oldest first, each with its replies.' })
  async comments(@Root() proposal: Proposal, @Ctx() context: PartnershipContext): Promise<ProposalComment[]> {
    const rows = await context.loaders.load(commentsByProposal, proposal.id);
    return rows.filter((row) => row.in_reply_to === null && row.response_id === null).map(ProposalComment.fromRecord);
  }
}

@Resolver(() => ProposalVersion)
export class ProposalVersionQueries {
  @FieldResolver(() => Officer, { description: 'Who wrote this version.' })
  editedBy(@Root() version: ProposalVersion, @Ctx() context: PartnershipContext): Promise<Officer> {
    return officer(context, version.editedById);
  }
}

@Resolver(() => ProposalResponse)
export class ProposalResponseQueries {
  @FieldResolver(() => Agency, { description: 'The delivering agency that answered.' })
  async agency(@Root() response: ProposalResponse, @Ctx() context: PartnershipContext): Promise<Agency> {
    return Agency.fromRecord((await context.loaders.load(agencyById, response.agencyId))!);
  }

  @FieldResolver(() => Officer, { description: "The agency's lead who gave the answer." })
  respondedBy(@Root() response: ProposalResponse, @Ctx() context: PartnershipContext): Promise<Officer> {
    return officer(context, response.respondedById);
  }

  @FieldResolver(() => [ProposalComment], { description: 'Discussion of this answer: the heads of its threads, oldest first, each with its replies.' })
  async comments(@Root() response: ProposalResponse, @Ctx() context: PartnershipContext): Promise<ProposalComment[]> {
    const rows = await context.loaders.load(commentsByProposal, response.proposalId);
    return rows.filter((row) => row.in_reply_to === null && String(row.response_id) === response.id).map(ProposalComment.fromRecord);
  }
}

@Resolver(() => ProposalComment)
export class ProposalCommentQueries {
  @FieldResolver(() => [ProposalComment], { description: 'Replies to this comment, oldest first, each with its own replies.' })
  async replies(@Root() comment: ProposalComment, @Ctx() context: PartnershipContext): Promise<ProposalComment[]> {
    const rows = await context.loaders.load(commentsByProposal, comment.proposalId);
    return rows.filter((row) => String(row.in_reply_to) === comment.id).map(ProposalComment.fromRecord);
  }

  @FieldResolver(() => Officer, { description: 'Who wrote it.' })
  author(@Root() comment: ProposalComment, @Ctx() context: PartnershipContext): Promise<Officer> {
    return officer(context, comment.authorId);
  }

  @FieldResolver(() => Agency, { description: 'The agency the author wrote for.' })
  async agency(@Root() comment: ProposalComment, @Ctx() context: PartnershipContext): Promise<Agency> {
    return Agency.fromRecord((await context.loaders.load(agencyById, comment.agencyId))!);
  }
}

@Resolver(() => ProposalStanding)
export class ProposalStandingQueries {
  @FieldResolver(() => Agency, { description: 'The delivering agency.' })
  async agency(@Root() standing: ProposalStanding, @Ctx() context: PartnershipContext): Promise<Agency> {
    return Agency.fromRecord((await context.loaders.load(agencyById, standing.agencyId))!);
  }
}
