import { escapeHtml, fitEscaped } from './html.js';

/** Evidence longer than this is cut to the clauses that hold the answer. */
export const LONG_EVIDENCE = 90;

const PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['（', '）'],
];

/**
 * Balances quote marks and brackets: a closing mark without its opening one
 * gets one at the start, an opening one without its closing one gets one at
 * the end (杭州之心’‘城市之眼 → ‘杭州之心’‘城市之眼’), so a span cut from a
 * sentence never shows half a quotation.
 */
export function balanceQuotes(text: string): string {
  let out = text;
  for (const [open, close] of PAIRS) {
    let depth = 0;
    let unopened = 0;
    for (const ch of out) {
      if (ch === open) depth++;
      else if (ch === close) {
        if (depth > 0) depth--;
        else unopened++;
      }
    }
    out = open.repeat(unopened) + out + close.repeat(depth);
  }
  return out;
}

/** Newsroom datelines as plain dates: 「10月18日电」 → 「10月18日」. */
export function showDates(text: string): string {
  return text.replace(/(\d{1,2}月\d{1,2}日)[电電]/gu, '$1');
}

/** Clause boundaries: Chinese punctuation, and ASCII commas and semicolons that are not inside a number (2,000). */
const CLAUSE_END = /[，；。！？、]|[;!?]|,(?!\d)/gu;

/** The clauses of a sentence as [start, end) offsets, each with its closing mark. */
function clauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    // An enumeration comma (、) separates list items, not clauses: 副会长、…主任委员 stays whole.
    if (m[0] === '、') continue;
    const end = (m.index ?? 0) + m[0].length;
    out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/**
 * How many of the question's character pairs a clause holds: the clause to
 * keep when the answer is not a span of the sentence (对/不对). Pairs, not
 * characters, so that a long clause does not win on common characters alone.
 */
function overlap(clause: string, question: string): number {
  let n = 0;
  for (let i = 0; i + 2 <= question.length; i++) if (clause.includes(question.slice(i, i + 2))) n++;
  return n;
}

/**
 * The evidence as HTML for the reply: dates shown as dates, cut to the
 * clauses that hold the answer (or, when the answer is not a span of it, the
 * clause closest to the question) when the sentence is long, quote marks
 * balanced, and the answer underlined in it. Escaped; at most `budget` characters.
 */
export function evidenceHtml(evidence: string, answer: string | null, question: string, budget: number): string {
  let text = showDates(evidence);
  const shown = answer === null ? null : showDates(answer);
  if (text.length > LONG_EVIDENCE) text = cut(text, shown, question);
  text = balanceQuotes(text);
  const at = shown ? text.indexOf(shown) : -1;
  if (shown && at >= 0) {
    const html = `${escapeHtml(text.slice(0, at))}<u>${escapeHtml(shown)}</u>${escapeHtml(text.slice(at + shown.length))}`;
    if (html.length <= budget) return html;
  }
  return fitEscaped(text, budget);
}

/** The clauses of a long sentence that hold the answer, with … where the sentence goes on. */
function cut(text: string, answer: string | null, question: string): string {
  const parts = clauses(text);
  if (parts.length < 2) return text;
  const at = answer ? text.indexOf(answer) : -1;
  let from: number;
  let to: number;
  if (at >= 0) {
    const end = at + (answer ?? '').length;
    from = parts.findIndex(([, e]) => e > at);
    to = parts.findIndex(([, e]) => e >= end);
    if (to < 0) to = parts.length - 1;
  } else {
    const scores = parts.map(([s, e]) => overlap(text.slice(s, e), question));
    from = to = scores.indexOf(Math.max(...scores));
  }
  // A clause alone can be too short to read (「会议现场,」): take the one before until it says something.
  while (from > 0 && (parts[to]?.[1] ?? 0) - (parts[from]?.[0] ?? 0) < 20) from--;
  const start = parts[from]?.[0] ?? 0;
  const end = parts[to]?.[1] ?? text.length;
  const body = text.slice(start, end).replace(/[，,；;、]$/u, '');
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
