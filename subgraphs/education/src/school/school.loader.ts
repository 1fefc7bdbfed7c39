import { defineLoader } from '@joined-up/federation';
import type { EducationContext } from '../tables.js';
import type { SchoolRecord } from '../tables.js';
import { School } from './school.type.js';

/**
 * The school census, read at most once per request. Pupils, attendance months
 * and exclusions each name a school; they are read together when a request
 * asks for them together, but not always (a pupil's school may be asked for
 * in one part of a query and exclusions in a later one), and batching lookups
 * by URN would cost one statement per list that arrived apart. The census is
 * a few dozen rows per authority: reading it whole keeps every request to one
 * statement for all the schools it mentions.
 */
const schoolCensus = defineLoader<EducationContext, 'census', ReadonlyMap<string, SchoolRecord>>('schoolCensus', async (keys, { db }) => {
  const rows = await db.selectFrom('schools').selectAll().execute();
  const census = new Map(rows.map((row) => [row.urn, row]));
  return keys.map(() => census);
});

/** A school by URN, or null when the census has no such school (an entity reference from a partner, say). */
export async function schoolByUrn(urn: string, context: EducationContext): Promise<SchoolRecord | null> {
  return (await context.loaders.load(schoolCensus, 'census')).get(urn) ?? null;
}

/** The school a record names. Every record's school is in the census (a foreign key), so a miss is a bug, not a client error. */
export async function schoolOf(urn: string, context: EducationContext): Promise<School> {
  const record = await schoolByUrn(urn, context);
  if (!record) throw new Error(`School ${urn} is named by a record but missing from the schools table.`);
  return School.fromRecord(record);
}
