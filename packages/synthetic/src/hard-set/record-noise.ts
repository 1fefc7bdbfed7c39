import type { Random } from '../prng.js';

/**
 * The slips a clerk makes in one field, each a pure function of the value and
 * a random stream, so a record's noise is reproducible from the seed.
 */

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Letters next to each letter on a UK QWERTY keyboard (same row, and the rows above and below). */
const NEIGHBOURS: Record<string, string> = (() => {
  const at = new Map<string, [number, number]>();
  KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((key, c) => at.set(key, [r, c])));
  const result: Record<string, string> = {};
  for (const [key, [r, c]] of at) {
    result[key] = [...at.entries()]
      .filter(([other, [r2, c2]]) => other !== key && Math.abs(r2 - r) <= 1 && Math.abs(c2 - c - (r2 - r) * 0.5) <= 1)
      .map(([other]) => other)
      .join('');
  }
  return result;
})();

export type TypoKind = 'neighbour' | 'transposition' | 'dropped' | 'doubled';

/** One keyboard slip somewhere after the first letter (first letters are rarely mistyped). */
export function typo(rng: Random, name: string): string {
  if (name.length < 3) return name;
  const kind = rng.weighted<TypoKind>([['neighbour', 4], ['transposition', 3], ['dropped', 3], ['doubled', 1]]);
  const i = rng.between(1, name.length - 1);
  const ch = name[i];
  switch (kind) {
    case 'neighbour': {
      const options = NEIGHBOURS[ch.toLowerCase()];
      if (!options) return name.slice(0, i) + name.slice(i + 1);
      const replacement = options[rng.int(options.length)];
      return name.slice(0, i) + (ch === ch.toUpperCase() ? replacement.toUpperCase() : replacement) + name.slice(i + 1);
    }
    case 'transposition':
      if (i >= name.length - 1) return name.slice(0, i - 1) + name[i] + name[i - 1];
      return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    case 'dropped':
      return name.slice(0, i) + name.slice(i + 1);
    case 'doubled':
      return name.slice(0, i) + ch + name.slice(i);
  }
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : DAYS[month - 1]);
}

/** Day and month exchanged, or null when that is no other real date. */
export function swapDayMonth(iso: string): string | null {
  const [year, month, day] = iso.split('-');
  if (day === month || Number(day) > 12) return null;
  return `${year}-${day}-${month}`;
}

/** One digit of the date (not the century) mistyped, giving another real date; null when the tries fail. */
export function dateTypo(rng: Random, iso: string): string | null {
  const digits = iso.replace(/-/g, '');
  for (let attempt = 0; attempt < 10; attempt++) {
    const position = rng.between(2, 7);
    const digit = String((Number(digits[position]) + rng.between(1, 9)) % 10);
    const changed = digits.slice(0, position) + digit + digits.slice(position + 1);
    const year = Number(changed.slice(0, 4));
    const month = Number(changed.slice(4, 6));
    const day = Number(changed.slice(6, 8));
    if (year <= 2026 && isRealDate(year, month, day)) return `${changed.slice(0, 4)}-${changed.slice(4, 6)}-${changed.slice(6, 8)}`;
  }
  return null;
}

/** How the same facts are written differently from one system to the next. */
export function reformat(rng: Random, record: { given: string; family: string; dateOfBirth: string | null; postcode: string | null }) {
  const style = rng.int(3);
  return {
    given: style === 0 ? record.given.toUpperCase() : record.given,
    family: style === 0 ? record.family.toUpperCase() : style === 1 ? ` ${record.family}` : record.family,
    dateOfBirth: style === 2 && record.dateOfBirth ? record.dateOfBirth.split('-').reverse().join('/') : record.dateOfBirth,
    postcode: record.postcode ? (style === 1 ? record.postcode.replace(' ', '').toLowerCase() : record.postcode) : null,
  };
}
