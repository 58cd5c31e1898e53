import { Composer } from 'grammy';
import { escapeHtml } from './html.js';
import { texts } from './messages.js';
import { localize } from './reply.js';
import { replyAskUsage, replyWithAnswer } from './answer.js';
import type { BotContext } from './context.js';

/** The commands the bot registers with Telegram at start-up. */
export const COMMANDS = [
  { command: 'start', description: '开始：问候与示例问题' },
  { command: 'help', description: '能回答什么、怎么问' },
  { command: 'about', description: '文章的标题、来源、日期与记者' },
  { command: 'ask', description: '提问（群里使用）：/ask 问题' },
] as const;

/** /start, /help, /about and /ask. */
export const commands = new Composer<BotContext>();

commands.command('start', async (ctx) => {
  const t = texts(ctx.lang);
  const title = ctx.engine.articles[0]?.title || ctx.engine.articles[0]?.id || '';
  const lines = [
    escapeHtml(t.greeting(ctx.from?.first_name ?? '', localize(title, ctx.lang))),
    '',
    escapeHtml(t.examplesIntro),
    ...ctx.examples.map((q) => `• ${escapeHtml(localize(q, ctx.lang))}`),
  ];
  await ctx.reply(lines.join('\n'), { parse_mode: 'HTML' });
});

commands.command('help', async (ctx) => {
  await ctx.reply(texts(ctx.lang).help);
});

commands.command('about', async (ctx) => {
  const t = texts(ctx.lang);
  const parts = ctx.engine.articles.map((a) => {
    const d = a.dateline;
    const lines = [`<b>${escapeHtml(localize(a.title || a.id, ctx.lang))}</b>`];
    if (d) {
      lines.push(escapeHtml(localize(`${d.source} · ${d.place} · ${d.date}${d.reporter ? ` · 记者 ${d.reporter}` : ''}`, ctx.lang)));
    }
    return lines.join('\n');
  });
  await ctx.reply(`${escapeHtml(t.about)}:\n${parts.join('\n\n')}`, { parse_mode: 'HTML' });
});

commands.command('ask', async (ctx) => {
  const question = ctx.match.trim();
  if (!question) await replyAskUsage(ctx);
  else await replyWithAnswer(ctx, question);
});
