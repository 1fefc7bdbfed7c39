/**
 * Normalisation applied before any comparison, identically at every agency,
 * so that records differing only in case, accents, punctuation or spacing
 * encode the same.
 */
export function normaliseName(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** `sw9 7ab`, `SW97AB` and ` SW9  7AB ` all become `SW97AB`. */
export function normalisePostcode(postcode: string | null | undefined): string {
  if (!postcode) return '';
  return postcode.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
