import { sql, type CreateTableBuilder } from 'kysely';

/**
 * How an agency recorded a person, as every agency's person table holds it
 * beside its own record id: the details linkage encodes (names, date of
 * birth, sex, postcode) and the address that places the person in an area.
 */
export interface IdentifyingColumns {
  given_name: string;
  family_name: string;
  date_of_birth: string | null;
  sex: string | null;
  postcode: string | null;
  address_line: string | null;
  lsoa_code: string | null;
  local_authority_code: string | null;
}

/**
 * Adds the identifying columns to an agency's person table in a migration:
 * `.createTable('patients').addColumn('nhs_number', ...).$call(identifyingColumns('patients'))`.
 * One definition, so linkage and area figures read every agency's people the same way.
 */
export function identifyingColumns(table: string) {
  return (builder: CreateTableBuilder<any, any>): CreateTableBuilder<any, any> =>
    builder
      .addColumn('given_name', 'text', (column) => column.notNull())
      .addColumn('family_name', 'text', (column) => column.notNull())
      .addColumn('date_of_birth', 'date')
      .addColumn('sex', 'char(1)')
      .addColumn('postcode', 'text')
      .addColumn('address_line', 'text')
      .addColumn('lsoa_code', 'char(9)')
      .addColumn('local_authority_code', 'char(9)')
      .addCheckConstraint(`${table}_sex`, sql`sex in ('F', 'M')`);
}
