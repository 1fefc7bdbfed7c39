/**
 * American Soundex (as the US census and most linkage software define it):
 * the first letter, then up to three digits for the consonant sounds that
 * follow. Names that sound alike share a code (Smith, Smyth → S530; Okafor,
 * Okafro → O216), so a blocking key built on it survives most keying slips
 * after the first letter.
 *
 * Rules: letters with the same digit next to each other count once, even
 * across an H or W (Ashcraft → A261); a vowel between them makes them count
 * twice (Tymczak → T522); vowels, H, W and Y carry no digit.
 */
const DIGITS: Record<string, string> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3',
  l: '4',
  m: '5', n: '5',
  r: '6',
};

/** Soundex of a normalised word (lower-case a–z); empty for an empty word. */
export function soundex(word: string): string {
  const letters = word.replace(/[^a-z]/g, '');
  if (!letters) return '';
  let code = letters[0].toUpperCase();
  let previous = DIGITS[letters[0]] ?? '';
  for (let i = 1; i < letters.length && code.length < 4; i++) {
    const letter = letters[i];
    const digit = DIGITS[letter];
    if (digit) {
      if (digit !== previous) code += digit;
      previous = digit;
    } else if (letter !== 'h' && letter !== 'w') {
      // A vowel (or y) separates two consonants with the same code.
      previous = '';
    }
  }
  return code.padEnd(4, '0');
}
