import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EducationContext } from '../tables.js';
import { School } from '../school/school.type.js';
import { schoolOf } from '../school/school.loader.js';
import { AttendanceMonth } from './attendance.type.js';

@Resolver(() => AttendanceMonth)
export class AttendanceMonthResolver {
  @FieldResolver(() => School, { description: 'The school the pupil was on the roll of that month.' })
  school(@Root() month: AttendanceMonth, @Ctx() context: EducationContext): Promise<School> {
    return schoolOf(month.schoolUrn, context);
  }
}
