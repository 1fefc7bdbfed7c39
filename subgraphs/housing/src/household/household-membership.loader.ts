import { definePersonalLoader } from '@joined-up/service';
import type { HouseholdMembershipRecord, HousingTables } from '../tables.js';

/** The household memberships of many member records in one statement. */
export const householdMembershipsOfSubject = definePersonalLoader<HousingTables, HouseholdMembershipRecord>({
  name: 'householdMembershipsOfSubject',
  category: 'housing.household',
  field: 'households',
  read: (db, memberIds) =>
    db
      .selectFrom('household_members')
      .select(['member_id', 'household_id', 'relationship', 'date_of_birth', 'address_line', 'postcode', 'lsoa_code', 'local_authority_code'])
      .where('member_id', 'in', memberIds)
      .orderBy('member_id'),
  recordIdOf: (row) => row.member_id,
});
