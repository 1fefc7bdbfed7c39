import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ProgressStatus, worstStatus } from '@joined-up/indicators';
import type { PartnershipContext } from '../../context.js';
import { Accountability } from '../accountability/accountability.type.js';
import { Area } from '../../directory/area/area.type.js';
import { loadArea } from '../../directory/area/area.loaders.js';
import { Indicator, requiredStatuses } from '../indicator/indicator.type.js';
import { indicatorsByOutcome } from '../indicator/indicator.loaders.js';
import { Officer } from '../../directory/officer/officer.type.js';
import { officerById } from '../../directory/officer/officer.loaders.js';
import { OperatingAgreement } from '../operating-agreement/operating-agreement.type.js';
import { agreementsByOutcome } from '../operating-agreement/operating-agreement.loaders.js';
import { OutcomeRole, type RoleKind } from './outcome-role.type.js';
import { accountabilitiesByOutcome, loadOutcome, rolesByOutcome } from './outcome.loaders.js';
import { Outcome, OutcomeStage } from './outcome.type.js';

@Resolver(() => Outcome)
export class OutcomeQueries {
  @Query(() => [Outcome], { description: 'Shared outcomes, optionally for one area and stage, newest first. Open to any officer of the partnership.' })
  async outcomes(
    @Ctx() { db }: PartnershipContext,
    @Arg('areaCode', () => ID, { nullable: true, description: 'Only outcomes covering this area (GSS code).' }) areaCode?: string,
    @Arg('stage', () => OutcomeStage, { nullable: true, description: 'Only outcomes at this stage.' }) stage?: OutcomeStage,
  ): Promise<Outcome[]> {
    if (areaCode) loadArea(areaCode, 'areaCode');
    let query = db.selectFrom('outcomes').selectAll().orderBy('created_at', 'desc').orderBy('outcome_id');
    if (areaCode) query = query.where('area_code', '=', areaCode);
    if (stage) query = query.where('stage', '=', stage);
    return (await query.execute()).map(Outcome.fromRecord);
  }

  @Query(() => Outcome, { description: 'One shared outcome by id.' })
  outcome(@Arg('id', () => ID, { description: 'Outcome reference.' }) id: string, @Ctx() context: PartnershipContext): Promise<Outcome> {
    return loadOutcome(context, id);
  }

  @FieldResolver(() => Area, { description: 'The area the outcome covers.' })
  area(@Root() outcome: Outcome): Area {
    return loadArea(outcome.areaCode);
  }

  @FieldResolver(() => Officer, {
    nullable: true,
    description: 'The one named officer accountable for delivering the outcome; null when nobody is (see needsLead).',
  })
  async lead(@Root() outcome: Outcome, @Ctx() context: PartnershipContext): Promise<Officer | null> {
    const current = (await context.loaders.load(accountabilitiesByOutcome, outcome.id)).find((row) => row.held_until === null);
    const officer = current ? await context.loaders.load(officerById, current.officer_id) : null;
    return officer ? Officer.fromRecord(officer) : null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the outcome has no accountable lead: one-point responsibility is missing and must be fixed.' })
  async needsLead(@Root() outcome: Outcome, @Ctx() context: PartnershipContext): Promise<boolean> {
    return !(await context.loaders.load(accountabilitiesByOutcome, outcome.id)).some((row) => row.held_until === null);
  }

  @FieldResolver(() => [Accountability], { description: 'Everyone who has been accountable for the outcome, newest first.' })
  async leadHistory(@Root() outcome: Outcome, @Ctx() context: PartnershipContext): Promise<Accountability[]> {
    return (await context.loaders.load(accountabilitiesByOutcome, outcome.id)).map((row) =>
      Object.assign(new Accountability(), {
        heldFrom: new Date(row.held_from).toISOString(),
        heldUntil: row.held_until ? new Date(row.held_until).toISOString() : null,
        reason: row.reason,
        officerId: row.officer_id,
        assignedById: row.assigned_by,
      }),
    );
  }

  @FieldResolver(() => [OutcomeRole], { description: "Every agency's role on the outcome (the lead agency first) and its commitments." })
  async roles(@Root() outcome: Outcome, @Ctx() context: PartnershipContext): Promise<OutcomeRole[]> {
    return (await context.loaders.load(rolesByOutcome, outcome.id)).map((row) =>
      Object.assign(new OutcomeRole(), {
        role: row.role as RoleKind,
        commitments: row.commitments,
        assignedAt: new Date(row.assigned_at).toISOString(),
        agencyId: row.agency_id,
        outcomeId: row.outcome_id,
      }),
    );
  }

  @FieldResolver(() => [Indicator], { description: 'How the outcome is measured; values come from the agencies that own the data.' })
  async indicators(@Root() outcome: Outcome, @Ctx() context: PartnershipContext): Promise<Indicator[]> {
    return (await context.loaders.load(indicatorsByOutcome, outcome.id)).map(Indicator.fromRecord);
  }

  @FieldResolver(() => [OperatingAgreement], { description: 'Operating agreements (consensus to operate) made on this outcome.' })
  async agreements(@Root() outcome: Outcome, @Ctx() context: PartnershipContext): Promise<OperatingAgreement[]> {
    return (await context.loaders.load(agreementsByOutcome, outcome.id)).map(OperatingAgreement.fromRecord);
  }

  @FieldResolver(() => ProgressStatus, {
    description: 'The worst status of its indicators (each computed by the agency that owns the data); NOT_ENOUGH_DATA with no indicators.',
  })
  @Directive(`@requires(fields: "${requiredStatuses('indicators')}")`)
  status(@Root() outcome: Outcome): ProgressStatus {
    return worstStatus((outcome.requiredIndicators ?? []).map((indicator) => (indicator.status as ProgressStatus) ?? ProgressStatus.NOT_ENOUGH_DATA));
  }
}
