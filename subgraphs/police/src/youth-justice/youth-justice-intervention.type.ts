import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifyingField } from '@joined-up/access';
import type { YouthJusticeInterventionRecord } from '../tables.js';

@ObjectType({ description: 'A youth justice intervention: an out-of-court disposal or a court order for a young person aged 10 to 17.' })
export class YouthJusticeIntervention {
  @Field(() => ID, { description: "The youth justice service's reference, e.g. YJ-000123." })
  id!: string;

  @IdentifyingField('police.youth-justice', () => ID, { description: 'The nominal record the intervention is recorded against.' })
  nominalId!: string;

  @Field(() => String, {
    description: 'What kind: triage, youth caution, youth conditional caution, referral order, youth rehabilitation order or custody.',
  })
  kind!: string;

  @Field(() => String, { description: 'Date started, YYYY-MM-DD.' })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'Date ended, YYYY-MM-DD; null while it is still running.' })
  endedOn!: string | null;

  @Field(() => Boolean, {
    description: "True when this intervention was the young person's first entry into the youth justice system (a first-time entrant).",
  })
  firstTimeEntrant!: boolean;

  static fromRecord(record: YouthJusticeInterventionRecord): YouthJusticeIntervention {
    return Object.assign(new YouthJusticeIntervention(), {
      id: record.intervention_id,
      nominalId: record.nominal_id,
      kind: record.kind,
      startedOn: record.started_on,
      endedOn: record.ended_on,
      firstTimeEntrant: record.first_time_entrant,
    });
  }

  /** Sort order: most recently started first, then by reference. */
  static latestFirst(a: YouthJusticeIntervention, b: YouthJusticeIntervention): number {
    return b.startedOn.localeCompare(a.startedOn) || b.id.localeCompare(a.id);
  }
}
