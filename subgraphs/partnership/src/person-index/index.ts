import type { Kysely } from 'kysely';
import type { PartnershipTables } from '../tables.js';
import { collectTokens, type AgencyEndpoint } from './collect-tokens.js';
import { linkPeople, type LinkageSummary } from './link-people.js';

export type { AgencyEndpoint } from './collect-tokens.js';
export type { LinkageSummary } from './link-people.js';

/**
 * The person index's one entry point: gather every agency's linkage tokens,
 * then link them into people. Callers never see how records are matched.
 */
export async function runLinkage(
  db: Kysely<PartnershipTables>,
  agencies: readonly AgencyEndpoint[],
  serviceToken: string,
): Promise<LinkageSummary & { tokensByAgency: Record<string, number> }> {
  const tokensByAgency: Record<string, number> = {};
  for (const agency of agencies) {
    tokensByAgency[agency.agencyId] = await collectTokens(db, agency, serviceToken);
  }
  return { ...(await linkPeople(db)), tokensByAgency };
}
