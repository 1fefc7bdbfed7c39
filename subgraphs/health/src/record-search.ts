import { defineRecordSearch } from '@joined-up/service';

/** `searchHealthRecords`: health officers find their own records by name, date of birth and postcode. */
export const recordSearch = defineRecordSearch({
  agency: 'health',
  table: 'patients',
  idColumn: 'nhs_number',
  category: 'health.registration',
  recordIdName: 'NHS number',
});
