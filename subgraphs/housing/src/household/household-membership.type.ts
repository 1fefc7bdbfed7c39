import { Field, ID, ObjectType } from 'type-graphql';
import { ageBand, AGE_BAND_DESCRIPTION, IdentifyingField } from '@joined-up/access';
import type { HouseholdMembershipRecord } from '../tables.js';

@ObjectType({
  description:
    "A person's membership of a household housing deals with, from housing's record of that member, with the address as housing recorded it for them.",
})
export class HouseholdMembership {
  @IdentifyingField('housing.household', () => ID, { description: "Housing's member reference, e.g. HM-000123: its record of this person." })
  memberId!: string;

  @IdentifyingField('housing.household', () => String, { description: "Housing's household reference, e.g. HH-000442." })
  householdId!: string;

  @Field(() => String, { description: 'How the person relates to the household: lead tenant, joint tenant, partner, child or other adult.' })
  relationship!: string;

  @Field(() => String, { nullable: true, description: AGE_BAND_DESCRIPTION })
  ageBand!: string | null;

  @IdentifyingField('housing.household', () => String, { description: "First line of the member's address as recorded, e.g. \"Flat 54, 220 Tressillian Road\"." })
  addressLine!: string | null;

  @IdentifyingField('housing.household', () => String, { description: "Postcode of the member's address as recorded (spacing and case as typed)." })
  postcode!: string | null;

  @Field(() => String, { nullable: true, description: "GSS code of the LSOA of the member's address; null when the postcode is unknown." })
  lsoaCode!: string | null;

  @Field(() => String, { nullable: true, description: "GSS code of the local authority of the member's address, e.g. E09000022 for Lambeth." })
  localAuthorityCode!: string | null;

  static fromRecord(record: HouseholdMembershipRecord): HouseholdMembership {
    return Object.assign(new HouseholdMembership(), {
      memberId: record.member_id,
      householdId: record.household_id,
      relationship: record.relationship,
      ageBand: ageBand(record.date_of_birth),
      addressLine: record.address_line,
      postcode: record.postcode,
      lsoaCode: record.lsoa_code,
      localAuthorityCode: record.local_authority_code,
    });
  }
}
