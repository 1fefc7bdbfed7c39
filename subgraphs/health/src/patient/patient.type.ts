import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifyingField } from '@joined-up/access';
import { RecordedPerson, recordedPersonFields } from '@joined-up/service';
import type { PatientRecord } from '../tables.js';

@ObjectType({ description: "A patient registration held by the health agency, in the health agency's own spelling." })
export class Patient extends RecordedPerson('health.registration', { recorded: 'as registered', address: 'the registered address' }) {
  @IdentifyingField('health.registration', () => ID, { description: 'NHS number: ten digits, the last a modulus 11 check digit.' })
  nhsNumber!: string;

  @Field(() => String, { description: 'ODS code of the GP practice the patient is registered with.' })
  gpPracticeCode!: string;

  @Field(() => String, { description: 'Date the registration began, YYYY-MM-DD.' })
  registeredOn!: string;

  @Field(() => Boolean, {
    description: 'True when the patient has registered a national data opt-out: their records are not used for planning or research.',
  })
  nationalOptOut!: boolean;

  static fromRecord(record: PatientRecord): Patient {
    return Object.assign(new Patient(), recordedPersonFields(record), {
      nhsNumber: record.nhs_number,
      gpPracticeCode: record.gp_practice_code,
      registeredOn: record.registered_on,
      nationalOptOut: record.national_opt_out,
    });
  }
}
