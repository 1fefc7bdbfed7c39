import { Field, ID, ObjectType } from 'type-graphql';
import type { CategoryRoles, SharingAgreementTerms } from '@joined-up/access';

@ObjectType({ description: "One agency's approval of a sharing agreement." })
export class AgreementApproval {
  @Field(() => String, { description: 'The party agency id.' })
  agencyId!: string;

  @Field(() => String, { nullable: true, description: "Officer id of who approved it for the agency; null until approved." })
  approvedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Date approved, YYYY-MM-DD.' })
  approvedOn!: string | null;
}

@ObjectType({
  description:
    "For one data category of a sharing agreement, which roles of the receiving agencies see its identifying fields (names, dates of birth, identifiers such as NHS number, UPN, police and housing references, addresses and postcodes). Every other role the category is shared with receives the pseudonymised view: the partnership id, age band, LSOA and the events themselves, and FORBIDDEN on each identifying field.",
})
export class IdentifyingRoles implements CategoryRoles {
  @Field(() => String, { description: 'The data category, e.g. police.nominal.' })
  category!: string;

  @Field(() => [String], {
    description: "Roles (e.g. caseworker) whose officers see the category's identifying fields; empty when every role gets the pseudonymised view.",
  })
  roles!: string[];
}

@ObjectType({
  description:
    'An information sharing agreement: the agencies party to it may see each other\'s personal data of the named categories, for the named purposes, while it is in force and approved by every party. Agencies always see their own records.',
})
export class SharingAgreement implements SharingAgreementTerms {
  @Field(() => ID, { description: 'Reference, e.g. ISA-LAMBETH-YOUTH-CRIME.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => [String], { description: 'Agency ids of the parties.' })
  parties!: string[];

  @Field(() => [String], { description: 'Purposes it covers, e.g. youth-crime-prevention.' })
  purposes!: string[];

  @Field(() => [String], { description: 'Data categories it covers, e.g. health.urgent-care.' })
  categories!: string[];

  @Field(() => String, { description: 'The law that allows the sharing, e.g. Crime and Disorder Act 1998, section 115.' })
  legalBasis!: string;

  @Field(() => String, { description: 'First day in force, YYYY-MM-DD.' })
  validFrom!: string;

  @Field(() => String, { description: 'Last day in force, YYYY-MM-DD.' })
  validTo!: string;

  @Field(() => Boolean, { description: 'True once every party has approved it.' })
  approved!: boolean;

  @Field(() => [AgreementApproval], { description: 'Who approved it on each side, and when.' })
  approvals!: AgreementApproval[];

  @Field(() => [IdentifyingRoles], {
    description:
      "For each data category it covers, the roles of the receiving agencies' officers who see identifying fields; other roles get the pseudonymised view. An agency's own officers always see its own records whatever their role.",
  })
  identifyingRoles!: IdentifyingRoles[];
}
