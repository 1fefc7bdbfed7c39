import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifyingField } from '@joined-up/access';
import { RecordedPerson, recordedPersonFields } from '@joined-up/service';
import type { NominalRecord } from '../tables.js';

@ObjectType({
  description: "A nominal: the police record of a person (suspect, victim or witness), in the force's own spelling, often as the person gave it.",
})
export class Nominal extends RecordedPerson('police.nominal', {
  recorded: 'as recorded',
  address: 'the recorded address',
  descriptions: { familyName: 'Family name as recorded (usually in capitals).' },
}) {
  @IdentifyingField('police.nominal', () => ID, { description: "The force's reference for the nominal, e.g. MP-0012345." })
  nominalId!: string;

  @IdentifyingField('police.nominal', () => String, { description: 'First line of the recorded address.' })
  addressLine!: string | null;

  @Field(() => String, { nullable: true, description: 'GSS code of the local authority of the recorded address.' })
  localAuthorityCode!: string | null;

  static fromRecord(record: NominalRecord): Nominal {
    return Object.assign(new Nominal(), recordedPersonFields(record), {
      nominalId: record.nominal_id,
      addressLine: record.address_line,
      localAuthorityCode: record.local_authority_code,
    });
  }
}
