import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "The police view of one person. Each field is a category of personal data, served only to the police themselves or under an information sharing agreement covering the officer's agency, that category and their purpose; otherwise the field is null with a FORBIDDEN error. Every read is written to the police audit log.",
})
export class PersonPolice {
  /** The person's partnership id, recorded as the subject of audit entries. */
  personId!: string;
  /** Force references held for the person (normally one; more where the force recorded them twice). */
  recordIds!: string[];

  static of(personId: string, recordIds: string[]): PersonPolice {
    return Object.assign(new PersonPolice(), { personId, recordIds });
  }
}
