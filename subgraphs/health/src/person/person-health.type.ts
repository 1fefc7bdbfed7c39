import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "The health agency's view of one person. Each field is a category of personal data, served only to the health agency itself or under an information sharing agreement covering the officer's agency, that category and their purpose; otherwise the field is null with a FORBIDDEN error. Every read is written to the health agency's audit log.",
})
export class PersonHealth {
  /** The person's partnership id, recorded as the subject of audit entries. */
  personId!: string;
  /** NHS numbers held for the person (normally one; more where registrations were duplicated). */
  recordIds!: string[];

  static of(personId: string, recordIds: string[]): PersonHealth {
    return Object.assign(new PersonHealth(), { personId, recordIds });
  }
}
