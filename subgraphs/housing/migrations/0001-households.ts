import { sql, type Kysely } from 'kysely';
import { identifyingColumns } from '@joined-up/db';

/**
 * Households and their members. A member is housing's person record: it
 * carries the person's details as housing wrote them down, including their
 * own address, which can lag behind the household's current one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('households')
    .addColumn('household_id', 'text', (column) => column.primaryKey())
    .addColumn('address_line', 'text', (column) => column.notNull())
    .addColumn('postcode', 'text', (column) => column.notNull())
    .addColumn('lsoa_code', 'char(9)', (column) => column.notNull())
    .addColumn('local_authority_code', 'char(9)', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('households_area').on('households').columns(['local_authority_code', 'lsoa_code']).execute();

  await db.schema
    .createTable('household_members')
    .addColumn('member_id', 'text', (column) => column.primaryKey())
    .addColumn('household_id', 'text', (column) => column.notNull().references('households.household_id'))
    .addColumn('relationship', 'text', (column) => column.notNull())
    .$call(identifyingColumns('household_members'))
    .addCheckConstraint(
      'household_members_relationship',
      sql`relationship in ('lead tenant', 'joint tenant', 'partner', 'child', 'other adult')`,
    )
    .execute();
  await db.schema.createIndex('household_members_household').on('household_members').column('household_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('household_members').execute();
  await db.schema.dropTable('households').execute();
}
