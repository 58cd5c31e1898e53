import { toSimplified } from './script.js';

/**
 * The one normalisation applied to article text and to questions alike, so
 * that both meet in the same form: Simplified script, half-width letters and
 * digits, Chinese punctuation kept.
 *
 * It keeps the length of the text wherever it can, so that offsets found in
 * the normalised text also point into the original.
 */
export function normalize(text: string): string {
  return toSimplified(toHalfWidthAlnum(text)).replace(/[牠祂妳]|甚么|报导/gu, (found) => VARIANTS[found] ?? found);
}

/**
 * Taiwanese variants opencc keeps, each as long as what replaces it: 牠们
 * (animals) is 它们, and 甚麼 — Taiwan's usual spelling of 什麼 — comes out
 * of opencc as 甚么, which no question cue would otherwise recognise; Taiwan's 報導 comes out as 报导, not
 * the 报道 every cue and article of the mainland writes.
 */
const VARIANTS: Record<string, string> = { 牠: '它', 祂: '他', 妳: '你', 甚么: '什么', 报导: '报道' };

/** Full-width ASCII letters, digits and a few signs to half-width; one char for one char. */
export function toHalfWidthAlnum(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => {
    // Keep full-width punctuation that Chinese text uses as punctuation.
    if ('，。！？；：（）'.includes(ch)) return ch;
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  }).replace(/\u3000/g, ' ');
}
