import { Composer } from 'grammy';
import type { MessageEntity } from 'grammy/types';
import { composeReply, deliver } from './answer.js';
import type { BotContext } from './context.js';
import { texts } from './messages.js';

/**
 * Messages with words: a text, or a photo's or a file's caption, new or
 * edited (an edit re-answers by editing the earlier reply). In a private chat
 * every one is for the bot. In a group (where privacy mode hides most messages
 * anyway) the bot answers only when spoken to: a mention of it, or a reply to
 * one of its messages that asks something; other chatter is left alone.
 */
export const questions = new Composer<BotContext>();

questions.on(['message:text', 'message:caption', 'edited_message:text', 'edited_message:caption'], async (ctx) => {
  const msg = ctx.msg;
  const text = msg.text ?? msg.caption ?? '';
  const entities = msg.entities ?? msg.caption_entities ?? [];
  const type = ctx.chat.type;
  if (type === 'private') {
    if (msg.text?.startsWith('/')) return unknownCommand(ctx, msg.text);
    const reply = composeReply(ctx, text, { group: false, explicit: true });
    if (reply !== null) await deliver(ctx, reply);
    return;
  }
  if (type !== 'group' && type !== 'supergroup') return;
  const me = ctx.me;
  if (msg.text?.startsWith('/')) {
    // Other bots' commands are theirs; one addressed to this bot by name gets the one line.
    if (new RegExp(`^/\\w+@${me.username}\\b`, 'iu').test(msg.text)) await unknownCommand(ctx, msg.text);
    return;
  }
  const mentioned = mentionsOf(text, entities).some((m) => m.username?.toLowerCase() === me.username.toLowerCase() || m.userId === me.id);
  const repliedToMe = msg.reply_to_message?.from?.id === me.id;
  if (!mentioned && !repliedToMe) return;
  const question = text.replace(new RegExp(`@${me.username}\\b`, 'giu'), '').trim();
  const reply = composeReply(ctx, question, { group: true, explicit: mentioned });
  if (reply !== null) await deliver(ctx, reply);
});

/** Stickers, photos without a caption, voice: in a private chat, a hint to type the question. */
questions.chatType('private').on('message', async (ctx) => {
  await ctx.reply(texts(ctx.lang).nonText);
});

/** One line for a command the bot does not have, instead of the whole help. */
async function unknownCommand(ctx: BotContext, text: string): Promise<void> {
  const command = (text.split(/\s/u)[0] ?? text).slice(0, 64);
  await ctx.reply(texts(ctx.lang).unknownCommand(command));
}

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
