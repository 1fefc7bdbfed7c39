import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { subjectsOf } from '@joined-up/service';
import type { HousingContext } from '../tables.js';
import { HouseholdMembership } from '../household/household-membership.type.js';
import { householdMembershipsOfSubject } from '../household/household-membership.loader.js';
import { HomelessnessApplication } from '../homelessness-application/homelessness-application.type.js';
import { homelessnessApplicationsOfSubject } from '../homelessness-application/homelessness-application.loader.js';
import { TemporaryAccommodationPlacement } from '../temporary-accommodation/temporary-accommodation.type.js';
import { temporaryAccommodationOfSubject } from '../temporary-accommodation/temporary-accommodation.loader.js';
import { Tenancy } from '../tenancy/tenancy.type.js';
import { tenanciesOfSubject } from '../tenancy/tenancy.loader.js';
import { distinctNewestFirst } from './distinct-newest-first.js';
import { PersonHousing } from './person-housing.type.js';

@Resolver(() => PersonHousing)
export class PersonHousingResolver {
  @FieldResolver(() => [HouseholdMembership], {
    nullable: true,
    description: 'The households the person is recorded as a member of, normally one, with their relationship and address. Category housing.household.',
  })
  async households(@Root() view: PersonHousing, @Ctx() context: HousingContext): Promise<HouseholdMembership[]> {
    return (await context.loaders.loadFlat(householdMembershipsOfSubject, subjectsOf(view.personId, view.recordIds))).map(HouseholdMembership.fromRecord);
  }

  @FieldResolver(() => [Tenancy], {
    nullable: true,
    description: "Tenancies of the person's households, newest first, each with its rent arrears. Category housing.tenancy.",
  })
  async tenancies(@Root() view: PersonHousing, @Ctx() context: HousingContext): Promise<Tenancy[]> {
    const rows = await context.loaders.loadFlat(tenanciesOfSubject, subjectsOf(view.personId, view.recordIds));
    return distinctNewestFirst(rows, (row) => row.tenancy_id, (row) => row.started_on).map(Tenancy.fromRecord);
  }

  @FieldResolver(() => [HomelessnessApplication], {
    nullable: true,
    description: "Homelessness applications made by the person's households, newest first. Category housing.homelessness.",
  })
  async homelessnessApplications(@Root() view: PersonHousing, @Ctx() context: HousingContext): Promise<HomelessnessApplication[]> {
    const rows = await context.loaders.loadFlat(homelessnessApplicationsOfSubject, subjectsOf(view.personId, view.recordIds));
    return distinctNewestFirst(rows, (row) => row.application_id, (row) => row.applied_on).map(HomelessnessApplication.fromRecord);
  }

  @FieldResolver(() => [TemporaryAccommodationPlacement], {
    nullable: true,
    description: "Temporary accommodation placements of the person's households, newest first. Category housing.homelessness.",
  })
  async temporaryAccommodation(@Root() view: PersonHousing, @Ctx() context: HousingContext): Promise<TemporaryAccommodationPlacement[]> {
    const rows = await context.loaders.loadFlat(temporaryAccommodationOfSubject, subjectsOf(view.personId, view.recordIds));
    return distinctNewestFirst(rows, (row) => row.placement_id, (row) => row.started_on).map(TemporaryAccommodationPlacement.fromRecord);
  }
}
