import type { Kysely } from 'kysely';
import type { PersonIndexTables } from '../tables.js';
import { LINKAGE_STAGES } from '@joined-up/linkage';
import { startStage } from '@joined-up/progress';
import { collectTokens, type AgencyEndpoint } from './collect-tokens.js';
import { linkPeople, type LinkageSummary } from './link-people.js';

export type { AgencyEndpoint } from './collect-tokens.js';
export type { LinkageSummary } from './link-people.js';

/**
 * The person index's one entry point: gather every agency's linkage tokens,
 * then link them into people. Callers never see how records are matched.
 */
export async function runLinkage(
  db: Kysely<PersonIndexTables>,
  agencies: readonly AgencyEndpoint[],
  /**
   * Issues the token for one agency's export. Each agency gets its own, asked
   * for just before its export: a million people's exports take longer than a
   * short-lived token lives, and one token for all of them expired part-way.
   */
  issueServiceToken: () => Promise<string>,
  /** Where each stage's line goes (with its duration); the progress bar, in a terminal, goes to stderr. */
  log: (line: string) => void = () => {},
): Promise<LinkageSummary & { tokensByAgency: Record<string, number> }> {
  const tokensByAgency: Record<string, number> = {};
  const collecting = startStage('linkage: collecting tokens', { total: agencies.length, unit: 'agencies', log });
  for (const agency of agencies) {
    tokensByAgency[agency.agencyId] = await collectTokens(db, agency, await issueServiceToken());
    collecting.tick();
  }
  collecting.finish(Object.entries(tokensByAgency).map(([agency, count]) => `${agency} ${count.toLocaleString('en-GB')}`).join(', '));
  const linking = startStage('linkage: matching and clustering', { total: LINKAGE_STAGES.length, unit: 'stages', log });
  const summary = await linkPeople(db, {
    onStage: (stage, ms) => {
      log(`linkage: ${stage} ${(ms / 1000).toFixed(1)} s`);
      linking.tick();
    },
  });
  linking.finish(`${summary.people.toLocaleString('en-GB')} people, ${summary.reviewBand.toLocaleString('en-GB')} pairs for review`);
  return { ...summary, tokensByAgency };
}
