import { sql, type RawBuilder } from 'kysely';
import { knownArea } from './area-figures.js';

/**
 * Counts for many areas in one pass over each agency table. A subquery per
 * area (`left join lateral (... where inArea())`) reads a local authority's
 * rows once for every area asked about: every LSOA of a borough read the
 * borough's rows a few dozen times over. Instead each table is read once for
 * the local authorities asked about (or that hold the LSOAs asked about) and
 * grouped twice at once, by local authority and by LSOA; each requested area
 * then joins the one group that is it.
 *
 * ```sql
 * from (values ...) as area(...)
 * left join (
 *   select ${grouping.columns()}, count(*) as total
 *   from ae_attendances
 *   where ${grouping.within()} and arrived_at >= ...
 *   group by ${grouping.groupBy()}
 * ) attendances on ${grouping.matches('attendances')}
 * ```
 *
 * Distinct counts stay right: each group counts its own rows. An area with
 * no rows has no group, so every figure read through it needs `coalesce(…, 0)`.
 */
export class AreaGrouping {
  readonly #authorities: string[];

  constructor(codes: readonly string[]) {
    this.#authorities = [...new Set(codes.map((code) => {
      const area = knownArea(code);
      return area.kind === 'LSOA' ? area.parentCode! : area.code;
    }))];
  }

  /** Rows (of the table `alias`, or unqualified) in the local authorities the requested areas lie in. */
  within(alias?: string): RawBuilder<unknown> {
    return sql`${column(alias, 'local_authority_code')} in (${sql.join(this.#authorities)})`;
  }

  /**
   * The group's place, to select: `local_authority_code`, `lsoa_code` (null
   * for the whole authority) and `whole_authority`, from the columns of `alias`.
   */
  columns(alias?: string): RawBuilder<unknown> {
    const lsoa = column(alias, 'lsoa_code');
    return sql`${column(alias, 'local_authority_code')} as local_authority_code,
      case when grouping(${lsoa}) = 1 then null else ${lsoa} end as lsoa_code,
      grouping(${lsoa}) = 1 as whole_authority`;
  }

  /** Groups by local authority and by LSOA within it, each also by `extra` columns when given. */
  groupBy(alias?: string, extra: readonly RawBuilder<unknown>[] = []): RawBuilder<unknown> {
    const authority = column(alias, 'local_authority_code');
    const lsoa = column(alias, 'lsoa_code');
    return sql`grouping sets ((${sql.join([authority, ...extra])}), (${sql.join([authority, lsoa, ...extra])}))`;
  }

  /** Joins the grouped subquery `alias` to the requested `area` it counts for. */
  matches(alias: string): RawBuilder<unknown> {
    const group = (name: string) => sql.ref(`${alias}.${name}`);
    return sql`${group('local_authority_code')} = area.local_authority_code
      and ${group('whole_authority')} = (area.lsoa_code is null)
      and (area.lsoa_code is null or ${group('lsoa_code')} = area.lsoa_code)`;
  }
}

function column(alias: string | undefined, name: string): RawBuilder<unknown> {
  return sql.ref(alias ? `${alias}.${name}` : name);
}
