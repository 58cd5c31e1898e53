import type { ReplyLang } from '../smalltalk/load.js';
import { detectScript } from '../text/script.js';
import { cleanText, escapeHtml } from './html.js';
import { replyLang, texts, type Lang } from './messages.js';
import { LONG_MESSAGE, MAX_QUESTIONS, readMessage } from './read.js';
import { formatAnswer, formatNumbered, localize } from './reply.js';
import type { BotContext } from './context.js';

/** Where a message was said, which decides what deserves a reply. */
export interface Where {
  group: boolean;
  /**
   * Spoken to on purpose (a private chat, /ask, a mention): answered even when
   * it does not read as a question. A group's reply to the bot is not: 「好的」
   * or 「哈哈」 there answers nobody.
   */
  explicit: boolean;
}

const SMALLTALK_LANG: Record<Lang, ReplyLang> = { hans: 'zh-Hans', hant: 'zh-Hant', en: 'en' };

/**
 * What the bot says to a message, as Telegram HTML, or null for silence:
 * small talk in kind, a foreign language with a request for Chinese, one
 * question or several (numbered), a long message's last question. The
 * person's script is remembered per chat, for questions that show none.
 */
export function composeReply(ctx: BotContext, text: string, where: Where): string | null {
  const message = cleanText(text).trim();
  const key = `${ctx.chat?.id ?? 0}:${ctx.from?.id ?? 0}`;
  const remembered = ctx.memory.scripts.get(key);
  const lang = replyLang(message, ctx.lang, remembered);
  if (detectScript(message) !== 'unknown') ctx.memory.scripts.set(key, lang);
  // Small talk answers in the language it was said in: 「thanks」 in English, 「👍」 in the person's.
  const talkLang: Lang = /\p{Script=Han}/u.test(message) ? lang : /\p{Script=Latin}/u.test(message) ? 'en' : (remembered ?? ctx.lang);
  const reading = readMessage(message, ctx.smalltalk, SMALLTALK_LANG[talkLang]);
  const examples = (n: number): string[] => ctx.examples.slice(0, n).map((q) => `• ${escapeHtml(localize(q, talkLang))}`);
  switch (reading.kind) {
    case 'smalltalk': {
      if (where.group && reading.match.intent.groups === 'silent') return null;
      const lines = [escapeHtml(reading.match.reply)];
      if (reading.match.intent.examples && ctx.examples.length) lines.push('', escapeHtml(texts(talkLang).examplesIntro), ...examples(3));
      return lines.join('\n');
    }
    case 'foreign':
      if (where.group && !where.explicit && !/[?？]/u.test(message)) return null;
      return [escapeHtml(texts('en').foreign), ...ctx.examples.slice(0, 2).map((q) => `• ${escapeHtml(q)}`)].join('\n');
    case 'send-alone':
      return [escapeHtml(texts(lang).sendAlone), ...ctx.examples.slice(0, 2).map((q) => `• ${escapeHtml(localize(q, lang))}`)].join('\n');
    case 'questions': {
      if (where.group && !where.explicit && !reading.asks) return null;
      const answers = reading.questions.map((question) => {
        const answer = ctx.engine.answer(question, { script: lang === 'hant' ? 'traditional' : 'simplified' });
        ctx.log.info('answered', { chat: ctx.chat?.id, intent: answer.intent, status: answer.status, score: answer.score });
        ctx.log.debug('question', { chat: ctx.chat?.id, question, answer: answer.answer });
        return { question, answer };
      });
      const [only] = answers;
      if (answers.length > 1 || !only) return formatNumbered(answers, lang, reading.dropped, MAX_QUESTIONS);
      const examplesIfNone = only.answer.answer === null ? ctx.examples : [];
      if (!reading.long) return formatAnswer(only.answer, lang, examplesIfNone);
      const lead = texts(lang).longPicked(only.question.slice(0, LONG_MESSAGE / 3));
      return `${escapeHtml(lead)}\n${formatAnswer(only.answer, lang, examplesIfNone, { budget: 4096 - escapeHtml(lead).length - 1 })}`;
    }
  }
}

/**
 * Sends the reply to a message, as a reply to it; for an edited message the
 * bot answered before, edits that reply instead (unchanged text is left alone:
 * Telegram refuses an edit that changes nothing).
 */
export async function deliver(ctx: BotContext, html: string): Promise<void> {
  const chat = ctx.chat?.id;
  const msg = ctx.msg;
  if (chat === undefined || !msg) return;
  const key = `${chat}:${msg.message_id}`;
  const earlier = ctx.editedMessage ? ctx.memory.replies.get(key) : undefined;
  if (earlier) {
    if (earlier.html !== html) await ctx.api.editMessageText(chat, earlier.messageId, html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    ctx.memory.replies.set(key, { messageId: earlier.messageId, html });
    return;
  }
  const sent = await ctx.reply(html, {
    parse_mode: 'HTML',
    reply_parameters: { message_id: msg.message_id, allow_sending_without_reply: true },
    link_preview_options: { is_disabled: true },
  });
  ctx.memory.replies.set(key, { messageId: sent.message_id, html });
}

/** Answers a message in the chat it came from: {@link composeReply}, then {@link deliver}. */
export async function replyWithAnswer(ctx: BotContext, text: string, where: Where = { group: false, explicit: true }): Promise<void> {
  const html = composeReply(ctx, text, where);
  if (html !== null) await deliver(ctx, html);
}

/** The usage hint for an empty /ask. */
export async function replyAskUsage(ctx: BotContext): Promise<void> {
  const t = texts(ctx.lang);
  await ctx.reply(`${t.askUsage}/ask ${ctx.examples[0] ?? '记者是谁？'}`);
}
