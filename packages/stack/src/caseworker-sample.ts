import type { Kysely } from 'kysely';
import { PERSON_INDEX } from '@joined-up/agencies';
import type { StartedSubgraph } from '@joined-up/service';

/** What a health caseworker would type to find one real person of the seeded population. */
export interface CaseworkerSample {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
}

/**
 * A person known to all five agencies, as health records them, so that the
 * explorer's caseworker example finds someone and shows every agency's view.
 * Null when the person index is empty or health is not running.
 */
export async function caseworkerSample(subgraphs: ReadonlyMap<string, StartedSubgraph>): Promise<CaseworkerSample | null> {
  const personIndex = subgraphs.get(PERSON_INDEX.id)?.database.db as Kysely<any> | undefined;
  const health = subgraphs.get('health')?.database.db as Kysely<any> | undefined;
  if (!personIndex || !health) return null;
  // Health's records in order, each kept only if its person is known to all
  // five: the walk stops at the 50th, where grouping every person of the
  // index first took minutes at a million people, past any statement bound.
  const records = await personIndex
    .selectFrom('person_records as record')
    .select('record.record_id')
    .where('record.agency_id', '=', 'health')
    .where(
      (eb) =>
        eb
          .selectFrom('person_records as known')
          .select(eb.fn.count('known.agency_id').distinct().as('agencies'))
          .whereRef('known.person_id', '=', 'record.person_id'),
      '=',
      5,
    )
    .orderBy('record.record_id')
    .limit(50)
    .execute();
  if (records.length === 0) return null;
  const patient = await health
    .selectFrom('patients')
    .select(['given_name', 'family_name', 'date_of_birth'])
    .where('nhs_number', 'in', records.map((row) => row.record_id))
    .where('date_of_birth', 'is not', null)
    .orderBy('nhs_number')
    .limit(1)
    .executeTakeFirst();
  return patient ? { givenName: patient.given_name, familyName: patient.family_name, dateOfBirth: String(patient.date_of_birth).slice(0, 10) } : null;
}
