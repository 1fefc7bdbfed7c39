import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EducationContext } from '../tables.js';
import { School } from '../school/school.type.js';
import { schoolOf } from '../school/school.loader.js';
import { Exclusion } from './exclusion.type.js';

@Resolver(() => Exclusion)
export class ExclusionResolver {
  @FieldResolver(() => School, { description: 'The school that excluded the pupil.' })
  school(@Root() exclusion: Exclusion, @Ctx() context: EducationContext): Promise<School> {
    return schoolOf(exclusion.schoolUrn, context);
  }
}
