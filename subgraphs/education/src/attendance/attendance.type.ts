import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { AttendanceRecord } from '../tables.js';

@ObjectType({ description: 'A pupil\'s attendance in one school month, in half-day sessions, as the school returned it to the census.' })
export class AttendanceMonth {
  @Field(() => String, { description: 'The month, YYYY-MM. School months run September to July.' })
  month!: string;

  @Field(() => Int, { description: 'Sessions (half days) the pupil could have attended.' })
  possibleSessions!: number;

  @Field(() => Int, { description: 'Sessions missed with the school\'s permission (illness, appointments, agreed leave).' })
  authorisedAbsences!: number;

  @Field(() => Int, { description: 'Sessions missed without permission.' })
  unauthorisedAbsences!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Percentage of possible sessions attended, to one decimal; null when there were no possible sessions.',
  })
  attendanceRate!: number | null;

  /** URN of the school the pupil was on the roll of that month, for the `school` field. */
  schoolUrn!: string;

  static fromRecord(record: AttendanceRecord): AttendanceMonth {
    const possible = record.possible_sessions;
    const absent = record.authorised_absences + record.unauthorised_absences;
    return Object.assign(new AttendanceMonth(), {
      month: record.month.slice(0, 7),
      possibleSessions: possible,
      authorisedAbsences: record.authorised_absences,
      unauthorisedAbsences: record.unauthorised_absences,
      attendanceRate: possible === 0 ? null : Math.round(((possible - absent) / possible) * 1000) / 10,
      schoolUrn: record.school_urn,
    });
  }
}
