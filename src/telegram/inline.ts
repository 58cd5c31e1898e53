import { Composer, InlineQueryResultBuilder } from 'grammy';
import { cleanText, escapeHtml } from './html.js';
import { replyLang, texts } from './messages.js';
import { formatAnswer, localize } from './reply.js';
import type { BotContext } from './context.js';

/** How long Telegram may keep an answered inline result: the article does not change. */
const ANSWERED_CACHE_SECONDS = 300;

/**
 * Inline mode: `@BotName 问题` in any chat offers the answer, under the
 * question it answers, as a result to send. An empty query offers a help
 * result. Results are cached only when answered: a query typed halfway
 * (「张驰」) is not answered, and caching that would keep serving it after the
 * person finishes typing.
 */
export const inline = new Composer<BotContext>();

inline.on('inline_query', async (ctx) => {
  const question = cleanText(ctx.inlineQuery.query).trim();
  const lang = replyLang(question, ctx.lang);
  const t = texts(lang);
  if (!question) {
    const examples = ctx.examples.map((q) => localize(q, lang));
    const help = InlineQueryResultBuilder.article('help', texts(ctx.lang).inlineHelpTitle, {
      description: `${texts(ctx.lang).inlineHelpDescription}${examples[0] ?? ''}`,
    }).text([escapeHtml(texts(ctx.lang).help), '', ...examples.map((q) => `• ${escapeHtml(q)}`)].join('\n'), { parse_mode: 'HTML' });
    await ctx.answerInlineQuery([help], { cache_time: ANSWERED_CACHE_SECONDS });
    return;
  }
  const answer = ctx.engine.answer(question, { script: lang === 'hant' ? 'traditional' : 'simplified' });
  const html = formatAnswer(answer, lang, [], { heading: `${t.asked}${question}` });
  const title = answer.answer ?? t.notSaid;
  const result = InlineQueryResultBuilder.article(`a${hash(question)}`, title.slice(0, 100), {
    description: question.slice(0, 200),
  }).text(html, { parse_mode: 'HTML' });
  await ctx.answerInlineQuery([result], { cache_time: answer.answer === null ? 0 : ANSWERED_CACHE_SECONDS });
});

/** A short stable id for a result (Telegram allows 64 bytes). */
function hash(text: string): string {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) | 0;
  return (h >>> 0).toString(36);
}
