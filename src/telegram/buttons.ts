import { Composer } from 'grammy';
import { ARTICLE, composeReply, deliver, FEEDBACK, SUGGEST } from './answer.js';
import { articleCard } from './card.js';
import type { BotContext } from './context.js';
import { texts } from './messages.js';

/**
 * The buttons under the bot's messages. A suggested question is asked as if
 * the person who pressed it had typed it (their follow-up context, in a group
 * too); 👍/👎 are recorded on the question and acknowledged; an article of
 * /article's choice is shown. A button the bot cannot honour — from before a
 * restart (a question no longer recorded), of an older format, or under an
 * inline message with no chat — gets a polite answer instead of an error.
 */
export const buttons = new Composer<BotContext>();

buttons.on('callback_query:data', async (ctx) => {
  const data = ctx.callbackQuery.data;
  const t = texts(ctx.lang);
  const chat = ctx.chat;
  if (data.startsWith(SUGGEST) && chat) {
    await ctx.answerCallbackQuery();
    const reply = composeReply(ctx, data.slice(SUGGEST.length), { group: chat.type !== 'private', explicit: true });
    if (reply !== null) await deliver(ctx, reply);
    return;
  }
  const feedback = new RegExp(`^${FEEDBACK}(1|-1):(\\d+)$`, 'u').exec(data);
  if (feedback) {
    const ok = ctx.misses?.feedback(Number(feedback[2]), feedback[1] === '1' ? 1 : -1) ?? false;
    await ctx.answerCallbackQuery({ text: ok ? t.thanks : t.stale });
    return;
  }
  const article = new RegExp(`^${ARTICLE}(\\d+)$`, 'u').exec(data);
  const chosen = article ? ctx.engine.articles[Number(article[1])] : undefined;
  if (chosen && chat) {
    await ctx.answerCallbackQuery();
    await ctx.reply(articleCard(chosen, ctx.lang), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    return;
  }
  await ctx.answerCallbackQuery({ text: t.stale });
});

/** Any other callback query (no data: a game's button) is answered, so that the client stops waiting. */
buttons.on('callback_query', async (ctx) => {
  await ctx.answerCallbackQuery({ text: texts(ctx.lang).stale });
});
