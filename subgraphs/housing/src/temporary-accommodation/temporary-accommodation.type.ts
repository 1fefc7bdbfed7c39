import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifyingField } from '@joined-up/access';
import type { PlacementOfMemberRecord } from '../tables.js';

@ObjectType({ description: "A placement of the person's household in temporary accommodation while a homelessness duty is owed." })
export class TemporaryAccommodationPlacement {
  @Field(() => ID, { description: "Housing's placement reference, e.g. TA-000123." })
  id!: string;

  @IdentifyingField('housing.homelessness', () => String, { description: "Housing's household reference of the household placed." })
  householdId!: string;

  @Field(() => String, { description: 'Kind of accommodation: bed and breakfast, hostel, nightly paid, or private sector leased.' })
  kind!: string;

  @Field(() => String, { description: 'Date the placement began, YYYY-MM-DD.' })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'Date the household left, YYYY-MM-DD; null while the placement continues.' })
  endedOn!: string | null;

  static fromRecord(record: PlacementOfMemberRecord): TemporaryAccommodationPlacement {
    return Object.assign(new TemporaryAccommodationPlacement(), {
      id: record.placement_id,
      householdId: record.household_id,
      kind: record.kind,
      startedOn: record.started_on,
      endedOn: record.ended_on,
    });
  }
}
