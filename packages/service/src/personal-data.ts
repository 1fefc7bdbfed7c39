import { defineLoader, type LoaderDefinition } from '@joined-up/federation';
import type { SubgraphContext } from './subgraph-context.js';
import type { Subject } from './audit-entry-of.js';
import { personalReads, type PersonalRead } from './personal-reads.js';

export type { Subject } from './audit-entry-of.js';

/** What a personal loader declares: its name, category, audited field, and the query for its rows. */
export type PersonalLoaderOptions<DB, Row> = PersonalRead<DB, Row>;

/**
 * The one way a subgraph reads person-level data. Before any row is read,
 * the request's access policy must allow the category (otherwise every
 * subject asked of it fails with FORBIDDEN and nothing of it is read). The
 * loader hands its batch to the request's `personalReads`, which reads the
 * batches of all categories loaded in the same round (a person's patient
 * records, attendances and admissions, for a hundred people) in one
 * statement that also writes one audit entry per subject and category as a
 * data-modifying common table expression (`with audit_write as (insert ...)
 * select ...`): if the audit write fails the read fails with it and nothing
 * is served, as a transaction would ensure, but in one round trip instead of
 * four (begin, read, insert, commit) per category.
 */
export function definePersonalLoader<DB, Row>(options: PersonalLoaderOptions<DB, Row>): LoaderDefinition<SubgraphContext<DB>, Subject, Row[]> {
  const read = options as PersonalRead<DB, unknown>;
  return defineLoader<SubgraphContext<DB>, Subject, Row[]>(
    options.name,
    // Handed on without waiting, so every category's batch of this round joins the same read.
    (subjects, context) => context.loaders.get(personalReads<DB>()).loadMany(subjects.map((subject) => ({ read, subject }))) as Promise<(Row[] | Error)[]>,
    { cacheKey: (subject) => subject.recordId },
  );
}

/** Subjects for a person's records in this agency. */
export function subjectsOf(personId: string | null, recordIds: readonly string[]): Subject[] {
  return recordIds.map((recordId) => ({ recordId, personId }));
}
