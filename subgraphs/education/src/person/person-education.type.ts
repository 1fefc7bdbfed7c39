import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "The education agency's view of one person. Each field is a category of personal data, served only to the education agency itself or under an information sharing agreement covering the officer's agency, that category and their purpose; otherwise the field is null with a FORBIDDEN error. Every read is written to the education agency's audit log.",
})
export class PersonEducation {
  /** The person's partnership id, recorded as the subject of audit entries. */
  personId!: string;
  /** UPNs held for the person (normally one; a second where a later school issued another). */
  recordIds!: string[];

  static of(personId: string, recordIds: string[]): PersonEducation {
    return Object.assign(new PersonEducation(), { personId, recordIds });
  }
}
