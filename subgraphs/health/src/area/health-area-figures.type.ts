import { Field, ObjectType } from 'type-graphql';
import { Count, Period } from '@joined-up/statistics';

@ObjectType({ description: "Health figures for an area over a period, computed live from the health agency's records, under disclosure control." })
export class HealthAreaFigures {
  @Field(() => Period, { description: 'The months counted.' })
  period!: Period;

  @Field(() => Count, { description: 'A&E attendances by residents of the area.' })
  aeAttendances!: Count;

  @Field(() => Count, { description: 'A&E attendances presenting with self-harm.' })
  selfHarmAttendances!: Count;

  @Field(() => Count, { description: 'Emergency hospital admissions.' })
  emergencyAdmissions!: Count;

  @Field(() => Count, { description: 'Hospital admissions for intentional self-harm (ICD-10 X60 to X84).' })
  selfHarmAdmissions!: Count;

  @Field(() => Count, { description: 'Referrals to CAMHS of children living in the area.' })
  camhsReferrals!: Count;

  @Field(() => Count, { description: 'Patients registered with a GP and living in the area (at the time of the query).' })
  registeredPatients!: Count;
}
