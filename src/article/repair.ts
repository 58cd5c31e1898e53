/**
 * Repairs the damage that careless script conversion leaves in scraped
 * Chinese news: pinyin glued after converted characters, and mojibake.
 */

// Pinyin letters, tone-marked vowels included.
const PINYIN = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
const GLUED_PINYIN = new RegExp(`(?<=\\S)[(（]([${PINYIN}]{1,6})[)）]`, 'gu');

/**
 * Removes pinyin readings glued after characters: `醫(yī)藥產(chǎn)業` → `醫藥產業`.
 * Real parentheses stay: `(記者郭揚)`, `錢塘(新)區`, `高原(北京)`, `(GDP)`.
 * A bracket counts as a reading only when it holds one lower-case pinyin
 * syllable that carries a tone mark, or follows a Chinese character.
 */
export function removeGluedPinyin(text: string): string {
  return text.replace(GLUED_PINYIN, (whole, syllable: string, offset: number) => {
    const before = text[offset - 1] ?? '';
    const afterHan = /\p{Script=Han}/u.test(before);
    return TONE_MARKED.test(syllable) || afterHan ? '' : whole;
  });
}

/**
 * Signs of text decoded with the wrong encoding: the replacement character,
 * or an ASCII `?` wedged between Chinese characters (a real question in
 * Chinese text uses the full-width `？`).
 */
const MOJIBAKE = /\uFFFD+|(?<=\p{Script=Han})\?[!"#$%&'*+\-/:;<=>@A-Za-z\p{Script=Han}]{0,3}?(?=\p{Script=Han}|[A-Za-z])/gu;

/**
 * Marks mojibake with a single replacement character (U+FFFD) so that it
 * neither ends a sentence (a stray `?`) nor reads as words. The text around it survives.
 */
export function markMojibake(text: string): string {
  return text.replace(MOJIBAKE, '\uFFFD');
}

/** All repairs, in order. */
export function repair(text: string): string {
  return markMojibake(removeGluedPinyin(text.replace(/\r\n?/g, '\n')));
}
