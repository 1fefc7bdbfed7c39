import { sql, type Kysely } from 'kysely';

/**
 * Engagement (the report's principles 1, 3 and 8): policy proposals that the
 * delivering agencies answer, feedback between agencies, the centre and
 * community groups, and community consultations (the Coventry "shopping
 * basket" and the Lewisham community map). Where a rule can be kept by the
 * database it is: a participant's basket names options of its own
 * consultation and belongs to the participant's own session, once per round.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Principle 1: those who implement policy design it.
  await db.schema
    .createTable('proposals')
    .addColumn('proposal_id', 'text', (column) => column.primaryKey())
    .addColumn('outcome_id', 'text', (column) => column.notNull().references('outcomes.outcome_id'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull().defaultTo('CONSULTING'))
    .addColumn('proposed_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('proposed_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('adopted_by', 'text', (column) => column.references('officers.officer_id'))
    .addColumn('adopted_at', 'timestamptz')
    .addCheckConstraint('proposals_state', sql`state in ('CONSULTING', 'ADOPTED')`)
    .addCheckConstraint('proposals_adopted_when_adopted', sql`(state = 'ADOPTED') = (adopted_at is not null and adopted_by is not null)`)
    .execute();
  await db.schema.createIndex('proposals_outcome').on('proposals').column('outcome_id').execute();

  // Every edit is a new version; earlier versions are kept as they were answered.
  await db.schema
    .createTable('proposal_versions')
    .addColumn('proposal_id', 'text', (column) => column.notNull().references('proposals.proposal_id'))
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('change_note', 'text')
    .addColumn('edited_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('proposal_versions_pkey', ['proposal_id', 'version'])
    .addCheckConstraint('proposal_versions_from_one', sql`version >= 1`)
    .addCheckConstraint('proposal_versions_changes_explained', sql`(version = 1) = (change_note is null)`)
    .execute();

  await db.schema
    .createTable('proposal_agencies')
    .addColumn('proposal_id', 'text', (column) => column.notNull().references('proposals.proposal_id'))
    .addColumn('agency_id', 'text', (column) => column.notNull().references('agencies.agency_id'))
    .addPrimaryKeyConstraint('proposal_agencies_pkey', ['proposal_id', 'agency_id'])
    .execute();

  // A delivering agency's answer to one version; the latest answer to the current version counts.
  await db.schema
    .createTable('proposal_responses')
    .addColumn('response_id', 'bigint', (column) => column.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('proposal_id', 'text', (column) => column.notNull())
    .addColumn('agency_id', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('stance', 'text', (column) => column.notNull())
    .addColumn('reasons', 'text')
    .addColumn('responded_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('responded_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('proposal_responses_delivering_agency', ['proposal_id', 'agency_id'], 'proposal_agencies', ['proposal_id', 'agency_id'])
    .addForeignKeyConstraint('proposal_responses_version', ['proposal_id', 'version'], 'proposal_versions', ['proposal_id', 'version'])
    .addCheckConstraint('proposal_responses_stance', sql`stance in ('SIGN_OFF', 'OBJECTION')`)
    .addCheckConstraint('proposal_responses_objection_reasoned', sql`stance <> 'OBJECTION' or length(trim(coalesce(reasons, ''))) > 0`)
    .execute();
  await db.schema.createIndex('proposal_responses_proposal').on('proposal_responses').columns(['proposal_id', 'agency_id']).execute();

  await db.schema
    .createTable('proposal_comments')
    .addColumn('comment_id', 'bigint', (column) => column.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('proposal_id', 'text', (column) => column.notNull().references('proposals.proposal_id'))
    .addColumn('response_id', 'bigint', (column) => column.references('proposal_responses.response_id'))
    .addColumn('in_reply_to', 'bigint', (column) => column.references('proposal_comments.comment_id'))
    .addColumn('author', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('agency_id', 'text', (column) => column.notNull().references('agencies.agency_id'))
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('posted_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('proposal_comments_not_empty', sql`length(trim(body)) > 0`)
    .execute();
  await db.schema.createIndex('proposal_comments_proposal').on('proposal_comments').column('proposal_id').execute();

  // Principle 3: feedback up, down and across, always about something that exists.
  await db.schema
    .createTable('feedback')
    .addColumn('feedback_id', 'text', (column) => column.primaryKey())
    .addColumn('from_agency_id', 'text', (column) => column.references('agencies.agency_id'))
    .addColumn('from_group', 'text')
    .addColumn('to_agency_id', 'text', (column) => column.references('agencies.agency_id'))
    .addColumn('to_group', 'text')
    .addColumn('subject_kind', 'text', (column) => column.notNull())
    .addColumn('subject_id', 'text', (column) => column.notNull())
    // The outcome the subject belongs to, kept so that its accountable lead can be found in one join.
    .addColumn('outcome_id', 'text', (column) => column.notNull().references('outcomes.outcome_id'))
    .addColumn('message', 'text', (column) => column.notNull())
    .addColumn('sent_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('sent_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('response', 'text')
    .addColumn('responded_by', 'text', (column) => column.references('officers.officer_id'))
    .addColumn('responded_at', 'timestamptz')
    .addCheckConstraint('feedback_one_sender', sql`(from_agency_id is null) <> (from_group is null)`)
    .addCheckConstraint('feedback_one_recipient', sql`(to_agency_id is null) <> (to_group is null)`)
    .addCheckConstraint('feedback_subject_kind', sql`subject_kind in ('OUTCOME', 'INDICATOR', 'OPERATING_AGREEMENT', 'PROPOSAL')`)
    .addCheckConstraint(
      'feedback_answer_complete',
      sql`(response is null) = (responded_at is null) and (response is null) = (responded_by is null)`,
    )
    .addCheckConstraint('feedback_answered_after_sent', sql`responded_at is null or responded_at >= sent_at`)
    .execute();
  await db.schema.createIndex('feedback_outcome').on('feedback').column('outcome_id').execute();
  await sql`create index feedback_unanswered on feedback (sent_at) where responded_at is null`.execute(db);

  // Principle 8: consultations, ongoing, in sessions.
  await db.schema
    .createTable('consultations')
    .addColumn('consultation_id', 'text', (column) => column.primaryKey())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('question', 'text', (column) => column.notNull())
    .addColumn('area_code', 'text', (column) => column.notNull())
    .addColumn('budget', 'integer')
    .addColumn('budget_unit', 'text')
    .addColumn('opened_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('opened_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('consultations_kind', sql`kind in ('SHOPPING_BASKET', 'COMMUNITY_MAPPING')`)
    .addCheckConstraint('consultations_budget_for_baskets', sql`(kind = 'SHOPPING_BASKET') = (budget is not null and budget_unit is not null)`)
    .addCheckConstraint('consultations_budget_positive', sql`budget is null or budget > 0`)
    .execute();

  await db.schema
    .createTable('consultation_outcomes')
    .addColumn('consultation_id', 'text', (column) => column.notNull().references('consultations.consultation_id'))
    .addColumn('outcome_id', 'text', (column) => column.notNull().references('outcomes.outcome_id'))
    .addPrimaryKeyConstraint('consultation_outcomes_pkey', ['consultation_id', 'outcome_id'])
    .execute();

  await db.schema
    .createTable('consultation_sessions')
    .addColumn('session_id', 'text', (column) => column.primaryKey())
    .addColumn('consultation_id', 'text', (column) => column.notNull().references('consultations.consultation_id'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('held_at', 'timestamptz', (column) => column.notNull())
    .addUniqueConstraint('consultation_sessions_of_consultation', ['consultation_id', 'session_id'])
    .execute();

  // Participants are pseudonymous: a label chosen at the session, nothing that names a person.
  await db.schema
    .createTable('consultation_participants')
    .addColumn('participant_id', 'text', (column) => column.primaryKey())
    .addColumn('session_id', 'text', (column) => column.notNull().references('consultation_sessions.session_id'))
    .addColumn('pseudonym', 'text', (column) => column.notNull())
    .addUniqueConstraint('consultation_participants_of_session', ['session_id', 'participant_id'])
    .addUniqueConstraint('consultation_participants_pseudonym', ['session_id', 'pseudonym'])
    .execute();

  await db.schema
    .createTable('basket_options')
    .addColumn('option_id', 'text', (column) => column.primaryKey())
    .addColumn('consultation_id', 'text', (column) => column.notNull().references('consultations.consultation_id'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('cost', 'integer', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addUniqueConstraint('basket_options_of_consultation', ['consultation_id', 'option_id'])
    .addUniqueConstraint('basket_options_name', ['consultation_id', 'name'])
    .addCheckConstraint('basket_options_cost_positive', sql`cost > 0`)
    .execute();

  await db.schema
    .createTable('basket_submissions')
    .addColumn('submission_id', 'bigint', (column) => column.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('consultation_id', 'text', (column) => column.notNull())
    .addColumn('session_id', 'text', (column) => column.notNull())
    .addColumn('participant_id', 'text', (column) => column.notNull())
    .addColumn('round', 'text', (column) => column.notNull())
    .addColumn('total', 'integer', (column) => column.notNull())
    .addColumn('submitted_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('submitted_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('basket_submissions_session', ['consultation_id', 'session_id'], 'consultation_sessions', ['consultation_id', 'session_id'])
    .addForeignKeyConstraint('basket_submissions_participant', ['session_id', 'participant_id'], 'consultation_participants', [
      'session_id',
      'participant_id',
    ])
    // One basket per participant per round, whatever the application does.
    .addUniqueConstraint('basket_submissions_once_per_round', ['participant_id', 'round'])
    .addUniqueConstraint('basket_submissions_of_consultation', ['consultation_id', 'submission_id'])
    .addCheckConstraint('basket_submissions_round', sql`round in ('FIRST', 'FINAL')`)
    .addCheckConstraint('basket_submissions_total_positive', sql`total > 0`)
    .execute();

  await db.schema
    .createTable('basket_items')
    .addColumn('submission_id', 'bigint', (column) => column.notNull())
    .addColumn('consultation_id', 'text', (column) => column.notNull())
    .addColumn('option_id', 'text', (column) => column.notNull())
    .addColumn('amount', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('basket_items_pkey', ['submission_id', 'option_id'])
    .addForeignKeyConstraint('basket_items_submission', ['consultation_id', 'submission_id'], 'basket_submissions', ['consultation_id', 'submission_id'])
    .addForeignKeyConstraint('basket_items_option', ['consultation_id', 'option_id'], 'basket_options', ['consultation_id', 'option_id'])
    .addCheckConstraint('basket_items_amount_positive', sql`amount > 0`)
    .execute();
  await db.schema.createIndex('basket_items_consultation').on('basket_items').column('consultation_id').execute();

  // Community mapping: the partnership's themes, and which outcomes each theme speaks to.
  await db.schema
    .createTable('mapping_themes')
    .addColumn('theme_id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addCheckConstraint('mapping_themes_id_format', sql`theme_id ~ '^[a-z][a-z-]*$'`)
    .execute();

  await db.schema
    .createTable('theme_outcomes')
    .addColumn('theme_id', 'text', (column) => column.notNull().references('mapping_themes.theme_id'))
    .addColumn('outcome_id', 'text', (column) => column.notNull().references('outcomes.outcome_id'))
    .addPrimaryKeyConstraint('theme_outcomes_pkey', ['theme_id', 'outcome_id'])
    .execute();

  await db.schema
    .createTable('mapping_entries')
    .addColumn('entry_id', 'bigint', (column) => column.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('consultation_id', 'text', (column) => column.notNull().references('consultations.consultation_id'))
    .addColumn('session_id', 'text', (column) => column.references('consultation_sessions.session_id'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('area_code', 'text', (column) => column.notNull())
    .addColumn('theme_id', 'text', (column) => column.notNull().references('mapping_themes.theme_id'))
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('recorded_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('recorded_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('mapping_entries_kind', sql`kind in ('NEED', 'ASSET', 'STORY')`)
    .addCheckConstraint('mapping_entries_not_empty', sql`length(trim(text)) > 0`)
    .execute();
  await db.schema.createIndex('mapping_entries_consultation').on('mapping_entries').column('consultation_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'mapping_entries',
    'theme_outcomes',
    'mapping_themes',
    'basket_items',
    'basket_submissions',
    'basket_options',
    'consultation_participants',
    'consultation_sessions',
    'consultation_outcomes',
    'consultations',
    'feedback',
    'proposal_comments',
    'proposal_responses',
    'proposal_agencies',
    'proposal_versions',
    'proposals',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
