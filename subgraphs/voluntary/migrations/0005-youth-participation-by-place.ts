import type { Kysely } from 'kysely';
import { createKeptCounts, dropKeptCounts, GRANULARITIES, periodStart, type KeptCounts } from '@joined-up/db';

/**
 * Young people aged 10 to 17 who attended a youth club, mentoring or sport
 * session, counted once per month and once per quarter by where they live:
 * the youth-participation measure read every participation row of a
 * borough's clients over the periods asked, which grew with the population.
 * A client is recounted when they, their participation, or a service they
 * took part in changes.
 */
const youthParticipation: KeptCounts = {
  name: 'youth_participation_by_place',
  unit: { column: 'client_id', type: 'text' },
  members: (only) => `
    select distinct c.client_id, granularities.granularity, ${periodStart('pt.month')}, c.local_authority_code, c.lsoa_code, 1
    from clients c
      join participation pt on pt.client_id = c.client_id
      join services s on s.service_id = pt.service_id
      cross join ${GRANULARITIES}
    where ${only('c.client_id')} and c.local_authority_code is not null
      and s.category in ('youth club', 'mentoring', 'sport')
      and pt.sessions_attended > 0
      and c.date_of_birth <= pt.month - interval '10 years'
      and c.date_of_birth > pt.month - interval '18 years'`,
  sources: [
    { table: 'clients', units: 'client_id' },
    { table: 'participation', units: 'client_id' },
    { table: 'services', units: (rows) => `select pt.client_id from participation pt where pt.service_id in (select service_id from ${rows})` },
  ],
};

export async function up(db: Kysely<any>): Promise<void> {
  await createKeptCounts(db, youthParticipation);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropKeptCounts(db, youthParticipation);
}
