import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { subjectsOf } from '@joined-up/service';
import type { ProbationContext } from '../tables.js';
import { ProbationCase } from '../case/probation-case.type.js';
import { casesOfSubject } from '../case/probation-case.loader.js';
import { SupervisionOrder } from '../order/supervision-order.type.js';
import { ordersOfSubject } from '../order/supervision-order.loader.js';
import { PersonProbation } from './person-probation.type.js';

@Resolver(() => PersonProbation)
export class PersonProbationResolver {
  @FieldResolver(() => [ProbationCase], { nullable: true, description: 'Probation cases, normally one. Category probation.case.' })
  async cases(@Root() view: PersonProbation, @Ctx() context: ProbationContext): Promise<ProbationCase[]> {
    return (await context.loaders.loadFlat(casesOfSubject, subjectsOf(view.personId, view.recordIds))).map(ProbationCase.fromRecord);
  }

  @FieldResolver(() => [SupervisionOrder], {
    nullable: true,
    description: 'Supervision orders and licences with their requirements, most recently sentenced first. Category probation.orders.',
  })
  async orders(@Root() view: PersonProbation, @Ctx() context: ProbationContext): Promise<SupervisionOrder[]> {
    const rows = await context.loaders.loadFlat(ordersOfSubject, subjectsOf(view.personId, view.recordIds));
    return rows.map(SupervisionOrder.fromRecord).sort(SupervisionOrder.latestFirst);
  }
}
