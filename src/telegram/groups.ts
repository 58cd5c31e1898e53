import { Composer } from 'grammy';
import type { ChatMember } from 'grammy/types';
import type { BotContext } from './context.js';
import { escapeHtml } from './html.js';
import { texts } from './messages.js';
import { localize } from './reply.js';

/**
 * Joining a group: a short introduction, once. Telegram tells a bot it was
 * added in two updates (my_chat_member, and a new_chat_members message when
 * privacy mode lets it see that); whichever comes first introduces it.
 */
export const groups = new Composer<BotContext>();

const OUT: readonly ChatMember['status'][] = ['left', 'kicked'];

groups.on('my_chat_member', async (ctx) => {
  const { chat, old_chat_member: before, new_chat_member: now } = ctx.myChatMember;
  if (chat.type !== 'group' && chat.type !== 'supergroup') return;
  if (OUT.includes(now.status)) {
    ctx.memory.introduced.delete(chat.id); // added again later: introduced again
    return;
  }
  if (OUT.includes(before.status)) await introduce(ctx);
});

groups.on('message:new_chat_members', async (ctx) => {
  if (ctx.msg.new_chat_members.some((m) => m.id === ctx.me.id)) await introduce(ctx);
});

async function introduce(ctx: BotContext): Promise<void> {
  const chat = ctx.chat?.id;
  if (chat === undefined || ctx.memory.introduced.get(chat)) return;
  ctx.memory.introduced.set(chat, true);
  const t = texts(ctx.lang);
  const article = ctx.engine.articles[0];
  const title = localize(article?.titleNorm || article?.id || '', ctx.lang);
  const lines = [escapeHtml(t.groupIntro(ctx.me.username, title))];
  const example = ctx.examples[0];
  if (example) lines.push('', `${escapeHtml(t.examplesIntro)} /ask ${escapeHtml(localize(example, ctx.lang))}`);
  await ctx.reply(lines.join('\n'), { parse_mode: 'HTML' });
}
