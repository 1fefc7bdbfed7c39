/**
 * Age bands of the pseudonymised view. Youth justice counts 10 to 17, so the
 * bands split there (10–13, 14–17) and at 18; adults are in ten-year bands.
 * A band, not an age, keeps a date of birth from being worked back.
 */
const BANDS: readonly [from: number, label: string][] = [
  [0, '0-4'],
  [5, '5-9'],
  [10, '10-13'],
  [14, '14-17'],
  [18, '18-24'],
  [25, '25-34'],
  [35, '35-44'],
  [45, '45-54'],
  [55, '55-64'],
  [65, '65-74'],
  [75, '75-84'],
  [85, '85+'],
];

export const AGE_BAND_DESCRIPTION = `Age band today (${BANDS.map(([, label]) => label).join(', ')}); null when the date of birth is unknown. Pseudonymised: served to every role the category is shared with.`;

/** Whole years between a YYYY-MM-DD date of birth and `on`. */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5, 10) < dateOfBirth.slice(5, 10) ? years - 1 : years;
}

/** The band of a person born on `dateOfBirth`, as of `on` (default today); null when unknown or in the future. */
export function ageBand(dateOfBirth: string | null, on = new Date().toISOString().slice(0, 10)): string | null {
  if (!dateOfBirth) return null;
  const age = ageOn(dateOfBirth, on);
  if (age < 0) return null;
  return BANDS.findLast(([from]) => age >= from)![1];
}
