import { Field, ObjectType } from 'type-graphql';
import { Count, Period } from '@joined-up/statistics';

@ObjectType({ description: 'Recorded offences of one Home Office category, under disclosure control.' })
export class OffenceCategoryCount {
  @Field(() => String, { description: 'The Home Office category, e.g. violence against the person.' })
  category!: string;

  @Field(() => Count, { description: 'Offences of this category committed in the area in the period.' })
  count!: Count;
}

@ObjectType({ description: "Crime and youth justice figures for an area over a period, computed live from the police records, under disclosure control." })
export class PoliceAreaFigures {
  @Field(() => Period, { description: 'The months counted.' })
  period!: Period;

  @Field(() => Count, { description: 'Offences committed in the area in the period, whoever committed them.' })
  recordedOffences!: Count;

  @Field(() => [OffenceCategoryCount], {
    description: 'Recorded offences by Home Office category: every category, in a fixed order, including those with none.',
  })
  offencesByCategory!: OffenceCategoryCount[];

  @Field(() => Count, {
    description: 'Young people aged 10 to 17 on the date of the offence recorded as suspects for offences in the area, each counted once.',
  })
  youthSuspects!: Count;

  @Field(() => Count, {
    description: 'First-time entrants to the youth justice system: interventions marked as first entry that started in the period, for young people whose recorded address is in the area.',
  })
  firstTimeEntrants!: Count;

  @Field(() => Count, { description: 'Offences committed in the area in the period whose outcome so far is charged or summonsed.' })
  chargedOrSummonsed!: Count;
}
