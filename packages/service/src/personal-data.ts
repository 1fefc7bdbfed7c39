import type { QueryCreator } from 'kysely';
import type { DataCategory } from '@joined-up/access';
import { insertAuditEntries } from '@joined-up/audit';
import { defineLoader, manyByKey, type LoaderDefinition } from '@joined-up/federation';
import type { SubgraphContext } from './subgraph-context.js';
import { auditEntryOf, type Subject } from './audit-entry-of.js';

export type { Subject } from './audit-entry-of.js';

export interface PersonalLoaderOptions<DB, Row> {
  name: string;
  /** The data category the rows belong to; access to it is decided once per request. */
  category: DataCategory;
  /** The GraphQL field the rows are served as, recorded in the audit entry. */
  field: string;
  /**
   * Reads the rows of many records in one statement, built from `db` (which
   * carries the audit entries' insert, so that statement writes them too).
   */
  read: (db: QueryCreator<DB>, recordIds: readonly string[]) => Promise<Row[]>;
  recordIdOf: (row: Row) => string;
}

/**
 * The one way a subgraph reads person-level data. Before any row is read,
 * the request's access policy must allow the category (otherwise every
 * subject in the batch fails with FORBIDDEN and nothing is read). The read
 * carries one audit entry per subject as a data-modifying common table
 * expression (`with audit_write as (insert ...) select ...`): one statement,
 * so if the audit write fails the read fails with it and nothing is served,
 * as a transaction would ensure, but in one round trip instead of four
 * (begin, read, insert, commit).
 */
export function definePersonalLoader<DB, Row>(options: PersonalLoaderOptions<DB, Row>): LoaderDefinition<SubgraphContext<DB>, Subject, Row[]> {
  return defineLoader<SubgraphContext<DB>, Subject, Row[]>(
    options.name,
    async (subjects, context) => {
      const basis = await context.access.require(options.category);
      const recordIds = [...new Set(subjects.map((subject) => subject.recordId))];
      const audited = context.db.with('audit_write', (db) =>
        insertAuditEntries(
          db,
          subjects.map((subject) => auditEntryOf(context, basis, subject, options.category, [options.field])),
        ),
      );
      // `with` adds the CTE to the query creator's tables; the read needs only its own.
      const rows = await options.read(audited as unknown as QueryCreator<DB>, recordIds);
      return manyByKey(
        subjects.map((subject) => subject.recordId),
        rows,
        options.recordIdOf,
      );
    },
    { cacheKey: (subject) => subject.recordId },
  );
}

/** Subjects for a person's records in this agency. */
export function subjectsOf(personId: string | null, recordIds: readonly string[]): Subject[] {
  return recordIds.map((recordId) => ({ recordId, personId }));
}
