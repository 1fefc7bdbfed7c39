import { defineRecordSearch } from '@joined-up/service';

/** `searchVoluntaryRecords`: voluntary officers find their own records by name, date of birth and postcode. */
export const recordSearch = defineRecordSearch({
  agency: 'voluntary',
  table: 'clients',
  idColumn: 'client_id',
  category: 'voluntary.client',
  recordIdName: 'voluntary client reference',
});
