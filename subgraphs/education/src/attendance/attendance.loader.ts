import { definePersonalLoader } from '@joined-up/service';
import type { AttendanceRecord, EducationTables } from '../tables.js';

/**
 * Every month of attendance of many pupils in one statement, newest first.
 * The whole history is read and the requested months picked out afterwards:
 * the loader is keyed by pupil, so one request reads each pupil once whatever
 * months its fields ask for.
 */
export const attendanceOfSubject = definePersonalLoader<EducationTables, AttendanceRecord>({
  name: 'attendanceOfSubject',
  category: 'education.attendance',
  field: 'attendance',
  read: (db, upns) => db.selectFrom('attendance').selectAll().where('upn', 'in', upns).orderBy('month', 'desc'),
  recordIdOf: (row) => row.upn,
});
