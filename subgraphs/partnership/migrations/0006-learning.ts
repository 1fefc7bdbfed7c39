import { sql, type Kysely } from 'kysely';

/**
 * Learning (the report's principles 7 and 9): a searchable register of
 * lessons, successes and failures, with the indicator values that were the
 * evidence at the time; and a record of every early warning raised on an
 * operating agreement, so that the history of an outcome shows when it went
 * off track and what was done about it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // `array_to_string` is only STABLE, so a generated column cannot call it;
  // joining tags with spaces is immutable in fact, and this says so.
  await sql`
    create function lesson_tags_text(tags text[]) returns text
    language sql immutable parallel safe
    as $$ select coalesce(array_to_string(tags, ' '), '') $$
  `.execute(db);

  // Full-text search that finds word families: English stems, then each stem
  // of five letters or more matched by its beginning less its last letter,
  // because related words often stem to forms that differ only at the end
  // ("truanting" stems to truant, "truancy" to truanci; "excluded" to exclud,
  // "exclusion" to exclus). Operators of the web-search syntax are kept.
  await sql`
    create function lesson_search_query(search text) returns tsquery
    language plpgsql stable parallel safe
    as $$
    declare
      result tsquery := websearch_to_tsquery('english', search);
      stem text;
    begin
      for stem in
        select lexeme from unnest(to_tsvector('english', search)) where length(lexeme) >= 5 and lexeme !~ '[''\\\\]'
      loop
        result := ts_rewrite(result, quote_literal(stem)::tsquery, (quote_literal(left(stem, -1)) || ':*')::tsquery);
      end loop;
      return result;
    end
    $$
  `.execute(db);

  await db.schema
    .createTable('lessons')
    .addColumn('lesson_id', 'text', (column) => column.primaryKey())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('tried', 'text', (column) => column.notNull())
    .addColumn('happened', 'text', (column) => column.notNull())
    .addColumn('tags', sql`text[]`, (column) => column.notNull().defaultTo(sql`'{}'`))
    .addColumn('outcome_id', 'text', (column) => column.references('outcomes.outcome_id'))
    .addColumn('agreement_id', 'text', (column) => column.references('operating_agreements.agreement_id'))
    .addColumn('area_code', 'text')
    .addColumn('recorded_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('recorded_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    // English stemming, title weighted above the story, tags last; kept by the database on every write.
    .addColumn('search_document', sql`tsvector`, (column) =>
      column.generatedAlwaysAs(
        sql`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', tried || ' ' || happened), 'B') || setweight(to_tsvector('english', lesson_tags_text(tags)), 'C')`,
      ).stored(),
    )
    .addCheckConstraint('lessons_kind', sql`kind in ('SUCCESS', 'FAILURE')`)
    .addCheckConstraint('lessons_linked', sql`outcome_id is not null or agreement_id is not null or area_code is not null`)
    .execute();
  await sql`create index lessons_search on lessons using gin (search_document)`.execute(db);
  await sql`create index lessons_tags on lessons using gin (tags)`.execute(db);
  await db.schema.createIndex('lessons_outcome').on('lessons').column('outcome_id').execute();

  // The indicator values the lesson rests on, as they stood when it was written.
  await db.schema
    .createTable('lesson_evidence')
    .addColumn('lesson_id', 'text', (column) => column.notNull().references('lessons.lesson_id'))
    .addColumn('indicator_id', 'text', (column) => column.notNull().references('indicators.indicator_id'))
    .addColumn('period', 'text', (column) => column.notNull())
    .addColumn('value', 'numeric', (column) => column.notNull())
    .addColumn('captured_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('lesson_evidence_pkey', ['lesson_id', 'indicator_id', 'period'])
    .addCheckConstraint('lesson_evidence_period', sql`period ~ '^[0-9]{4}-((0[1-9]|1[0-2])|Q[1-4])$'`)
    .execute();

  // Early warnings as they were first seen. `since_review_id` is the agreement's
  // latest review when the warning was raised (null before any review): one
  // warning per agreement per review period, so concurrent requests that see
  // the same warning record it once, and the next review closes it.
  await db.schema
    .createTable('operating_agreement_warnings')
    .addColumn('warning_id', 'bigint', (column) => column.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('agreement_id', 'text', (column) => column.notNull().references('operating_agreements.agreement_id'))
    .addColumn('since_review_id', 'bigint', (column) => column.references('operating_agreement_reviews.review_id'))
    .addColumn('detected_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('detail', 'text', (column) => column.notNull())
    .execute();
  await sql`create unique index operating_agreement_warnings_once_per_review on operating_agreement_warnings (agreement_id, coalesce(since_review_id, 0))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['operating_agreement_warnings', 'lesson_evidence', 'lessons']) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function lesson_search_query(text)`.execute(db);
  await sql`drop function lesson_tags_text(text[])`.execute(db);
}
