import { definePersonalLoader } from '@joined-up/service';
import { SERVICE_COLUMNS, type ServiceWithOrganisation } from '../service/service.loader.js';
import type { ServiceReferralRecord, VoluntaryTables } from '../tables.js';

/** A referral with the service it is to, and that service's organisation. */
export type ServiceReferralRow = ServiceReferralRecord & ServiceWithOrganisation;

/** Referrals of many clients in one statement, each with its service, newest first. */
export const referralsOfSubject = definePersonalLoader<VoluntaryTables, ServiceReferralRow>({
  name: 'referralsOfSubject',
  category: 'voluntary.referrals',
  field: 'referrals',
  read: (db, clientIds) =>
    db
      .selectFrom('service_referrals')
      .innerJoin('services', 'services.service_id', 'service_referrals.service_id')
      .innerJoin('organisations', 'organisations.organisation_id', 'services.organisation_id')
      .select([
        'service_referrals.referral_id',
        'service_referrals.client_id',
        'service_referrals.referred_on',
        'service_referrals.referred_by',
        'service_referrals.status',
        ...SERVICE_COLUMNS,
      ])
      .where('service_referrals.client_id', 'in', clientIds)
      .orderBy('service_referrals.referred_on', 'desc')
      .orderBy('service_referrals.referral_id', 'desc'),
  recordIdOf: (row) => row.client_id,
});
