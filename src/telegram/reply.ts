import type { Answer } from '../answer/types.js';
import { inScript } from '../text/script.js';
import { escapeHtml, fitEscaped, MAX_MESSAGE_LENGTH } from './html.js';
import { texts, type Lang } from './messages.js';

/**
 * An answer as a Telegram HTML message: the short answer in bold, then the
 * supporting sentence quoted. When the article does not say, a plain
 * sentence that says so and questions it can answer. Always valid HTML of at
 * most 4,096 characters.
 */
export function formatAnswer(answer: Answer, lang: Lang, examples: readonly string[]): string {
  const t = texts(lang);
  if (answer.answer === null) {
    const lead = answer.status === 'empty' ? t.empty : `${t.notSaid}${examples.length ? `\n${t.tryAsking}` : ''}`;
    return [escapeHtml(lead), ...examples.map((q) => `• ${escapeHtml(localize(q, lang))}`)].join('\n');
  }
  const head = `<b>${fitEscaped(answer.answer, 1000)}</b>`;
  if (!answer.evidence) return head;
  const room = MAX_MESSAGE_LENGTH - head.length - '\n<blockquote></blockquote>'.length;
  return `${head}\n<blockquote>${fitEscaped(answer.evidence, room)}</blockquote>`;
}

/** A Simplified example question in the reply's script. */
export function localize(question: string, lang: Lang): string {
  return inScript(question, lang === 'hant' ? 'traditional' : 'simplified');
}
