/**
 * Name normalisation on its own, with no imports, because the nickname
 * dictionary normalises its entries with it while it loads.
 */

/**
 * Letters that Unicode does not decompose into a base letter plus accent, so
 * stripping diacritics alone would drop them (Łukasz would become "ukasz").
 */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th',
  æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ı: 'i', ħ: 'h', Ħ: 'h',
};

/**
 * Case, accents, apostrophes and punctuation: "Zoë" → "zoe", "O'Connor" →
 * "oconnor", "Smith-Jones" → "smith jones". Apostrophes join (people write
 * O'Connor, O’Connor and OConnor, rarely "O Connor"); hyphens, dots and other
 * punctuation separate parts.
 */
export function normaliseName(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .replace(/[łŁøØđĐðÐþÞæÆœŒßıħĦ]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** A name's parts after normalisation: "Smith-Jones" and "Smith  Jones" both give ["smith", "jones"]. */
export function nameParts(name: string | null | undefined): string[] {
  const normalised = normaliseName(name);
  return normalised ? normalised.split(' ') : [];
}

