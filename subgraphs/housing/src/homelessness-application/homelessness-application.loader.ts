import { definePersonalLoader } from '@joined-up/service';
import type { ApplicationOfMemberRecord, HousingTables } from '../tables.js';

/** The homelessness applications of many members' households in one statement, newest first. */
export const homelessnessApplicationsOfSubject = definePersonalLoader<HousingTables, ApplicationOfMemberRecord>({
  name: 'homelessnessApplicationsOfSubject',
  category: 'housing.homelessness',
  field: 'homelessnessApplications',
  read: (db, memberIds) =>
    db
      .selectFrom('household_members as member')
      .innerJoin('homelessness_applications as application', 'application.household_id', 'member.household_id')
      .select('member.member_id')
      .selectAll('application')
      .where('member.member_id', 'in', memberIds)
      .orderBy('application.applied_on', 'desc')
      .orderBy('application.application_id'),
  recordIdOf: (row) => row.member_id,
});
