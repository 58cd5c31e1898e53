import { Composer, InlineQueryResultBuilder } from 'grammy';
import { cleanText } from './html.js';
import { replyLang } from './messages.js';
import { formatAnswer } from './reply.js';
import type { BotContext } from './context.js';

/** Inline mode: `@BotName 问题` in any chat offers the answer as a result to send. */
export const inline = new Composer<BotContext>();

inline.on('inline_query', async (ctx) => {
  const question = cleanText(ctx.inlineQuery.query).trim();
  if (!question) {
    await ctx.answerInlineQuery([], { cache_time: 60 });
    return;
  }
  const answer = ctx.engine.answer(question);
  const lang = replyLang(question, ctx.lang);
  const html = formatAnswer(answer, lang, []);
  const title = answer.answer ?? (lang === 'hant' ? '文章沒有提到這一點' : lang === 'en' ? 'The article does not say' : '文章没有提到这一点');
  const result = InlineQueryResultBuilder.article(`a${hash(question)}`, title.slice(0, 100), {
    description: (answer.evidence ?? question).slice(0, 200),
  }).text(html, { parse_mode: 'HTML' });
  await ctx.answerInlineQuery([result], { cache_time: 300 });
});

/** A short stable id for a result (Telegram allows 64 bytes). */
function hash(text: string): string {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) | 0;
  return (h >>> 0).toString(36);
}
