import { categoriesOf } from '@joined-up/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipContext } from '../context.js';
import { Person } from './person.type.js';

/**
 * Which records an agency keeps of a person is that agency's personal data.
 * The gateway needs the ids to ask the agency for its view, but a caller the
 * agency shares nothing with (say, one calling this subgraph directly) gets
 * none: to them the agency knows nobody.
 */
async function shownRecordIds(recordIds: string[], agency: string, context: PartnershipContext): Promise<string[]> {
  return (await context.access.forOwner(agency).allowsAny(categoriesOf(agency))) ? recordIds : [];
}

@Resolver(() => Person)
export class AgencyRecordIdsResolver {
  @FieldResolver()
  healthRecordIds(@Root() person: Person, @Ctx() context: PartnershipContext): Promise<string[]> {
    return shownRecordIds(person.healthRecordIds, 'health', context);
  }

  @FieldResolver()
  policeRecordIds(@Root() person: Person, @Ctx() context: PartnershipContext): Promise<string[]> {
    return shownRecordIds(person.policeRecordIds, 'police', context);
  }

  @FieldResolver()
  educationRecordIds(@Root() person: Person, @Ctx() context: PartnershipContext): Promise<string[]> {
    return shownRecordIds(person.educationRecordIds, 'education', context);
  }

  @FieldResolver()
  housingRecordIds(@Root() person: Person, @Ctx() context: PartnershipContext): Promise<string[]> {
    return shownRecordIds(person.housingRecordIds, 'housing', context);
  }

  @FieldResolver()
  voluntaryRecordIds(@Root() person: Person, @Ctx() context: PartnershipContext): Promise<string[]> {
    return shownRecordIds(person.voluntaryRecordIds, 'voluntary', context);
  }
}
