import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifyingField } from '@joined-up/access';
import type { InvolvementWithOffenceRecord } from '../tables.js';
import { Offence } from './offence.type.js';

@ObjectType({ description: "A person's part in one recorded offence." })
export class OffenceInvolvement {
  @Field(() => String, { description: 'How the person was involved: suspect, victim or witness.' })
  role!: string;

  @IdentifyingField('police.offences', () => ID, { description: 'The nominal record the involvement is recorded against (a person may have more than one).' })
  nominalId!: string;

  @Field(() => Offence, { description: 'The offence.' })
  offence!: Offence;

  static fromRecord(record: InvolvementWithOffenceRecord): OffenceInvolvement {
    return Object.assign(new OffenceInvolvement(), {
      role: record.role,
      nominalId: record.nominal_id,
      offence: Object.assign(new Offence(), {
        id: record.offence_id,
        committedOn: record.committed_on,
        category: record.category,
        outcome: record.outcome,
        lsoaCode: record.lsoa_code,
      }),
    });
  }

  /** Sort order: most recently committed first, then by crime reference. */
  static newestFirst(a: OffenceInvolvement, b: OffenceInvolvement): number {
    return b.offence.committedOn.localeCompare(a.offence.committedOn) || b.offence.id.localeCompare(a.offence.id);
  }
}
