/**
 * One set of operation limits for the gateway and every subgraph, so a
 * subgraph called directly defends itself exactly as the gateway does.
 *
 * Each figure was measured against the queries we mean to serve: the README's
 * examples and the benchmark's (`test/bench/queries.ts`), through the gateway
 * and as the `_entities` calls the gateway then makes to each subgraph.
 * `test/security/operation-limits.e2e.ts` measures them again and fails when
 * one of those queries comes within reach of a limit.
 *
 * Largest measured (population 2,000, every README and benchmark query, as
 * the caseworker; `test/security/operation-limits.e2e.ts`):
 * - depth 6, aliases 2, directives 0, at the gateway and at a subgraph;
 * - cost 25,901 at the gateway (100 people, five agencies) and 14,031 at a
 *   subgraph (the partnership's part of the same query);
 * - 100 representations in one `_entities` call (the gateway sends the 100
 *   people to each agency as one call; at voluntary it costs 3,201);
 * - 117 KB, the largest answer (100 people, five agencies).
 */
export const OPERATION_LIMITS = {
  /** Nested fields (fragments do not count: only the fields they hold). */
  maxDepth: 10,
  /** Aliased fields, `__typename` excepted. */
  maxAliases: 15,
  /** Directives written in the operation. */
  maxDirectives: 10,
  /** Lexical tokens; graphql-js's parser stops counting past it. */
  maxTokens: 3000,
  /** The estimated number of values resolved: see `operation-cost.ts`. */
  maxCost: 50_000,
  /**
   * Wall-clock time one request may use at a subgraph, SQL included: the
   * gateway's default wait for a subgraph (5 s), since work past it is for an
   * answer nobody will read. The README's queries take well under 1 s alone.
   */
  timeBudgetMs: 5000,
  /** Largest JSON answer sent, in bytes: 70 times the largest measured. */
  maxResponseBytes: 8 * 1024 * 1024,
  /** People a cohort may list as `members`; its size and combinations are given whatever its size. */
  maxCohortMembers: 500,
} as const;

/**
 * How many items a list field is assumed to hold when no argument says
 * (`ids`, `representations` and paging arguments count exactly). Fields not
 * named here are assumed to hold `DEFAULT_LIST_SIZE`. The figures are round
 * numbers above what a field holds in the synthetic population of 10,000
 * (about 5 officers an agency, 178 LSOAs in Lambeth, 120 people in the
 * planted cohort), so that nesting them (officers of the agency of an
 * officer …) costs what it would really cost, with room to grow.
 */
export const DEFAULT_LIST_SIZE = 10;
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Agency.officers': 20,
  'Query.areas': 200,
  'Area.lsoas': 200,
  'Cohort.members': 200,
};
