import { sql, type Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import { linkRecords, type LinkRecordsOptions } from '@joined-up/linkage';
import type { PersonIndexTables } from '../tables.js';
import { assignPersonIds, previousAssignments, type Cluster } from './assign-person-ids.js';

export interface LinkageSummary {
  records: number;
  people: number;
  /** People whose id is new in this run. */
  newPeople: number;
  /** Candidate pairs left for clerical review. */
  reviewBand: number;
  runId: number;
}

/**
 * Rebuilds the person index from the linkage tokens the agencies sent.
 * Matching runs in the database (blocking, Bloom-filter comparisons, a
 * Fellegi–Sunter model trained without labels, reviewer decisions honoured);
 * the resulting people are then written in one transaction, keeping every
 * existing partnership id that still denotes the same cluster, so readers
 * see the old index or the new, never half of each.
 */
export async function linkPeople(db: Kysely<PersonIndexTables>, options: LinkRecordsOptions = {}): Promise<LinkageSummary> {
  const result = await linkRecords(db, { uSamplePairs: uSamplePairsFromEnv(), ...options });
  const clusters: Cluster[] = result.clusters.map((cluster) => cluster.map((ref) => ({ agencyId: ref.agencyId, recordId: ref.recordId })));
  const written = await db.transaction().execute(async (trx) => {
    // Rewriting a large index outlasts any request's budget: no per-statement bound, whatever the pool's.
    await sql`select set_config('statement_timeout', '0', true)`.execute(trx);
    // Linkage and writing are separate steps; lock the index so two runs cannot interleave their writes.
    await sql`lock table person_records in exclusive mode`.execute(trx);
    const previous = previousAssignments(await trx.selectFrom('person_records').select(['agency_id', 'record_id', 'person_id']).execute());
    const ids = assignPersonIds(clusters, previous);
    const known = new Set((await trx.selectFrom('people').select('person_id').execute()).map((row) => row.person_id));
    const fresh = [...new Set(ids.values())].filter((id) => !known.has(id));
    await trx.deleteFrom('person_records').execute();
    await insertRows(trx, 'people', fresh.map((person_id) => ({ person_id })));
    await insertRows(
      trx,
      'person_records',
      clusters.flatMap((cluster) => cluster.map((ref) => ({ agency_id: ref.agencyId, record_id: ref.recordId, person_id: ids.get(cluster)! }))),
    );
    await trx
      .deleteFrom('people')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('person_records').select('person_id').whereRef('person_records.person_id', '=', 'people.person_id'))),
      )
      .execute();
    // Each person's month of birth and local authority: what most of their records say.
    await sql`
      update people set birth_month = agreed.birth_month, local_authority_code = agreed.local_authority_code
      from (
        select r.person_id,
          mode() within group (order by e.birth_month) filter (where e.birth_month is not null) as birth_month,
          mode() within group (order by e.local_authority_code) filter (where e.local_authority_code is not null) as local_authority_code
        from person_records r join linkage_encodings e using (agency_id, record_id)
        group by r.person_id
      ) agreed
      where agreed.person_id = people.person_id`.execute(trx);
    return { people: new Set(ids.values()).size, newPeople: fresh.length };
  });
  // The index was just rewritten whole: without fresh statistics the planner
  // took a million people's index for a few thousand rows, and a look-up
  // grouping it ran for minutes.
  await sql`analyze person_records, people`.execute(db);
  return { records: result.records, reviewBand: result.reviewBand, runId: result.runId, ...written };
}

/**
 * Random pairs compared to estimate u: `JOINED_UP_LINKAGE_U_PAIRS`, else the
 * linkage package's default (1,000,000). Comparing them is most of a small
 * run's time: the test suite sets 250,000 for its population of 3,300
 * records, which there gives the same people, links and review band as a
 * million in a quarter of the time.
 */
function uSamplePairsFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const configured = env.JOINED_UP_LINKAGE_U_PAIRS;
  if (configured === undefined || configured === '') return undefined;
  const pairs = Number(configured);
  if (!Number.isInteger(pairs) || pairs < 10_000) {
    throw new Error(`JOINED_UP_LINKAGE_U_PAIRS must be a whole number of random pairs, at least 10000; it is "${configured}".`);
  }
  return pairs;
}
