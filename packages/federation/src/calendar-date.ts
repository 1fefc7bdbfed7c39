/**
 * Whether `value` is a real calendar day written YYYY-MM-DD. A pattern alone
 * lets 2026-02-31 through, and `Date.parse` quietly rolls it into March; the
 * round trip refuses it before PostgreSQL would fail on it mid-request.
 * PostgreSQL has no year 0 either (1 BC comes before AD 1).
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
