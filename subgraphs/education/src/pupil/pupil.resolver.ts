import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EducationContext } from '../tables.js';
import { School } from '../school/school.type.js';
import { schoolOf } from '../school/school.loader.js';
import { Pupil } from './pupil.type.js';

@Resolver(() => Pupil)
export class PupilResolver {
  @FieldResolver(() => School, { description: 'The school the pupil record belongs to: their current school, or the last one for a pupil who has left.' })
  school(@Root() pupil: Pupil, @Ctx() context: EducationContext): Promise<School> {
    return schoolOf(pupil.schoolUrn, context);
  }
}
