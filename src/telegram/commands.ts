import { Composer } from 'grammy';
import type { BotCommand, LanguageCode } from 'grammy/types';
import { escapeHtml } from './html.js';
import { texts, type Lang } from './messages.js';
import { localize } from './reply.js';
import { ARTICLE, replyAskUsage, replyWithAnswer } from './answer.js';
import { articleCard } from './card.js';
import type { BotContext } from './context.js';

/** The command menu in a language. */
export function commandMenu(lang: Lang): BotCommand[] {
  const d = texts(lang).commands;
  return [
    { command: 'start', description: d.start },
    { command: 'help', description: d.help },
    { command: 'about', description: d.about },
    { command: 'ask', description: d.ask },
    { command: 'article', description: d.article },
    { command: 'privacy', description: d.privacy },
  ];
}

/**
 * The menus registered at start-up, by Telegram `language_code`: the default
 * (for anyone whose language has no menu of its own) is Simplified Chinese.
 * Telegram takes two-letter codes only, so zh covers Traditional readers
 * too and they get the Simplified menu; the replies themselves follow the script they write in.
 */
export const COMMAND_MENUS: readonly { languageCode?: LanguageCode; commands: BotCommand[] }[] = [
  { commands: commandMenu('hans') },
  { languageCode: 'zh', commands: commandMenu('hans') },
  { languageCode: 'en', commands: commandMenu('en') },
];

/** The commands of the default menu. */
export const COMMANDS = COMMAND_MENUS[0]?.commands ?? [];

/** /start, /help, /about and /ask. */
export const commands = new Composer<BotContext>();

/** The article's title in the reply's language: its normalised (Simplified) form, converted, never the source's script. */
function titleIn(ctx: BotContext, index = 0): string {
  const article = ctx.engine.articles[index];
  return localize(article?.titleNorm || article?.id || '', ctx.lang);
}

commands.command('start', async (ctx) => {
  const t = texts(ctx.lang);
  const lines = [
    escapeHtml(t.greeting(ctx.from?.first_name ?? '', titleIn(ctx))),
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
  const parts = ctx.engine.articles.map((a, i) => {
    const d = a.dateline;
    const lines = [`<b>${escapeHtml(titleIn(ctx, i))}</b>`];
    if (d) {
      const fields = [d.source, d.place, d.date, d.reporter ? `${t.reporter} ${d.reporter}` : ''].filter(Boolean);
      lines.push(escapeHtml(localize(fields.join(' · '), ctx.lang)));
    }
    return lines.join('\n');
  });
  await ctx.reply(`${escapeHtml(t.about)}:\n${parts.join('\n\n')}`, { parse_mode: 'HTML' });
});

commands.command('ask', async (ctx) => {
  const question = ctx.match.trim();
  if (!question) await replyAskUsage(ctx);
  else await replyWithAnswer(ctx, question, { group: ctx.chat.type !== 'private', explicit: true });
});

/** /article: the article card; with several articles, a button for each. */
commands.command('article', async (ctx) => {
  const articles = ctx.engine.articles;
  const [only] = articles;
  if (articles.length === 1 && only) {
    await ctx.reply(articleCard(only, ctx.lang), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    return;
  }
  const rows = articles.slice(0, 50).map((a, i) => [{ text: titleIn(ctx, i).slice(0, 60) || a.id, callback_data: `${ARTICLE}${i}` }]);
  await ctx.reply(texts(ctx.lang).chooseArticle, { reply_markup: { inline_keyboard: rows } });
});

/** /privacy: exactly what is kept, as configured. */
commands.command('privacy', async (ctx) => {
  await ctx.reply(texts(ctx.lang).privacy(ctx.misses !== null, Math.round(ctx.followUpMs / 60_000)));
});
