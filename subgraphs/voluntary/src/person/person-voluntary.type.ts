import { ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "The voluntary sector's view of one person. Each field is a category of personal data, served only to the voluntary sector itself or under an information sharing agreement covering the officer's agency, that category and their purpose; otherwise the field is null with a FORBIDDEN error. Every read is written to the voluntary sector's audit log.",
})
export class PersonVoluntary {
  /** The person's partnership id, recorded as the subject of audit entries. */
  personId!: string;
  /** Client references held for the person (often more than one: organisations register the same young person twice). */
  recordIds!: string[];

  static of(personId: string, recordIds: string[]): PersonVoluntary {
    return Object.assign(new PersonVoluntary(), { personId, recordIds });
  }
}
