import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { sql } from 'kysely';
import type { OfficerClaims } from '@joined-up/auth';
import type { SubgraphDefinition } from '@joined-up/service';
import { agencyLead, officers, startTestSubgraph, type TestSubgraph } from '@joined-up/testing';
import { partnershipSubgraph } from '../server.js';

/*
 * The partnership's rules tested as its own team would, like the agencies'
 * subgraph tests: the subgraph alone over a fresh database on the engine under
 * test, seeded with its directory, asked over HTTP with signed tokens. Only
 * the subgraph definition is imported: the rules are reached through the
 * schema, so the tests hold however the resolvers are arranged in files.
 */

type PartnershipDb = typeof partnershipSubgraph extends SubgraphDefinition<infer DB> ? DB : never;

export interface GraphQLFailure {
  message: string;
  extensions: Record<string, any>;
}

export interface Partnership {
  readonly subgraph: TestSubgraph<PartnershipDb>;
  /** Runs an operation that must succeed, and returns its data. */
  ok<Data = any>(as: OfficerClaims, query: string, variables?: Record<string, unknown>): Promise<Data>;
  /** Runs an operation that must fail with one error, and returns it. */
  refused(as: OfficerClaims, query: string, variables?: Record<string, unknown>): Promise<GraphQLFailure>;
  /** Every table of the partnership's schema with a digest of its rows: equal before and after means nothing was written. */
  contents(): Promise<Record<string, string>>;
  /** A new outcome in Lambeth proposed by the administrator; with `leadAgency`, that agency holds its LEAD role. */
  newOutcome(options?: { leadAgency?: string }): Promise<string>;
  stop(): Promise<void>;
}

/** The partnership administrator, who may act on every shared record. */
export const admin = officers.partnershipAdmin;

/** An agency's lead as seeded in the directory (`<agency>-lead`, role `lead`). */
export const lead = agencyLead;

/** A fresh idempotency key, for a request meant to be new. */
export const newKey = (): string => `test-${randomUUID()}`;

export const PROPOSE_OUTCOME = `mutation($input: ProposeOutcomeInput!, $key: String!) { proposeOutcome(input: $input, idempotencyKey: $key) { id } }`;
export const ASSIGN_ROLE = `mutation($id: ID!, $input: AssignRoleInput!, $key: String!) {
  assignRole(outcomeId: $id, input: $input, idempotencyKey: $key) { role commitments agency { id } } }`;

export const outcomeInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'A test outcome',
  mischief: 'Young people known to every agency and helped by none',
  description: 'Made by a partnership subgraph test.',
  areaCode: 'E09000022',
  startDate: '2025-01-01',
  targetDate: '2028-12-31',
  ...overrides,
});

/*
 * Every rule family of the partnership runs in one test file
 * (`partnership-rules.test.ts`) over one subgraph: starting it costs seconds
 * on PostgreSQL and half a minute on a cold PGlite, so the families share it,
 * each on records of its own. `stop()` ends a family's use of it; the test
 * file's own `afterAll` stops it once every family is done.
 */
let shared: Promise<Partnership> | undefined;

/** The partnership the rule families share, started on first use. */
export function startPartnership(): Promise<Partnership> {
  shared ??= startSharedPartnership();
  return shared;
}

/** Stops the shared partnership and drops its database. */
export async function stopSharedPartnership(): Promise<void> {
  const running = shared;
  shared = undefined;
  if (running) await (await running).subgraph.stop();
}

async function startSharedPartnership(): Promise<Partnership> {
  const subgraph = await startTestSubgraph(partnershipSubgraph, 'partnership-rules');
  const tables = (
    await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_migration%'
      order by table_name`.execute(subgraph.database.db)
  ).rows.map((row) => row.name);
  // An empty list would make every "nothing was written" check pass vacuously.
  expect(tables).toEqual(expect.arrayContaining(['outcomes', 'outcome_roles', 'accountabilities', 'proposals', 'basket_submissions', 'idempotency_keys']));

  const run = async (as: OfficerClaims, query: string, variables?: Record<string, unknown>) => subgraph.query(as, query, { variables });
  const partnership: Partnership = {
    subgraph,
    async ok(as, query, variables) {
      const response = await run(as, query, variables);
      if (response.errors) throw new Error(`Expected no errors, got ${JSON.stringify(response.errors)}`);
      return response.data;
    },
    async refused(as, query, variables) {
      const response = await run(as, query, variables);
      expect(response.errors, `expected ${query.slice(0, 60)}... to be refused`).toHaveLength(1);
      const [error] = response.errors!;
      // A refusal never leaks an internal error or a stack trace.
      expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(response.text).not.toMatch(/at .*\.ts:\d+/);
      return { message: error.message, extensions: error.extensions ?? {} };
    },
    async contents() {
      const digests = sql.join(
        tables.map((table) => sql`select ${table} as name, md5(coalesce(string_agg(entry::text, '|' order by entry::text), '')) as digest from ${sql.table(table)} as entry`),
        sql` union all `,
      );
      const { rows } = await sql<{ name: string; digest: string }>`${digests}`.execute(subgraph.database.db);
      return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
    },
    async newOutcome({ leadAgency } = {}) {
      const proposed = await partnership.ok(admin, PROPOSE_OUTCOME, { key: newKey(), input: outcomeInput() });
      const id: string = proposed.proposeOutcome.id;
      if (leadAgency) await partnership.ok(admin, ASSIGN_ROLE, { id, key: newKey(), input: { agencyId: leadAgency, role: 'LEAD', commitments: ['Lead the outcome'] } });
      return id;
    },
    // The subgraph outlives each family: see stopSharedPartnership.
    stop: async () => {},
  };
  return partnership;
}
