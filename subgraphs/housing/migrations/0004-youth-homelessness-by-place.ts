import type { Kysely } from 'kysely';
import { createKeptCounts, dropKeptCounts, GRANULARITIES, periodStart, type KeptCounts } from '@joined-up/db';

/**
 * Homelessness applications by households with a member aged 16 to 24 on the
 * day, counted by where and in which month and quarter they were made: the
 * youth-homelessness measure read every application of a borough over the
 * periods asked, and each one's household, which grew with the population.
 * A household's applications are recounted when they or its members change.
 */
const youthHomelessness: KeptCounts = {
  name: 'youth_homelessness_by_place',
  unit: { column: 'household_id', type: 'text' },
  members: (only) => `
    select h.household_id, granularities.granularity, ${periodStart('h.applied_on')}, h.local_authority_code, h.lsoa_code, count(*)
    from homelessness_applications h cross join ${GRANULARITIES}
    where ${only('h.household_id')}
      and exists (
        select 1 from household_members m
        where m.household_id = h.household_id
          and m.date_of_birth <= h.applied_on - interval '16 years'
          and m.date_of_birth > h.applied_on - interval '25 years')
    group by 1, 2, 3, 4, 5`,
  sources: [
    { table: 'homelessness_applications', units: 'household_id' },
    { table: 'household_members', units: 'household_id' },
  ],
};

export async function up(db: Kysely<any>): Promise<void> {
  await createKeptCounts(db, youthHomelessness);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropKeptCounts(db, youthHomelessness);
}
