import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { subjectsOf } from '@joined-up/service';
import type { PoliceContext } from '../tables.js';
import { Nominal } from '../nominal/nominal.type.js';
import { nominalsOfSubject } from '../nominal/nominal.loader.js';
import { OffenceInvolvement } from '../offence/offence-involvement.type.js';
import { involvementsOfSubject } from '../offence/offence-involvement.loader.js';
import { YouthJusticeIntervention } from '../youth-justice/youth-justice-intervention.type.js';
import { interventionsOfSubject } from '../youth-justice/youth-justice-intervention.loader.js';
import { PersonPolice } from './person-police.type.js';

@Resolver(() => PersonPolice)
export class PersonPoliceResolver {
  @FieldResolver(() => [Nominal], {
    nullable: true,
    description: 'Nominal records (the force holds one per person, sometimes two by mistake). Category police.nominal.',
  })
  async nominals(@Root() view: PersonPolice, @Ctx() context: PoliceContext): Promise<Nominal[]> {
    return (await context.loaders.loadFlat(nominalsOfSubject, subjectsOf(view.personId, view.recordIds))).map(Nominal.fromRecord);
  }

  @FieldResolver(() => [OffenceInvolvement], {
    nullable: true,
    description: 'Offences the person was involved in as suspect, victim or witness, newest first. Category police.offences.',
  })
  async offences(@Root() view: PersonPolice, @Ctx() context: PoliceContext): Promise<OffenceInvolvement[]> {
    const rows = await context.loaders.loadFlat(involvementsOfSubject, subjectsOf(view.personId, view.recordIds));
    // Rows come newest first per record; a person with two records needs them merged.
    return rows.map(OffenceInvolvement.fromRecord).sort(OffenceInvolvement.newestFirst);
  }

  @FieldResolver(() => [YouthJusticeIntervention], {
    nullable: true,
    description: 'Youth justice interventions, most recently started first. Category police.youth-justice.',
  })
  async youthJustice(@Root() view: PersonPolice, @Ctx() context: PoliceContext): Promise<YouthJusticeIntervention[]> {
    const rows = await context.loaders.loadFlat(interventionsOfSubject, subjectsOf(view.personId, view.recordIds));
    return rows.map(YouthJusticeIntervention.fromRecord).sort(YouthJusticeIntervention.latestFirst);
  }
}
