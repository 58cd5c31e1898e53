import { cleanText } from './html.js';
import { replyLang, texts } from './messages.js';
import { formatAnswer } from './reply.js';
import type { BotContext } from './context.js';

/** Answers a question in the chat it came from, as a reply to the message that asked it. */
export async function replyWithAnswer(ctx: BotContext, question: string): Promise<void> {
  const q = cleanText(question).trim();
  const lang = replyLang(q, ctx.lang);
  const answer = ctx.engine.answer(q);
  ctx.log.info('answered', {
    chat: ctx.chat?.id,
    intent: answer.intent,
    status: answer.status,
    score: answer.score,
  });
  ctx.log.debug('question', { chat: ctx.chat?.id, question: q, answer: answer.answer });
  await ctx.reply(formatAnswer(answer, lang, answer.answer === null ? ctx.examples : []), {
    parse_mode: 'HTML',
    reply_parameters: ctx.msg ? { message_id: ctx.msg.message_id, allow_sending_without_reply: true } : undefined,
    link_preview_options: { is_disabled: true },
  });
}

/** The usage hint for an empty /ask. */
export async function replyAskUsage(ctx: BotContext): Promise<void> {
  const t = texts(ctx.lang);
  await ctx.reply(`${t.askUsage}/ask ${ctx.examples[0] ?? '记者是谁？'}`);
}
