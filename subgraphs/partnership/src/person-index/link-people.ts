import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import type { PartnershipTables } from '../tables.js';
import { assignPersonIds, previousAssignments } from './assign-person-ids.js';
import { clusterByExactKey } from './exact-match.js';

export interface LinkageSummary {
  records: number;
  people: number;
  /** People whose id is new in this run. */
  newPeople: number;
}

/**
 * Rebuilds the person index from the linkage tokens the agencies sent, in
 * one transaction: readers see the old index or the new, never half of each.
 */
export async function linkPeople(db: Kysely<PartnershipTables>): Promise<LinkageSummary> {
  return db.transaction().execute(async (trx) => {
    const tokens = await trx.selectFrom('linkage_tokens').select(['agency_id', 'record_id', 'exact_key']).execute();
    const previous = previousAssignments(await trx.selectFrom('person_records').select(['agency_id', 'record_id', 'person_id']).execute());
    const clusters = clusterByExactKey(tokens);
    const ids = assignPersonIds(clusters, previous);

    const known = new Set((await trx.selectFrom('people').select('person_id').execute()).map((row) => row.person_id));
    const fresh = [...new Set(ids.values())].filter((id) => !known.has(id));
    await trx.deleteFrom('person_records').execute();
    await insertRows(trx, 'people', fresh.map((person_id) => ({ person_id })));
    await insertRows(
      trx,
      'person_records',
      clusters.flatMap((cluster) =>
        cluster.map((ref) => ({ agency_id: ref.agencyId, record_id: ref.recordId, person_id: ids.get(cluster)! })),
      ),
    );
    await trx
      .deleteFrom('people')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('person_records').select('person_id').whereRef('person_records.person_id', '=', 'people.person_id'))),
      )
      .execute();
    return { records: tokens.length, people: clusters.length, newPeople: fresh.length };
  });
}
