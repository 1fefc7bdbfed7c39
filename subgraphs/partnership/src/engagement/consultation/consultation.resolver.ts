import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { Area } from '../../directory/area/area.type.js';
import { areaByCode } from '../../directory/area/area.resolver.js';
import { Officer } from '../../directory/officer/officer.type.js';
import { officerById } from '../../directory/officer/officer.loader.js';
import { Outcome } from '../../outcomes/outcome/outcome.type.js';
import { outcomeById } from '../../outcomes/outcome/outcome.loaders.js';
import { consultationById, optionsByConsultation, outcomeIdsByConsultation, participantsBySession, sessionsByConsultation } from './consultation.loaders.js';
import { BasketOption, Consultation, ConsultationKind, ConsultationParticipant, ConsultationSession } from './consultation.type.js';

/** A consultation by id, or NOT_FOUND. */
export async function loadConsultation(id: string, context: PartnershipContext, argument = 'consultationId'): Promise<Consultation> {
  const record = await context.loaders.load(consultationById, id);
  if (!record) throw notFound(`No consultation has id "${id}". Ask \`consultations\` for the list.`, { argument });
  return Consultation.fromRecord(record);
}

/** One session of a consultation, or NOT_FOUND naming the consultation. */
export async function loadSessionOf(consultation: Consultation, sessionId: string, context: PartnershipContext): Promise<ConsultationSession> {
  const session = (await context.loaders.load(sessionsByConsultation, consultation.id)).find((row) => row.session_id === sessionId);
  if (!session) throw notFound(`Consultation ${consultation.id} has no session "${sessionId}". Ask its \`sessions\` for their ids.`, { argument: 'sessionId' });
  return ConsultationSession.fromRecord(session);
}

@Resolver(() => Consultation)
export class ConsultationResolver {
  @Query(() => [Consultation], { description: 'Community consultations, newest first, optionally of one kind, in one area or informing one outcome. Open to any officer.' })
  async consultations(
    @Ctx() { db }: PartnershipContext,
    @Arg('kind', () => ConsultationKind, { nullable: true, description: 'Only consultations of this kind.' }) kind?: ConsultationKind,
    @Arg('areaCode', () => ID, { nullable: true, description: 'Only consultations of this area (GSS code).' }) areaCode?: string,
    @Arg('outcomeId', () => ID, { nullable: true, description: 'Only consultations informing this outcome.' }) outcomeId?: string,
  ): Promise<Consultation[]> {
    if (areaCode) areaByCode(areaCode);
    let query = db.selectFrom('consultations').selectAll().orderBy('opened_at', 'desc').orderBy('consultation_id');
    if (kind) query = query.where('kind', '=', kind);
    if (areaCode) query = query.where('area_code', '=', areaCode);
    if (outcomeId) {
      query = query.where('consultation_id', 'in', db.selectFrom('consultation_outcomes').select('consultation_id').where('outcome_id', '=', outcomeId));
    }
    return (await query.execute()).map(Consultation.fromRecord);
  }

  @Query(() => Consultation, { description: 'One consultation by id.' })
  consultation(@Arg('id', () => ID, { description: 'Consultation reference.' }) id: string, @Ctx() context: PartnershipContext): Promise<Consultation> {
    return loadConsultation(id, context, 'id');
  }

  @FieldResolver(() => Area, { description: 'The area consulted.' })
  area(@Root() consultation: Consultation): Area {
    return areaByCode(consultation.areaCode);
  }

  @FieldResolver(() => Officer, { description: 'Who opened it.' })
  async openedBy(@Root() consultation: Consultation, @Ctx() context: PartnershipContext): Promise<Officer> {
    return Officer.fromRecord((await context.loaders.load(officerById, consultation.openedById))!);
  }

  @FieldResolver(() => [Outcome], { description: 'The shared outcomes it informs.' })
  async outcomes(@Root() consultation: Consultation, @Ctx() context: PartnershipContext): Promise<Outcome[]> {
    const ids = await context.loaders.load(outcomeIdsByConsultation, consultation.id);
    return (await context.loaders.loadFound(outcomeById, ids)).map(Outcome.fromRecord);
  }

  @FieldResolver(() => [ConsultationSession], { description: 'Its sessions, in the order they were held.' })
  async sessions(@Root() consultation: Consultation, @Ctx() context: PartnershipContext): Promise<ConsultationSession[]> {
    return (await context.loaders.load(sessionsByConsultation, consultation.id)).map(ConsultationSession.fromRecord);
  }

  @FieldResolver(() => [BasketOption], { description: 'Shopping basket: the options, in the order presented; empty for community mapping.' })
  async options(@Root() consultation: Consultation, @Ctx() context: PartnershipContext): Promise<BasketOption[]> {
    return (await context.loaders.load(optionsByConsultation, consultation.id)).map(BasketOption.fromRecord);
  }
}

@Resolver(() => ConsultationSession)
export class ConsultationSessionResolver {
  @FieldResolver(() => [ConsultationParticipant], { description: 'Its participants, by pseudonym.' })
  async participants(@Root() session: ConsultationSession, @Ctx() context: PartnershipContext): Promise<ConsultationParticipant[]> {
    return (await context.loaders.load(participantsBySession, session.id)).map((row) =>
      Object.assign(new ConsultationParticipant(), { id: row.participant_id, pseudonym: row.pseudonym }),
    );
  }
}
