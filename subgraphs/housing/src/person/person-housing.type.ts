import { ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "The housing agency's view of one person. Each field is a category of personal data, served only to the housing agency itself or under an information sharing agreement covering the officer's agency, that category and their purpose; otherwise the field is null with a FORBIDDEN error. Housing deals with households: tenancies, applications and placements are those of the households the person is a member of. Every read is written to the housing agency's audit log.",
})
export class PersonHousing {
  /** The person's partnership id, recorded as the subject of audit entries. */
  personId!: string;
  /** Housing member references held for the person (normally one; more where the person was recorded twice). */
  recordIds!: string[];

  static of(personId: string, recordIds: string[]): PersonHousing {
    return Object.assign(new PersonHousing(), { personId, recordIds });
  }
}
