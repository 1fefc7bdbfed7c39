import { sql, type Kysely } from 'kysely';
import { addMonths, monthOf } from '@joined-up/statistics';
import type { PersonIndexTables } from '../tables.js';

export interface CohortCriteria {
  areaCode: string;
  minAgencies: number;
  ageFrom: number;
  ageTo: number;
}

export interface CohortMember {
  personId: string;
  agencies: string[];
}

/**
 * Birth months of people aged `ageFrom` to `ageTo` today. Someone is 17 until
 * their 18th birthday, so the oldest are born in the month after the one 18
 * years ago; the youngest aged 10 were born in this month 10 years ago.
 */
export function birthMonthRange(ageFrom: number, ageTo: number, today = new Date()): { earliest: string; latest: string } {
  const thisMonth = monthOf(today);
  return { earliest: addMonths(thisMonth, -12 * (ageTo + 1) + 1), latest: addMonths(thisMonth, -12 * ageFrom) };
}

/** The members of a cohort, with the agencies that know each, in one statement. */
export async function cohortMembers(db: Kysely<PersonIndexTables>, criteria: CohortCriteria): Promise<CohortMember[]> {
  const { earliest, latest } = birthMonthRange(criteria.ageFrom, criteria.ageTo);
  const { rows } = await sql<{ person_id: string; agencies: string[] }>`
    select p.person_id, array_agg(distinct r.agency_id order by r.agency_id) as agencies
    from people p join person_records r on r.person_id = p.person_id
    where p.local_authority_code = ${criteria.areaCode} and p.birth_month between ${earliest} and ${latest}
    group by p.person_id
    having count(distinct r.agency_id) >= ${criteria.minAgencies}
    order by p.person_id`.execute(db);
  return rows.map((row) => ({ personId: row.person_id, agencies: row.agencies }));
}
