import type { Answer } from '../answer/types.js';
import { inScript } from '../text/script.js';
import { balanceQuotes, evidenceHtml, showDates } from './evidence.js';
import { escapeHtml, fitEscaped, MAX_MESSAGE_LENGTH } from './html.js';
import { texts, type Lang } from './messages.js';

/** The engine's yes/no answers start with 对 or 不对 (對, 不對). */
const YES_NO = /^不?[对對](?:[，,。；;\s]|$)/u;

/** How {@link formatAnswer} lays an answer out. */
export interface FormatOptions {
  /** Characters the message may take; 4,096 by default (less for one item of a numbered reply). */
  budget?: number;
  /** Shown above the answer (a numbered reply, an inline result): the question it answers. */
  heading?: string;
  /** A line after the answer: how a follow-up was read (「（这里的“他”指包晓东）」). */
  aside?: string;
}

/**
 * An answer as a Telegram HTML message: the short answer in bold (quote marks
 * balanced, datelines shown as dates), a line naming any name read as the
 * article's, then the supporting sentence quoted, cut to the clause that
 * holds the answer and with the answer underlined. When the article does not
 * say: a plain sentence that says so, what it comes close to saying, and
 * questions it can answer. Always valid HTML of at most `budget` characters.
 */
export function formatAnswer(answer: Answer, lang: Lang, examples: readonly string[], options: FormatOptions = {}): string {
  const t = texts(lang);
  const budget = options.budget ?? MAX_MESSAGE_LENGTH;
  const lines: string[] = [];
  if (options.heading) lines.push(fitEscaped(options.heading, Math.min(300, budget / 4)));
  if (answer.answer === null) {
    const said = answer.status === 'empty' ? t.empty : `${t.notSaid}${answer.note ? balanceQuotes(answer.note) + (/[。.]$/u.test(answer.note) ? '' : '。') : ''}`;
    lines.push(fitEscaped(said, Math.max(1, budget / 2)));
    // Not an answer: the sentence the article comes closest to saying it in, shown as such.
    if (answer.related) lines.push(`${escapeHtml(t.closest)}\n<blockquote>${fitEscaped(answer.related, Math.max(1, budget / 4))}</blockquote>`);
    if (options.aside) lines.push(fitEscaped(options.aside, Math.min(300, budget / 4)));
    if (answer.status !== 'empty' && examples.length) lines.push(escapeHtml(t.tryAsking));
    const html = [...lines, ...examples.map((q) => `• ${escapeHtml(localize(q, lang))}`)].join('\n');
    return html.length <= budget ? html : lines.join('\n');
  }
  lines.push(`<b>${fitEscaped(balanceQuotes(showDates(answer.answer)), Math.min(1000, budget / 4))}</b>`);
  if (answer.corrected.length > 0) {
    const pairs = answer.corrected.map((c) => (c.short ? `“${c.to}”，“${c.from}”是它的简称` : `“${c.to}”，不是“${c.from}”`)).join('；');
    lines.push(fitEscaped(t.corrected(lang === 'hant' ? inScript(pairs, 'traditional') : pairs), 300));
  }
  if (answer.source) lines.push(fitEscaped(t.source(answer.source), 300));
  if (options.aside) lines.push(fitEscaped(options.aside, Math.min(300, budget / 4)));
  const head = lines.join('\n');
  if (!answer.evidence) return head;
  const room = budget - head.length - '\n<blockquote></blockquote>'.length;
  if (room < 20) return head;
  // A yes/no answer (对, 不对…) is a verdict, not a span of the sentence: nothing in it to find or underline.
  const span = YES_NO.test(answer.answer) ? null : answer.answer;
  return `${head}\n<blockquote>${evidenceHtml(answer.evidence, span, answer.question, room)}</blockquote>`;
}

/** A Simplified text (an example question, a title) in the reply's script; English replies keep Simplified. */
export function localize(question: string, lang: Lang): string {
  return inScript(question, lang === 'hant' ? 'traditional' : 'simplified');
}

/**
 * Several answers as one numbered reply, each under its question, in order;
 * `dropped` questions beyond the cap are said to be left out.
 */
export function formatNumbered(items: readonly { question: string; answer: Answer }[], lang: Lang, dropped: number, maxQuestions: number): string {
  const tail = dropped > 0 ? `\n\n${escapeHtml(texts(lang).tooMany(maxQuestions))}` : '';
  const each = Math.floor((MAX_MESSAGE_LENGTH - tail.length) / Math.max(1, items.length)) - 2;
  return (
    items.map(({ question, answer }, i) => formatAnswer(answer, lang, [], { budget: each, heading: `${i + 1}. ${question}` })).join('\n\n') + tail
  );
}
