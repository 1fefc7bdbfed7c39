import type { Kysely } from 'kysely';
import { createKeptCounts, dropKeptCounts, GRANULARITIES, periodStart, type KeptCounts } from '@joined-up/db';

/**
 * Offences with at least one suspect aged 10 to 17 on the offence date,
 * counted by where and in which month and quarter they were committed: the
 * youth-offences measure read every offence of a borough over the periods
 * asked, and each one's suspects, which grew with the population. An offence
 * is recounted when it, its involvements or its nominals change.
 */
const youthOffences: KeptCounts = {
  name: 'youth_offences_by_place',
  unit: { column: 'offence_id', type: 'text' },
  members: (only) => `
    select o.offence_id, granularities.granularity, ${periodStart('o.committed_on')}, o.local_authority_code, o.lsoa_code, 1
    from offences o cross join ${GRANULARITIES}
    where ${only('o.offence_id')}
      and exists (
        select 1 from offence_involvements i join nominals n using (nominal_id)
        where i.offence_id = o.offence_id and i.role = 'suspect'
          and n.date_of_birth <= o.committed_on - interval '10 years'
          and n.date_of_birth > o.committed_on - interval '18 years')`,
  sources: [
    { table: 'offences', units: 'offence_id' },
    { table: 'offence_involvements', units: 'offence_id' },
    { table: 'nominals', units: (rows) => `select i.offence_id from offence_involvements i where i.nominal_id in (select nominal_id from ${rows})` },
  ],
};

export async function up(db: Kysely<any>): Promise<void> {
  await createKeptCounts(db, youthOffences);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropKeptCounts(db, youthOffences);
}
