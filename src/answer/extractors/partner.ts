import { segment } from '../../text/segment.js';

/** 「A跟哪个单位签的约」, 「A和谁合作」; 「跟A签约的是哪家公司」: A, and the question asks who or what stands with A. */
const PARTNER_ASKED = [
  /(?<a>[\p{Script=Han}A-Za-z]{2,12}?)(?:是)?(?:跟|与|和|同)(?:哪个|哪家|哪一家|哪些|什么|啥|谁|哪位|哪一位)/u,
  // 「三井跟台中哪个单位签约」: a place (or a body) before 哪 narrows the partner asked.
  /(?<a>[\p{Script=Han}A-Za-z]{2,12}?)(?:是)?(?:跟|与|和|同)\p{Script=Han}{2,3}?(?:哪个|哪家|哪一家|哪些|哪位|哪一位)/u,
  /^(?:跟|与|和|同)(?<a>[\p{Script=Han}A-Za-z]{2,12})\p{Script=Han}{2}的(?:是)?(?:哪个|哪家|哪一家|哪些|什么|啥|谁|哪位|哪一位)/u,
];

/**
 * The side a question asks the partner of, or ''.
 *
 * @example
 * partnerAsked('三井跟哪个单位签的约'); // '三井'
 * partnerAsked('跟三井不动产签约的是哪家公司'); // '三井不动产'
 */
export function partnerAsked(question: string): string {
  for (const shape of PARTNER_ASKED) {
    const a = shape.exec(question)?.groups?.a;
    if (a) return a;
  }
  return '';
}
/** What joins two sides: 台糖与日商三井. */
const JOINS = /^[与和跟同及]$/u;
/** jieba's tags that end a name's run: verbs, prepositions, adverbs, conjunctions, particles, pronouns. */
const NOT_NAME = /^(?:v|p|d|c|u|r|m|f|t)/u;

/**
 * The other side of 与 (和, 跟, 同, 及) from `a` in `text`: the words, up to four, that stand on
 * the far side of the join from the run of names that holds `a` (台糖 of 「见证台糖与日商三井不动产签约」),
 * or after a join that opens a clause when `a` is the sentence's subject (「远航集团…，与城东电力签约」).
 */
export function partnersOf(text: string, a: string): { text: string; start: number }[] {
  const tokens: { word: string; tag: string; start: number }[] = [];
  let at = 0;
  for (const t of segment(text)) {
    const start = text.indexOf(t.word, at);
    if (start < 0) continue;
    tokens.push({ ...t, start });
    at = start + t.word.length;
  }
  const found: { text: string; start: number }[] = [];
  // Up to four name words from token `from` on, away from the join, with nothing between them.
  const side = (from: number, step: 1 | -1): { text: string; start: number } | null => {
    let first = -1;
    let last = -1;
    for (let i = from, n = 0; i >= 0 && i < tokens.length && n < 4; i += step, n++) {
      const t = tokens[i];
      const next = tokens[i - step];
      if (!t || NOT_NAME.test(t.tag)) break;
      // Punctuation between two words (dropped by segment) ends the run.
      // A dot that joins a transliterated name (查尔斯·惠斯通) does not.
      const gap = next ? (step === 1 ? text.slice(next.start + next.word.length, t.start) : text.slice(t.start + t.word.length, next.start)) : '';
      if (n > 0 && !/^[·•‧・]?$/u.test(gap)) break;
      if (first < 0) first = i;
      last = i;
    }
    const [lo, hi] = step === 1 ? [tokens[first], tokens[last]] : [tokens[last], tokens[first]];
    return lo && hi ? { text: text.slice(lo.start, hi.start + hi.word.length), start: lo.start } : null;
  };
  tokens.forEach((t, i) => {
    if (!t.word.includes(a) && !a.includes(t.word)) return;
    if (t.word.length < Math.min(2, a.length)) return;
    // The run of names that holds a: 日商|三井|不动产.
    let lo = i;
    let hi = i;
    while (lo > 0 && !NOT_NAME.test(tokens[lo - 1]?.tag ?? 'v') && !JOINS.test(tokens[lo - 1]?.word ?? '')) lo--;
    while (hi < tokens.length - 1 && !NOT_NAME.test(tokens[hi + 1]?.tag ?? 'v') && !JOINS.test(tokens[hi + 1]?.word ?? '')) hi++;
    if (JOINS.test(tokens[lo - 1]?.word ?? '')) {
      const x = side(lo - 2, -1);
      if (x) found.push(x);
    }
    if (JOINS.test(tokens[hi + 1]?.word ?? '')) {
      const x = side(hi + 2, 1);
      if (x) found.push(x);
    }
  });
  // 「远航集团加码投资滨江，与城东电力签约」: a clause opening with 与 goes on from the sentence's subject.
  if (found.length === 0 && a.length >= 2 && text.replace(/^[\s“「『‘"]+/u, '').startsWith(a)) {
    tokens.forEach((t, i) => {
      const before = tokens[i - 1];
      if (!JOINS.test(t.word) || !before || !/[，,；;]/u.test(text.slice(before.start + before.word.length, t.start))) return;
      const x = side(i + 1, 1);
      if (x) found.push(x);
    });
  }
  // Each word of a name (威廉, 库克) finds the same partner.
  return found.filter((x, i) => x.text.length >= 2 && !x.text.includes(a) && found.findIndex((y) => y.start === x.start) === i);
}
