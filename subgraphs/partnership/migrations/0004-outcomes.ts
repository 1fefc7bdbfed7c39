import { sql, type Kysely } from 'kysely';
import { createIdempotencyKeysTable } from '@joined-up/service';

/**
 * Shared outcomes (the report's principles 2, 4, 5, 6 and 7): what the
 * mischief is, how it is measured and by which agency, who does what, who
 * answers for it, and the freedoms agreed on condition that targets are met.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outcomes')
    .addColumn('outcome_id', 'text', (column) => column.primaryKey())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('mischief', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('area_code', 'text', (column) => column.notNull())
    .addColumn('start_date', 'date', (column) => column.notNull())
    .addColumn('target_date', 'date', (column) => column.notNull())
    .addColumn('stage', 'text', (column) => column.notNull().defaultTo('proposed'))
    .addColumn('proposed_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('agreed_on', 'date')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('outcomes_dates_in_order', sql`start_date < target_date`)
    .addCheckConstraint('outcomes_stage', sql`stage in ('proposed', 'agreed', 'closed')`)
    .addCheckConstraint('outcomes_agreed_on_when_agreed', sql`(stage = 'proposed') = (agreed_on is null)`)
    .execute();
  await db.schema.createIndex('outcomes_area').on('outcomes').column('area_code').execute();

  await db.schema
    .createTable('indicators')
    .addColumn('indicator_id', 'text', (column) => column.primaryKey())
    .addColumn('outcome_id', 'text', (column) => column.notNull().references('outcomes.outcome_id'))
    .addColumn('agency_id', 'text', (column) => column.notNull().references('agencies.agency_id'))
    .addColumn('measure', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('unit', 'text', (column) => column.notNull())
    .addColumn('polarity', 'text', (column) => column.notNull())
    .addColumn('granularity', 'text', (column) => column.notNull().defaultTo('MONTH'))
    .addColumn('baseline', 'numeric', (column) => column.notNull())
    .addColumn('baseline_period', 'text', (column) => column.notNull())
    .addColumn('target', 'numeric', (column) => column.notNull())
    .addColumn('target_date', 'date', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('indicators_polarity', sql`polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')`)
    .addCheckConstraint('indicators_granularity', sql`granularity in ('MONTH', 'QUARTER')`)
    .addCheckConstraint('indicators_baseline_period', sql`baseline_period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
    .addCheckConstraint(
      'indicators_target_improves',
      sql`(polarity = 'LOWER_IS_BETTER' and target < baseline) or (polarity = 'HIGHER_IS_BETTER' and target > baseline)`,
    )
    .execute();
  await db.schema.createIndex('indicators_outcome').on('indicators').column('outcome_id').execute();

  await db.schema
    .createTable('outcome_roles')
    .addColumn('outcome_id', 'text', (column) => column.notNull().references('outcomes.outcome_id'))
    .addColumn('agency_id', 'text', (column) => column.notNull().references('agencies.agency_id'))
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('commitments', sql`text[]`, (column) => column.notNull().defaultTo(sql`'{}'`))
    .addColumn('assigned_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('outcome_roles_pkey', ['outcome_id', 'agency_id'])
    .addCheckConstraint('outcome_roles_role', sql`role in ('LEAD', 'CONTRIBUTOR')`)
    .execute();
  // One lead agency per outcome, enforced by the database.
  await sql`create unique index outcome_roles_one_lead_agency on outcome_roles (outcome_id) where role = 'LEAD'`.execute(db);

  // One-point responsibility: the named officer accountable for an outcome, with history.
  await db.schema
    .createTable('accountabilities')
    .addColumn('accountability_id', 'bigint', (column) => column.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('outcome_id', 'text', (column) => column.notNull().references('outcomes.outcome_id'))
    .addColumn('officer_id', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('held_from', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('held_until', 'timestamptz')
    .addColumn('assigned_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('reason', 'text')
    .addCheckConstraint('accountabilities_period_in_order', sql`held_until is null or held_until >= held_from`)
    .execute();
  await sql`create unique index accountabilities_one_current_lead on accountabilities (outcome_id) where held_until is null`.execute(db);

  // Consensus to operate: freedoms granted on condition that named targets are met.
  await db.schema
    .createTable('operating_agreements')
    .addColumn('agreement_id', 'text', (column) => column.primaryKey())
    .addColumn('outcome_id', 'text', (column) => column.notNull().references('outcomes.outcome_id'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('freedoms', sql`text[]`, (column) => column.notNull())
    .addColumn('review_date', 'date', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull().defaultTo('open'))
    .addColumn('opened_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('opened_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('operating_agreements_state', sql`state in ('open', 'ended')`)
    .addCheckConstraint('operating_agreements_freedoms_named', sql`cardinality(freedoms) > 0`)
    .execute();
  await db.schema.createIndex('operating_agreements_outcome').on('operating_agreements').column('outcome_id').execute();

  await db.schema
    .createTable('operating_agreement_parties')
    .addColumn('agreement_id', 'text', (column) => column.notNull().references('operating_agreements.agreement_id'))
    .addColumn('agency_id', 'text', (column) => column.notNull().references('agencies.agency_id'))
    .addPrimaryKeyConstraint('operating_agreement_parties_pkey', ['agreement_id', 'agency_id'])
    .execute();

  await db.schema
    .createTable('operating_agreement_conditions')
    .addColumn('agreement_id', 'text', (column) => column.notNull().references('operating_agreements.agreement_id'))
    .addColumn('indicator_id', 'text', (column) => column.notNull().references('indicators.indicator_id'))
    .addPrimaryKeyConstraint('operating_agreement_conditions_pkey', ['agreement_id', 'indicator_id'])
    .execute();

  // What was changed in response to a review or a warning: learning from failure.
  await db.schema
    .createTable('operating_agreement_reviews')
    .addColumn('review_id', 'bigint', (column) => column.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('agreement_id', 'text', (column) => column.notNull().references('operating_agreements.agreement_id'))
    .addColumn('reviewed_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('reviewed_by', 'text', (column) => column.notNull().references('officers.officer_id'))
    .addColumn('decision', 'text', (column) => column.notNull())
    .addColumn('what_changed', 'text', (column) => column.notNull())
    .addColumn('next_review_date', 'date')
    .addCheckConstraint('operating_agreement_reviews_decision', sql`decision in ('CONTINUE', 'AMEND', 'END')`)
    .execute();

  // Mutations a client may resend: the first result is kept under its key.
  await createIdempotencyKeysTable(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'operating_agreement_reviews',
    'operating_agreement_conditions',
    'operating_agreement_parties',
    'operating_agreements',
    'accountabilities',
    'outcome_roles',
    'indicators',
    'outcomes',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
