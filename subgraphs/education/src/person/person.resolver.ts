import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { subjectsOf } from '@joined-up/service';
import type { EducationContext } from '../tables.js';
import { AttendanceMonth } from '../attendance/attendance.type.js';
import { attendanceOfSubject } from '../attendance/attendance.loader.js';
import { inRange, monthRange } from '../attendance/attendance-months.js';
import { Exclusion } from '../exclusion/exclusion.type.js';
import { exclusionsOfSubject } from '../exclusion/exclusion.loader.js';
import { Pupil } from '../pupil/pupil.type.js';
import { pupilsOfSubject } from '../pupil/pupil.loader.js';
import { PersonEducation } from './person-education.type.js';

/** Newest first across all of a person's records (a second UPN's rows come after the first's from the loader). */
const newestFirst = <Row>(dateOf: (row: Row) => string) => (a: Row, b: Row) => dateOf(b).localeCompare(dateOf(a));

@Resolver(() => PersonEducation)
export class PersonEducationResolver {
  @FieldResolver(() => [Pupil], {
    nullable: true,
    description: 'Pupil records, normally one; a second where a later school issued another UPN. Category education.pupil.',
  })
  async pupils(@Root() view: PersonEducation, @Ctx() context: EducationContext): Promise<Pupil[]> {
    return (await context.loaders.loadFlat(pupilsOfSubject, subjectsOf(view.personId, view.recordIds))).map(Pupil.fromRecord);
  }

  @FieldResolver(() => [AttendanceMonth], {
    nullable: true,
    description: 'Attendance by school month, newest first; every month held unless bounded by `from`/`to`. Category education.attendance.',
  })
  async attendance(
    @Root() view: PersonEducation,
    @Ctx() context: EducationContext,
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM; default the earliest held.' }) from?: string,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM; default the latest held.' }) to?: string,
  ): Promise<AttendanceMonth[]> {
    const range = monthRange(from, to);
    const months = (await context.loaders.loadFlat(attendanceOfSubject, subjectsOf(view.personId, view.recordIds))).map(AttendanceMonth.fromRecord);
    return months.filter((month) => inRange(month.month, range)).sort(newestFirst((month) => month.month));
  }

  @FieldResolver(() => [Exclusion], {
    nullable: true,
    description: 'Suspensions and permanent exclusions, newest first. Category education.exclusions.',
  })
  async exclusions(@Root() view: PersonEducation, @Ctx() context: EducationContext): Promise<Exclusion[]> {
    const exclusions = (await context.loaders.loadFlat(exclusionsOfSubject, subjectsOf(view.personId, view.recordIds))).map(Exclusion.fromRecord);
    return exclusions.sort(newestFirst((exclusion) => exclusion.startDate));
  }
}
