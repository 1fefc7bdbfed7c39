import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { PartnershipContext } from '../../context.js';
import { Area } from '../../directory/area/area.type.js';
import { loadArea } from '../../directory/area/area.loaders.js';
import { Officer } from '../../directory/officer/officer.type.js';
import { officerById } from '../../directory/officer/officer.loaders.js';
import { Outcome } from '../../outcomes/outcome/outcome.type.js';
import { outcomeById } from '../../outcomes/outcome/outcome.loaders.js';
import { loadConsultation, optionsByConsultation, outcomeIdsByConsultation, participantsBySession, sessionsByConsultation } from './consultation.loaders.js';
import { BasketOption, Consultation, ConsultationKind, ConsultationParticipant, ConsultationSession } from './consultation.type.js';

@Resolver(() => Consultation)
export class ConsultationQueries {
  @Query(() => [Consultation], { description: 'Community consultations, newest first, optionally of one kind, in one area or informing one outcome. Open to any officer.' })
  async consultations(
    @Ctx() { db }: PartnershipContext,
    @Arg('kind', () => ConsultationKind, { nullable: true, description: 'Only consultations of this kind.' }) kind?: ConsultationKind,
    @Arg('areaCode', () => ID, { nullable: true, description: 'Only consultations of this area (GSS code).' }) areaCode?: string,
    @Arg('outcomeId', () => ID, { nullable: true, description: 'Only consultations informing this outcome.' }) outcomeId?: string,
  ): Promise<Consultation[]> {
    if (areaCode) loadArea(areaCode, 'areaCode');
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
    return loadConsultation(context, id, 'id');
  }

  @FieldResolver(() => Area, { description: 'The area consulted.' })
  area(@Root() consultation: Consultation): Area {
    return loadArea(consultation.areaCode);
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
export class ConsultationSessionQueries {
  @FieldResolver(() => [ConsultationParticipant], { description: 'Its participants, by pseudonym.' })
  async participants(@Root() session: ConsultationSession, @Ctx() context: PartnershipContext): Promise<ConsultationParticipant[]> {
    return (await context.loaders.load(participantsBySession, session.id)).map((row) =>
      Object.assign(new ConsultationParticipant(), { id: row.participant_id, pseudonym: row.pseudonym }),
    );
  }
}
