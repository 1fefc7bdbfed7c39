import { ObjectType } from 'type-graphql';
import { AgencyPersonView } from '@joined-up/service';

@ObjectType({
  description:
    "The probation service's view of one person. Each field is a category of personal data, served only to the probation service itself or under an information sharing agreement covering the officer's agency, that category and their purpose; otherwise the field is null with a FORBIDDEN error. Every read is written to the probation service's audit log.",
})
export class PersonProbation extends AgencyPersonView {}
