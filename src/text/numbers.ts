import { readWords } from '../data.js';

/**
 * Numbers as Chinese news writes them: Arabic digits (1150, 2,000, 3.5),
 * Chinese numerals (五, 十二, 两百), expressions such as 1+4, each followed by
 * the unit or measure word that gives it its meaning (亿元, 家, 强, 大, %).
 */

/** Units and measure words (data/units.yaml), longest first so that 亿元 wins over 亿. */
export const UNITS: readonly string[] = readWords('units.yaml', 'units').sort((a, b) => b.length - a.length);

const CN_DIGITS = '零〇一二两三四五六七八九';
const CN_NUMERAL = `[${CN_DIGITS}十百千万亿]`;
const ARABIC = String.raw`\d+(?:[.,]\d+)*(?:\+\d+)*`;

const unitAlternation = UNITS.map(escapeRegExp).join('|');

/**
 * One number with its optional unit. `value` is the number as written,
 * `unit` what follows it.
 */
export const NUMBER_WITH_UNIT = new RegExp(
  // A magnitude may stand before a unit (10.2亿美金, 91.6亿港元), and before that 多 or 余 (100多个, 3000余人).
  String.raw`(?<value>${ARABIC}|${CN_NUMERAL}+)(?<unit>(?:多|余)?(?:万亿|亿|万|千)?(?:${unitAlternation}))?`,
  'gu',
);

/** A number found in a text, with its position. */
export interface NumberMention {
  text: string;
  value: string;
  unit: string;
  start: number;
  end: number;
}

const CN_COUNT = /^[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*[十百千万亿]$/u;

/**
 * Shares written out: 五分之一, 百分之五十, 3分之2 (unit 分之), and 三成, 七成 (unit 成,
 * tenths; not 三成员 or 八成为).
 */
const SHARE = new RegExp(
  String.raw`(?<value>(?:${ARABIC}|${CN_NUMERAL}+)分之(?:${ARABIC}|${CN_NUMERAL}+))|(?<tenths>[一二两三四五六七八九]成)(?![为员立功长果就绩本熟])`,
  'gu',
);

/** Every number in `text` with its unit, in order. Lone Chinese numerals without a unit are left out. */
export function findNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  const shares: NumberMention[] = [];
  for (const m of text.matchAll(SHARE)) {
    const start = m.index ?? 0;
    const tenths = m.groups?.tenths;
    shares.push({ text: m[0], value: tenths ? m[0].slice(0, 1) : m[0], unit: tenths ? '成' : '分之', start, end: start + m[0].length });
  }
  for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
    const at = m.index ?? 0;
    if (shares.some((s) => at < s.end && at + m[0].length > s.start)) continue;
    const value = m.groups?.value ?? '';
    const unit = m.groups?.unit ?? '';
    const isArabic = /\d/.test(value);
    // 一 alone is too often part of a word (一直, 一环); Chinese numerals count only with a unit.
    // ...except a count of tens or more, which says its magnitude itself (三十万, 八万).
    if (!isArabic && (value.length === 0 || (unit === '' && !CN_COUNT.test(value)))) continue;
    if (!isArabic && /^[一]$/.test(value) && !['个', '位', '家', '名', '项', '件', '次', '倍', '条', '种'].includes(unit)) continue;
    // 五大 (the five big ones) is a count; 八万大军 is 八万 and an army.
    if (unit === '大' && /[百千万亿]$/u.test(value)) {
      if (!isArabic && !CN_COUNT.test(value)) continue;
      found.push({ text: value, value, unit: '', start: m.index ?? 0, end: (m.index ?? 0) + value.length });
      continue;
    }
    found.push({ text: m[0], value, unit, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return shares.length === 0 ? found : [...found, ...shares].sort((a, b) => a.start - b.start);
}

/** Escapes a literal for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CN_VALUE: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MAGNITUDE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 100 };

/** A Chinese numeral's value: 两千 → 2000, 十二 → 12, 三万五千 → 35000; NaN when it is not one. */
function chineseValue(text: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in CN_VALUE) digit = CN_VALUE[ch] ?? 0;
    else if (ch in CN_SMALL_UNIT) {
      section += (digit || 1) * (CN_SMALL_UNIT[ch] ?? 1);
      digit = 0;
    } else if (ch === '万' || ch === '亿') {
      total = (total + section + digit) * (ch === '万' ? 1e4 : 1e8);
      section = 0;
      digit = 0;
    } else return Number.NaN;
  }
  return total + section + digit;
}

/**
 * The amount a number stands for, its magnitude (万, 亿) multiplied in, so that
 * 两千亿 and 2000亿元 compare equal; shares in percent (四成 → 40, 42.4% → 42.4).
 * Null when the value cannot be read (1+4, 五分之一).
 *
 * @example amountOf(findNumbers('两千亿')[0]) // 200000000000
 */
export function amountOf(mention: Pick<NumberMention, 'value' | 'unit'>): number | null {
  if (mention.unit === '分之' || mention.value.includes('+')) return null;
  const base = /\d/u.test(mention.value) ? Number(mention.value.replace(/,/gu, '')) : chineseValue(mention.value);
  if (!Number.isFinite(base)) return null;
  if (mention.unit === '成') return base * 10;
  const magnitude = /^(?:多|余)?(?<m>万亿|亿|万|千)/u.exec(mention.unit)?.groups?.m;
  return base * (magnitude ? (MAGNITUDE[magnitude] ?? 1) : 1);
}

/**
 * A figure the question writes in characters where the articles write it in digits (两千亿 for 2000亿,
 * 一百四十七家 for 147家), rewritten as the articles write it, so that it is found. A figure of one
 * character besides its magnitude (三张名片, 一回, 八亿) and one the articles hold as written are left alone.
 *
 * @example
 * figuresAsWritten('拱墅GDP头一回过两千亿是哪一年', (s) => text.includes(s)); // '拱墅GDP头一回过2000亿是哪一年'
 */
export function figuresAsWritten(question: string, has: (text: string) => boolean): string {
  let out = question;
  for (const n of findNumbers(question).reverse()) {
    const magnitude = /(?:万亿|亿|万)$/u.exec(n.value)?.[0] ?? '';
    // An ordinal (第二个) is written as the articles write it (第2个), one character or more.
    const measure = question[n.start + n.value.length] ?? '';
    const ordinal = question[n.start - 1] === '第' && !/\d/u.test(n.value) ? `第${chineseValue(n.value)}${measure}` : '';
    if (ordinal && !has(`第${n.value}${measure}`) && has(ordinal)) {
      out = out.slice(0, n.start) + ordinal.slice(1, -1) + out.slice(n.start + n.value.length);
      continue;
    }
    // 八亿 of 五千四百九十七点八亿 is a piece of a figure, not one.
    if (/\d/u.test(n.value) || n.value.length - magnitude.length < 2 || question[n.start - 1] === '点' || has(n.value)) continue;
    const value = chineseValue(n.value);
    if (!Number.isFinite(value)) continue;
    const digits = `${magnitude ? value / (MAGNITUDE[magnitude] ?? 1) : value}${magnitude}`;
    if (!has(digits)) continue;
    out = out.slice(0, n.start) + digits + out.slice(n.start + n.value.length);
  }
  return out;
}
