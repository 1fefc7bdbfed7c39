import { ObjectType } from 'type-graphql';
import { AgencyPersonView } from '@joined-up/service';

@ObjectType({
  description:
    "The voluntary sector's view of one person. Each field is a category of personal data, served only to the voluntary sector itself or under an information sharing agreement covering the officer's agency, that category and their purpose; otherwise the field is null with a FORBIDDEN error. Every read is written to the voluntary sector's audit log.",
})
export class PersonVoluntary extends AgencyPersonView {}
