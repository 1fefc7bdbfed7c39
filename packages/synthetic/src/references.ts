/** Event references issued in date order, as an agency's system would number them. */

/** Sorts events by date (stably, so same-day events keep generation order) and numbers them. */
export function numberInDateOrder<T>(items: T[], dateOf: (item: T) => string, reference: (item: T, sequence: number) => void): T[] {
  const sorted = items
    .map((item, order) => ({ item, order, date: dateOf(item) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order))
    .map((entry) => entry.item);
  sorted.forEach((item, i) => reference(item, i + 1));
  return sorted;
}

export function padded(prefix: string, sequence: number, digits: number): string {
  return `${prefix}${String(sequence).padStart(digits, '0')}`;
}
