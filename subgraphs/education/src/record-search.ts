import { defineRecordSearch } from '@joined-up/service';

/** `searchEducationRecords`: education officers find their own records by name, date of birth and postcode. */
export const recordSearch = defineRecordSearch({
  agency: 'education',
  table: 'pupils',
  idColumn: 'upn',
  category: 'education.pupil',
  recordIdName: 'UPN (unique pupil number)',
});
