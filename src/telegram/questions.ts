import { Composer } from 'grammy';
import type { MessageEntity } from 'grammy/types';
import { replyWithAnswer } from './answer.js';
import type { BotContext } from './context.js';
import { texts } from './messages.js';

/**
 * Questions as text. In a private chat every text is a question. In a group
 * (where privacy mode hides most messages anyway) the bot answers only when
 * spoken to: a mention of it, or a reply to one of its messages; other chatter is left alone.
 */
export const questions = new Composer<BotContext>();

const priv = questions.chatType('private');
priv.on('message:text', async (ctx) => {
  if (ctx.msg.text.startsWith('/')) {
    await ctx.reply(texts(ctx.lang).help);
    return;
  }
  await replyWithAnswer(ctx, ctx.msg.text);
});
priv.on('message', async (ctx) => {
  await ctx.reply(texts(ctx.lang).nonText);
});

const groups = questions.chatType(['group', 'supergroup']);
groups.on('message:text', async (ctx) => {
  const me = ctx.me;
  const text = ctx.msg.text;
  const mentioned = mentionsOf(text, ctx.msg.entities ?? []).some(
    (m) => m.username?.toLowerCase() === me.username.toLowerCase() || m.userId === me.id,
  );
  const repliedToMe = ctx.msg.reply_to_message?.from?.id === me.id;
  if (!mentioned && !repliedToMe) return;
  const question = text.replace(new RegExp(`@${me.username}\\b`, 'giu'), '').trim();
  await replyWithAnswer(ctx, question);
});

/** The users a message mentions, by @username or by a text mention. */
function mentionsOf(text: string, entities: readonly MessageEntity[]): { username?: string; userId?: number }[] {
  const found: { username?: string; userId?: number }[] = [];
  for (const e of entities) {
    if (e.type === 'mention') found.push({ username: text.slice(e.offset + 1, e.offset + e.length) });
    if (e.type === 'text_mention') found.push({ userId: e.user.id });
  }
  // Clients that send no entities (and the emulator) still write @name in the text.
  for (const m of text.matchAll(/@([A-Za-z0-9_]{5,32})/gu)) found.push({ username: m[1] });
  return found;
}
