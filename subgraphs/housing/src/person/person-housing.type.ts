import { ObjectType } from 'type-graphql';
import { AgencyPersonView } from '@joined-up/service';

@ObjectType({
  description:
    "The housing agency's view of one person. Each field is a category of personal data, served only to the housing agency itself or under an information sharing agreement covering the officer's agency, that category and their purpose; otherwise the field is null with a FORBIDDEN error. Housing deals with households: tenancies, applications and placements are those of the households the person is a member of. Every read is written to the housing agency's audit log.",
})
export class PersonHousing extends AgencyPersonView {}
