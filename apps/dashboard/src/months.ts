/** Month arithmetic on `YYYY-MM` labels and `YYYY-Qn` quarters, as the gateway writes periods. */
export function monthIndex(label: string): number {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return Number(quarter[1]) * 12 + (Number(quarter[2]) - 1) * 3;
  const [year, month] = label.split('-').map(Number);
  return year! * 12 + (month! - 1);
}

export function monthLabel(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last `count` complete months before today: the dashboard's default window. */
export function recentMonths(count: number, today = new Date()): { from: string; to: string } {
  const current = today.getUTCFullYear() * 12 + today.getUTCMonth();
  return { from: monthLabel(current - count), to: monthLabel(current - 1) };
}
