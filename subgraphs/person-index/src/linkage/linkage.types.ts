import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum LinkDecision {
  MATCH = 'MATCH',
  NON_MATCH = 'NON_MATCH',
}

registerEnumType(LinkDecision, {
  name: 'LinkDecision',
  description: "A reviewer's decision on whether two records are one person. Every later linkage run respects it.",
  valuesConfig: {
    MATCH: { description: 'The two records are the same person: always linked.' },
    NON_MATCH: { description: 'They are different people: never joined, even through other links.' },
  },
});

@InputType({ description: "One agency record, by the agency and its own record id." })
export class AgencyRecordInput {
  @Field(() => ID, { description: 'The agency holding the record.' })
  agencyId!: string;

  @Field(() => ID, { description: "The agency's own record id." })
  recordId!: string;
}

@ObjectType({ description: "One agency record, by the agency and its own record id (no name or date of birth: the partnership never holds them)." })
export class AgencyRecordRef {
  @Field(() => ID, { description: 'The agency holding the record.' })
  agencyId!: string;

  @Field(() => ID, { description: "The agency's own record id." })
  recordId!: string;
}

@ObjectType({ description: "One bar of a link's waterfall: what one comparison added to the match weight." })
export class LinkWeightStep {
  @Field(() => String, { description: 'The comparison, e.g. family_name or date_of_birth.' })
  comparison!: string;

  @Field(() => String, { description: 'What the comparison measures.' })
  description!: string;

  @Field(() => String, { description: 'The level the two records reached, e.g. "exact", "close", "swapped day and month", "different".' })
  level!: string;

  @Field(() => Float, { nullable: true, description: 'm: how often true matches reach this level; null when a value is missing.' })
  m!: number | null;

  @Field(() => Float, { nullable: true, description: 'u: how often unrelated records reach this level by chance; null when a value is missing.' })
  u!: number | null;

  @Field(() => Float, { description: 'log2(m/u): bits of evidence for (positive) or against (negative) a match.' })
  weight!: number;

  @Field(() => Float, { description: 'Running total of the weight after this step.' })
  cumulative!: number;
}

@ObjectType({ description: 'A reviewer\'s standing decision on a pair of records.' })
export class LinkReview {
  @Field(() => LinkDecision, { description: 'Match or not a match.' })
  decision!: LinkDecision;

  @Field(() => String, { description: 'Why, in the reviewer\'s words.' })
  reason!: string;

  @Field(() => String, { description: 'The reviewing officer.' })
  officerId!: string;

  @Field(() => String, { description: 'When, ISO 8601.' })
  decidedAt!: string;
}

@ObjectType({
  description:
    'Why two records were or were not linked: the Fellegi–Sunter match weight built up from the prior through each comparison of their encodings (a waterfall, as Splink draws it), under the model of the last linkage run.',
})
export class LinkExplanation {
  @Field(() => AgencyRecordRef, { description: 'The first record.' })
  recordA!: AgencyRecordRef;

  @Field(() => AgencyRecordRef, { description: 'The second record.' })
  recordB!: AgencyRecordRef;

  @Field(() => Float, { description: 'log2 prior odds that two records are one person, before any evidence.' })
  prior!: number;

  @Field(() => [LinkWeightStep], { description: 'What each comparison added, in model order.' })
  steps!: LinkWeightStep[];

  @Field(() => Float, { description: 'The total match weight.' })
  totalWeight!: number;

  @Field(() => Float, { description: 'The match probability the weight gives.' })
  probability!: number;

  @Field(() => String, { description: 'What the last run does with such a weight: link, review or non-link.' })
  outcome!: string;

  @Field(() => LinkReview, { nullable: true, description: 'A reviewer\'s standing decision on the pair, which overrides the weight.' })
  review!: LinkReview | null;
}

@ObjectType({ description: 'A pair of records the last run could not decide: its probability lies between the review and match thresholds.' })
export class LinkCandidate {
  @Field(() => AgencyRecordRef, { description: 'The first record.' })
  recordA!: AgencyRecordRef;

  @Field(() => AgencyRecordRef, { description: 'The second record.' })
  recordB!: AgencyRecordRef;

  @Field(() => Float, { description: 'The match weight.' })
  matchWeight!: number;

  @Field(() => Float, { description: 'The match probability.' })
  probability!: number;
}

@ObjectType({ description: 'A linkage run: how many records it linked into how many people, and what was left for review.' })
export class LinkageRun {
  @Field(() => ID, { description: 'Run number.' })
  id!: string;

  @Field(() => String, { description: 'When it finished, ISO 8601.' })
  finishedAt!: string;

  @Field(() => Int, { description: 'Agency records linked.' })
  records!: number;

  @Field(() => Float, { description: 'Candidate pairs compared.' })
  pairsScored!: number;

  @Field(() => Int, { description: 'Pairs linked.' })
  pairsLinked!: number;

  @Field(() => Int, { description: 'Pairs left for clerical review.' })
  reviewBand!: number;
}

@ObjectType({ description: 'Whether a linkage run is under way, and the last one that finished.' })
export class LinkageStatus {
  @Field(() => Boolean, { description: 'True while a run started by relinkPeople is in progress.' })
  running!: boolean;

  @Field(() => LinkageRun, { nullable: true, description: 'The last run that finished; null while one is running.' })
  lastRun!: LinkageRun | null;

  @Field(() => String, { nullable: true, description: 'Why the last run started here failed, if it did.' })
  lastError!: string | null;
}
