/** Letters that Unicode does not decompose into a base letter and an accent. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ı: 'i', ø: 'o', Ø: 'O', ß: 'ss', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'AE' };

/** "Zoë Łukasz" to "Zoe Lukasz", as an old system with a plain ASCII field would store it. */
export function stripAccents(text: string): string {
  // Most names are plain ASCII already: skip the Unicode work for them.
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁıøØßđĐæÆ]/g, (letter) => UNDECOMPOSED[letter]);
}
