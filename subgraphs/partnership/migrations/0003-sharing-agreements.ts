import { sql, type Kysely } from 'kysely';

/**
 * Information sharing agreements: which agencies share which categories of
 * personal data, for which purposes, on what legal basis, and who approved
 * them on each side. Every subgraph consults this register before serving
 * personal data to an officer of another agency.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sharing_agreements')
    .addColumn('agreement_id', 'text', (column) => column.primaryKey())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('legal_basis', 'text', (column) => column.notNull())
    .addColumn('purposes', sql`text[]`, (column) => column.notNull())
    .addColumn('categories', sql`text[]`, (column) => column.notNull())
    .addColumn('valid_from', 'date', (column) => column.notNull())
    .addColumn('valid_to', 'date', (column) => column.notNull())
    .addCheckConstraint('sharing_agreements_dates_in_order', sql`valid_from <= valid_to`)
    .addCheckConstraint('sharing_agreements_purposes_named', sql`cardinality(purposes) > 0`)
    .addCheckConstraint('sharing_agreements_categories_named', sql`cardinality(categories) > 0`)
    .execute();

  await db.schema
    .createTable('sharing_agreement_parties')
    .addColumn('agreement_id', 'text', (column) => column.notNull().references('sharing_agreements.agreement_id').onDelete('cascade'))
    .addColumn('agency_id', 'text', (column) => column.notNull().references('agencies.agency_id'))
    .addColumn('approved_by', 'text', (column) => column.references('officers.officer_id'))
    .addColumn('approved_on', 'date')
    .addPrimaryKeyConstraint('sharing_agreement_parties_pkey', ['agreement_id', 'agency_id'])
    .addCheckConstraint('sharing_agreement_parties_approval_complete', sql`(approved_by is null) = (approved_on is null)`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sharing_agreement_parties').execute();
  await db.schema.dropTable('sharing_agreements').execute();
}
