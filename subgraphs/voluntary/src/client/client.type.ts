import { Field, ID, ObjectType } from 'type-graphql';
import { ageBand, AGE_BAND_DESCRIPTION, IdentifyingField } from '@joined-up/access';
import type { ClientRecord } from '../tables.js';

@ObjectType({ description: "A client record held by the voluntary sector, in the organisations' own spelling: sign-up sheets often leave the date of birth blank." })
export class Client {
  @IdentifyingField('voluntary.client', () => ID, { description: "The organisations' shared client reference, e.g. VC-000123." })
  id!: string;

  @IdentifyingField('voluntary.client', () => String, { description: 'Given name as the client gave it, often a short form (Chris for Christopher).' })
  givenName!: string;

  @IdentifyingField('voluntary.client', () => String, { description: 'Family name as recorded.' })
  familyName!: string;

  @IdentifyingField('voluntary.client', () => String, { description: 'Date of birth, YYYY-MM-DD; null when it was not asked.' })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: AGE_BAND_DESCRIPTION })
  ageBand!: string | null;

  @Field(() => String, { nullable: true, description: 'Sex as recorded: F or M; null when not recorded.' })
  sex!: string | null;

  @IdentifyingField('voluntary.client', () => String, { description: 'Postcode of the recorded address, as typed.' })
  postcode!: string | null;

  @Field(() => String, { nullable: true, description: 'GSS code of the LSOA of the recorded address; null when the postcode is unknown.' })
  lsoaCode!: string | null;

  @Field(() => String, { nullable: true, description: 'GSS code of the local authority of the recorded address.' })
  localAuthorityCode!: string | null;

  static fromRecord(record: ClientRecord): Client {
    return Object.assign(new Client(), {
      id: record.client_id,
      givenName: record.given_name,
      familyName: record.family_name,
      dateOfBirth: record.date_of_birth,
      ageBand: ageBand(record.date_of_birth),
      sex: record.sex,
      postcode: record.postcode,
      lsoaCode: record.lsoa_code,
      localAuthorityCode: record.local_authority_code,
    });
  }
}
