/**
 * PostgreSQL type OIDs whose default JavaScript form differs between `pg` and
 * PGlite, or is unsafe. Both drivers are configured with the same parsers so
 * that a subgraph behaves identically on the embedded and the real database.
 */
export const PG_TYPE = {
  INT8: 20,
  NUMERIC: 1700,
  DATE: 1082,
} as const;

/**
 * `count(*)` and `sum()` return int8/numeric, which both drivers hand back as
 * strings (or, in PGlite, sometimes numbers). Our counts stay far below 2^53,
 * so plain numbers are safe and far easier to use.
 *
 * `date` columns become JavaScript `Date`s at local midnight by default, which
 * shifts them by a day in any time zone west of UTC. We keep them as the
 * ISO `YYYY-MM-DD` text the database sends.
 */
export const typeParsers: Record<number, (value: string) => unknown> = {
  [PG_TYPE.INT8]: (value) => Number(value),
  [PG_TYPE.NUMERIC]: (value) => Number(value),
  [PG_TYPE.DATE]: (value) => value,
};
