import { defineRecordSearch } from '@joined-up/service';

/** `searchPoliceRecords`: police officers find their own records by name, date of birth and postcode. */
export const recordSearch = defineRecordSearch({
  agency: 'police',
  table: 'nominals',
  idColumn: 'nominal_id',
  category: 'police.nominal',
  recordIdName: 'police nominal reference',
});
