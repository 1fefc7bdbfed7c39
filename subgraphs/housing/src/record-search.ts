import { defineRecordSearch } from '@joined-up/service';

/** `searchHousingRecords`: housing officers find their own records by name, date of birth and postcode. */
export const recordSearch = defineRecordSearch({
  agency: 'housing',
  table: 'household_members',
  idColumn: 'member_id',
  category: 'housing.household',
  recordIdName: 'household member reference',
});
