import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifyingField } from '@joined-up/access';
import { RecordedPerson, recordedPersonFields } from '@joined-up/service';
import type { ClientRecord } from '../tables.js';

@ObjectType({ description: "A client record held by the voluntary sector, in the organisations' own spelling: sign-up sheets often leave the date of birth blank." })
export class Client extends RecordedPerson('voluntary.client', {
  recorded: 'as recorded',
  address: 'the recorded address',
  descriptions: {
    givenName: 'Given name as the client gave it, often a short form (Chris for Christopher).',
    dateOfBirth: 'Date of birth, YYYY-MM-DD; null when it was not asked.',
    sex: 'Sex as recorded: F or M; null when not recorded.',
    postcode: 'Postcode of the recorded address, as typed.',
  },
}) {
  @IdentifyingField('voluntary.client', () => ID, { description: "The organisations' shared client reference, e.g. VC-000123." })
  id!: string;

  @Field(() => String, { nullable: true, description: 'GSS code of the local authority of the recorded address.' })
  localAuthorityCode!: string | null;

  static fromRecord(record: ClientRecord): Client {
    return Object.assign(new Client(), recordedPersonFields(record), {
      id: record.client_id,
      localAuthorityCode: record.local_authority_code,
    });
  }
}
