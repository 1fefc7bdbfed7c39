import { Field, Float, ID, ObjectType } from 'type-graphql';
import { IdentifyingField } from '@joined-up/access';
import { RentArrears } from './rent-arrears.type.js';
import type { TenancyOfMemberRecord } from '../tables.js';

@ObjectType({ description: "A tenancy of the person's household: council, housing association, or a private let housing arranged." })
export class Tenancy {
  @Field(() => ID, { description: "Housing's tenancy reference, e.g. TEN-000123." })
  id!: string;

  @IdentifyingField('housing.tenancy', () => String, { description: "Housing's household reference of the household holding the tenancy." })
  householdId!: string;

  @Field(() => String, { description: 'Tenure: council, housing association or private rented.' })
  tenure!: string;

  @Field(() => String, { description: 'Date the tenancy began, YYYY-MM-DD.' })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'Date the tenancy ended, YYYY-MM-DD; null while it continues.' })
  endedOn!: string | null;

  @Field(() => Float, { description: 'Weekly rent in pounds.' })
  weeklyRent!: number;

  @Field(() => RentArrears, { description: 'Rent owed on the tenancy: the latest balance and the month-by-month history.' })
  arrears!: RentArrears;

  static fromRecord(record: TenancyOfMemberRecord): Tenancy {
    return Object.assign(new Tenancy(), {
      id: record.tenancy_id,
      householdId: record.household_id,
      tenure: record.tenure,
      startedOn: record.started_on,
      endedOn: record.ended_on,
      weeklyRent: record.weekly_rent,
      arrears: RentArrears.fromMonths(record.arrears),
    });
  }
}
