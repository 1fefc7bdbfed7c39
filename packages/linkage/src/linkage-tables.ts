import { sql, type Kysely } from 'kysely';

/**
 * The partnership's linkage tables, created by a partnership migration:
 *
 * - `linkage_encodings`: one row per agency record, exactly the token the
 *   agency sent. Bloom filters are `bit varying`, so Dice is computed in SQL;
 *   their bit counts are stored beside them (generated) because every pair
 *   needs them. `encoding_id` is an internal surrogate for joins (it changes
 *   when an agency re-sends its tokens); the stable reference is
 *   (agency_id, record_id).
 * - `linkage_blocks`: one row per blocking key per record, the table blocking
 *   joins on.
 * - `linkage_runs`, `linkage_model`, `linkage_pairs`: what the last linkage
 *   run estimated and decided, kept so any pair can be explained.
 * - `linkage_reviews`: reviewers' decisions on pairs, which outlive runs.
 *
 * These are the tables as the first migration made them; later migrations
 * change them (`addIdentityLevelToLinkagePairs`), so a database no migration
 * manages (a test's, an evaluation's) applies those too.
 */
export async function createLinkageTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('linkage_encodings')
    .addColumn('encoding_id', 'bigint', (column) => column.generatedAlwaysAsIdentity().unique())
    .addColumn('agency_id', 'text', (column) => column.notNull())
    .addColumn('record_id', 'text', (column) => column.notNull())
    .addColumn('exact_key', 'text', (column) => column.notNull())
    .addColumn('blocking_keys', sql`text[]`, (column) => column.notNull().defaultTo(sql`'{}'`))
    .addColumn('given_name', sql`bit varying`)
    .addColumn('family_name', sql`bit varying`)
    .addColumn('date_of_birth', sql`bit varying`)
    .addColumn('date_of_birth_swapped', sql`bit varying`)
    .addColumn('postcode', sql`bit varying`)
    .addColumn('sex', 'text')
    .addColumn('birth_month', 'text')
    .addColumn('local_authority_code', 'text')
    .addColumn('given_name_bits', 'integer', (column) => column.generatedAlwaysAs(sql`bit_count(given_name)::integer`).stored())
    .addColumn('family_name_bits', 'integer', (column) => column.generatedAlwaysAs(sql`bit_count(family_name)::integer`).stored())
    .addColumn('date_of_birth_bits', 'integer', (column) => column.generatedAlwaysAs(sql`bit_count(date_of_birth)::integer`).stored())
    .addColumn('postcode_bits', 'integer', (column) => column.generatedAlwaysAs(sql`bit_count(postcode)::integer`).stored())
    .addColumn('received_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('linkage_encodings_pkey', ['agency_id', 'record_id'])
    .execute();

  await db.schema
    .createTable('linkage_blocks')
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('encoding_id', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('linkage_blocks_key').on('linkage_blocks').column('key').execute();

  await db.schema
    .createTable('linkage_runs')
    .addColumn('run_id', 'bigint', (column) => column.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('started_at', 'timestamptz', (column) => column.notNull())
    .addColumn('finished_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('records', 'integer', (column) => column.notNull())
    .addColumn('pairs_scored', 'bigint', (column) => column.notNull())
    .addColumn('pairs_skipped', 'bigint', (column) => column.notNull())
    .addColumn('pairs_linked', 'integer', (column) => column.notNull())
    .addColumn('review_band', 'integer', (column) => column.notNull())
    // Probability that two records drawn at random are the same person: the prior.
    .addColumn('lambda', 'double precision', (column) => column.notNull())
    .addColumn('match_threshold', 'double precision', (column) => column.notNull())
    .addColumn('review_threshold', 'double precision', (column) => column.notNull())
    .addColumn('summary', 'jsonb', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('linkage_model')
    .addColumn('run_id', 'bigint', (column) => column.notNull().references('linkage_runs.run_id').onDelete('cascade'))
    .addColumn('comparison', 'text', (column) => column.notNull())
    .addColumn('level', 'smallint', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('m_probability', 'double precision', (column) => column.notNull())
    .addColumn('u_probability', 'double precision', (column) => column.notNull())
    .addPrimaryKeyConstraint('linkage_model_pkey', ['run_id', 'comparison', 'level'])
    .execute();

  await db.schema
    .createTable('linkage_pairs')
    .addColumn('run_id', 'bigint', (column) => column.notNull().references('linkage_runs.run_id').onDelete('cascade'))
    .addColumn('agency_a', 'text', (column) => column.notNull())
    .addColumn('record_a', 'text', (column) => column.notNull())
    .addColumn('agency_b', 'text', (column) => column.notNull())
    .addColumn('record_b', 'text', (column) => column.notNull())
    .addColumn('given_name', 'smallint', (column) => column.notNull())
    .addColumn('family_name', 'smallint', (column) => column.notNull())
    .addColumn('date_of_birth', 'smallint', (column) => column.notNull())
    .addColumn('postcode', 'smallint', (column) => column.notNull())
    .addColumn('sex', 'smallint', (column) => column.notNull())
    .addColumn('match_weight', 'double precision', (column) => column.notNull())
    .addColumn('match_probability', 'double precision', (column) => column.notNull())
    // 'link', 'apart' (above the match threshold, but the clustering kept the two records apart: a
    // reviewer's non-match between them, or two of one agency's records that are no plausible pair),
    // 'review' (between the thresholds), 'joined' (between them, but other links already join
    // the two records: nothing to review), 'reviewed' (a reviewer decided) or 'non-link'.
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('linkage_pairs_pkey', ['run_id', 'agency_a', 'record_a', 'agency_b', 'record_b'])
    .execute();

  await db.schema
    .createTable('linkage_reviews')
    .addColumn('agency_a', 'text', (column) => column.notNull())
    .addColumn('record_a', 'text', (column) => column.notNull())
    .addColumn('agency_b', 'text', (column) => column.notNull())
    .addColumn('record_b', 'text', (column) => column.notNull())
    .addColumn('decision', 'text', (column) => column.notNull().check(sql`decision in ('match', 'non-match')`))
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('officer_id', 'text', (column) => column.notNull())
    .addColumn('decided_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    // One row per unordered pair: the pair is always stored in ascending
    // order, compared byte by byte ("C") so the order cannot change with the
    // server's locale and always agrees with JavaScript's.
    .addPrimaryKeyConstraint('linkage_reviews_pkey', ['agency_a', 'record_a', 'agency_b', 'record_b'])
    .addCheckConstraint(
      'linkage_reviews_ordered',
      sql`(agency_a collate "C", record_a collate "C") < (agency_b collate "C", record_b collate "C")`,
    )
    .execute();
}

export async function dropLinkageTables(db: Kysely<any>): Promise<void> {
  for (const table of ['linkage_reviews', 'linkage_pairs', 'linkage_model', 'linkage_runs', 'linkage_blocks', 'linkage_encodings']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
