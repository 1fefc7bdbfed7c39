import type { Kysely } from 'kysely';
import { createKeptCounts, dropKeptCounts, GRANULARITIES, periodStart, type KeptCounts } from '@joined-up/db';

/**
 * Self-harm admissions of patients aged 10 to 24 on the day, counted by where
 * the patient lives and the month and quarter of the admission: the
 * self-harm measure read every admission of a borough's patients over the
 * periods asked, which grew with the population.
 */
const selfHarmAdmissions: KeptCounts = {
  name: 'self_harm_admissions_by_place',
  unit: { column: 'nhs_number', type: 'char(10)' },
  members: (only) => `
    select p.nhs_number, granularities.granularity, ${periodStart('a.admitted_on')}, p.local_authority_code, p.lsoa_code, count(*)
    from patients p join admissions a on a.nhs_number = p.nhs_number cross join ${GRANULARITIES}
    where ${only('p.nhs_number')} and p.local_authority_code is not null and a.self_harm
      and p.date_of_birth <= a.admitted_on - interval '10 years' and p.date_of_birth > a.admitted_on - interval '25 years'
    group by 1, 2, 3, 4, 5`,
  sources: [
    { table: 'patients', units: 'nhs_number' },
    { table: 'admissions', units: 'nhs_number' },
  ],
};

/**
 * CAMHS referrals of patients under 18 on the day and already born when the
 * month or quarter began (the measure's denominator counts those patients),
 * by where the patient lives.
 */
const camhsReferrals: KeptCounts = {
  name: 'camhs_referrals_by_place',
  unit: { column: 'nhs_number', type: 'char(10)' },
  members: (only) => `
    select p.nhs_number, granularities.granularity, ${periodStart('r.referred_on')}, p.local_authority_code, p.lsoa_code, count(*)
    from patients p join camhs_referrals r on r.nhs_number = p.nhs_number cross join ${GRANULARITIES}
    where ${only('p.nhs_number')} and p.local_authority_code is not null
      and p.date_of_birth > r.referred_on - interval '18 years' and p.date_of_birth <= ${periodStart('r.referred_on')}
    group by 1, 2, 3, 4, 5`,
  sources: [
    { table: 'patients', units: 'nhs_number' },
    { table: 'camhs_referrals', units: 'nhs_number' },
  ],
};

export async function up(db: Kysely<any>): Promise<void> {
  await createKeptCounts(db, selfHarmAdmissions);
  await createKeptCounts(db, camhsReferrals);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropKeptCounts(db, camhsReferrals);
  await dropKeptCounts(db, selfHarmAdmissions);
}
