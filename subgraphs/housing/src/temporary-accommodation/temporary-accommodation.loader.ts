import { definePersonalLoader } from '@joined-up/service';
import type { HousingTables, PlacementOfMemberRecord } from '../tables.js';

/** The temporary accommodation placements of many members' households in one statement, newest first. */
export const temporaryAccommodationOfSubject = definePersonalLoader<HousingTables, PlacementOfMemberRecord>({
  name: 'temporaryAccommodationOfSubject',
  category: 'housing.homelessness',
  field: 'temporaryAccommodation',
  read: (db, memberIds) =>
    db
      .selectFrom('household_members as member')
      .innerJoin('temporary_accommodation as placement', 'placement.household_id', 'member.household_id')
      .select('member.member_id')
      .selectAll('placement')
      .where('member.member_id', 'in', memberIds)
      .orderBy('placement.started_on', 'desc')
      .orderBy('placement.placement_id'),
  recordIdOf: (row) => row.member_id,
});
