/** A measure an agency computes for shared outcomes' indicators, from its own records. */
export interface MeasureDeclaration {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  /** Scales a rate (values are count ÷ denominator × per); null for a plain count. */
  readonly per: number | null;
  readonly description: string;
}

/**
 * One member of the federation: what the platform, the partnership and the
 * other agencies need to know about it without loading its code.
 */
export interface AgencyDeclaration {
  /** The subgraph's name, its database schema and the prefix of its data categories: `health`, `police`, ... */
  readonly id: string;
  /** Its name in the partnership's directory. */
  readonly name: string;
  /** What it holds, in the partnership's directory. */
  readonly description: string;
  /** Where its subgraph listens when run on its own. */
  readonly defaultPort: number;
  /** The categories of personal data it holds (without the `<id>.` prefix), each with what it covers. */
  readonly categories: Readonly<Record<string, string>>;
}

/** An agency that holds records of people and computes measures: every member but the partnership. */
export interface DeliveringAgencyDeclaration extends AgencyDeclaration {
  /** What the agency's own record ids of a person are, e.g. "NHS numbers of this person's patient registrations". */
  readonly recordIds: string;
  readonly measures: readonly MeasureDeclaration[];
}
