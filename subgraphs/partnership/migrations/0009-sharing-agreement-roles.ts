import { sql, type Kysely } from 'kysely';

/**
 * Roles in the sharing agreements: for each data category an agreement
 * covers, the roles of the receiving agencies' officers who may see its
 * identifying fields (names, dates of birth, identifiers, addresses). Every
 * other role receives the pseudonymised view. A category with no row here
 * shows its identifying fields to no role of another agency.
 *
 * Agreements signed before roles were recorded keep what their purpose was
 * written for: their identifying fields go to caseworkers, the role that works
 * with the person, and no longer to analysts, whose work the pseudonymised
 * view serves. The partnership's data protection officers can widen that.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sharing_agreement_identifying_roles')
    .addColumn('agreement_id', 'text', (column) => column.notNull().references('sharing_agreements.agreement_id').onDelete('cascade'))
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('sharing_agreement_identifying_roles_pkey', ['agreement_id', 'category', 'role'])
    .addCheckConstraint('sharing_agreement_identifying_roles_role_named', sql`length(role) > 0`)
    .execute();
  await sql`
    insert into sharing_agreement_identifying_roles (agreement_id, category, role)
    select agreement_id, unnest(categories), 'caseworker' from sharing_agreements
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sharing_agreement_identifying_roles').execute();
}
