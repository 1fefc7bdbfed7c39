import { Field, ObjectType } from 'type-graphql';
import { Count, Period, Rate } from '@joined-up/statistics';

@ObjectType({
  description:
    "Education figures for an area over a period, computed live from the education agency's records, under disclosure control. Pupils are counted where they live, not where they go to school; a pupil counts when they had any possible sessions in the period.",
})
export class EducationAreaFigures {
  @Field(() => Period, { description: 'The months counted.' })
  period!: Period;

  @Field(() => Count, { description: 'Pupils living in the area with any possible sessions in the period.' })
  pupils!: Count;

  @Field(() => Rate, {
    description:
      'Persistent absence (DfE definition), per 100 pupils: pupils who missed 10% or more of their possible sessions over the period, over pupils with possible sessions.',
  })
  persistentAbsence!: Rate;

  @Field(() => Rate, { description: 'Overall absence, per 100 sessions: sessions missed (authorised or not) over possible sessions.' })
  absenceRate!: Rate;

  @Field(() => Count, { description: 'Suspensions starting in the period, of pupils living in the area.' })
  suspensions!: Count;

  @Field(() => Count, { description: 'Permanent exclusions starting in the period, of pupils living in the area.' })
  permanentExclusions!: Count;

  @Field(() => Rate, { description: 'Pupils eligible for free school meals, per 100 pupils counted in `pupils`.' })
  freeSchoolMeals!: Rate;

  @Field(() => Count, { description: 'Pupils counted in `pupils` who have an education, health and care (EHC) plan.' })
  ehcPlans!: Count;
}
