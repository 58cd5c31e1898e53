import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Answer } from '../answer/types.js';
import { askInContext } from '../conversation/ask.js';
import { isFresh, type Resolution, type Turn } from '../conversation/followup.js';
import { suggestQuestions } from '../conversation/suggest.js';
import type { ReplyLang } from '../smalltalk/load.js';
import { ASKED_KEPT } from './session.js';
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

/** What the bot says to a message: Telegram HTML, and the buttons under it (suggestions, 👍/👎). */
export interface Composed {
  html: string;
  markup?: InlineKeyboardMarkup;
}

/** Telegram's limit on a button's callback data, in bytes. */
const CALLBACK_BYTES = 64;
/** Callback data: a suggested question (q:问题), feedback on a recorded question (f:1:id, f:-1:id), an article (a:index). */
export const SUGGEST = 'q:';
export const FEEDBACK = 'f:';
export const ARTICLE = 'a:';

const SMALLTALK_LANG: Record<Lang, ReplyLang> = { hans: 'zh-Hans', hant: 'zh-Hant', en: 'en' };

/**
 * What the bot says to a message, as Telegram HTML, or null for silence:
 * small talk in kind, a foreign language with a request for Chinese, one
 * question or several (numbered), a long message's last question. The
 * person's script is remembered per chat, for questions that show none.
 */
export function composeReply(ctx: BotContext, text: string, where: Where): Composed | null {
  const html = composeText(ctx, text, where);
  return typeof html === 'string' ? { html } : html;
}

function composeText(ctx: BotContext, text: string, where: Where): string | Composed | null {
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
      const answers = answerAll(ctx, reading.questions, lang);
      const [only] = answers;
      if (answers.length > 1 || !only) return formatNumbered(answers, lang, reading.dropped, MAX_QUESTIONS);
      const aside = asideOf(only.resolution, lang);
      if (only.resolution?.more && only.answer.answer === null) return [escapeHtml(texts(lang).noMore), ...(aside ? [escapeHtml(aside)] : [])].join('\n');
      const examplesIfNone = only.answer.answer === null ? ctx.examples : [];
      const lead = reading.long ? `${escapeHtml(texts(lang).longPicked(only.question.slice(0, LONG_MESSAGE / 3)))}\n` : '';
      const html = lead + formatAnswer(only.answer, lang, examplesIfNone, { budget: 4096 - lead.length, aside: aside ?? undefined });
      const markup = keyboard(ctx, only);
      return markup ? { html, markup } : html;
    }
  }
}

/** One question of a message as answered: what was asked, how it was read, the answer, its record. */
interface Answered {
  question: string;
  answer: Answer;
  resolution: Resolution | null;
  turn: Turn;
  /** Its id in the record of questions, for 👍/👎; null when recording is off. */
  recorded: number | null;
}

/**
 * Answers a message's questions in order, each read against the conversation's
 * last turn (a follow-up leans on it; the next question leans on this one), and
 * keeps the last turn and the questions asked in the session. Records each outcome.
 */
function answerAll(ctx: BotContext, questions: readonly string[], lang: 'hans' | 'hant'): Answered[] {
  const now = ctx.now();
  // Inline queries have no chat, and no session: each is answered alone.
  const state = ctx.chat ? ctx.session : null;
  let last: Turn | null = state && ctx.followUpMs > 0 && isFresh(state.turn, now, ctx.followUpMs) ? state.turn : null;
  const script = lang === 'hant' ? 'traditional' : 'simplified';
  const done = questions.map((question): Answered => {
    const { asked, answer, resolution, turn } = askInContext(ctx.engine, question, last, now, { script });
    ctx.log.info('answered', { chat: ctx.chat?.id, intent: answer.intent, status: answer.status, score: answer.score, followUp: resolution !== null });
    ctx.log.debug('question', { chat: ctx.chat?.id, question, asked, answer: answer.answer });
    last = turn;
    return { question, answer: { ...answer, question }, resolution, turn, recorded: record(ctx, asked, answer, now) };
  });
  if (state && last) {
    state.turn = last;
    state.asked = [...(state.asked ?? []), ...done.map((d) => d.turn.question)].slice(-ASKED_KEPT);
  }
  return done;
}

/** Records a question's outcome; a failing database must never cost the person their answer. */
function record(ctx: BotContext, question: string, answer: Answer, now: number): number | null {
  if (!ctx.misses || !ctx.chat) return null;
  try {
    return ctx.misses.record({
      at: now,
      question,
      intent: answer.intent,
      status: answer.status,
      answered: answer.answer !== null,
      chatType: ctx.chat.type,
      chatId: ctx.chat.id,
      userId: ctx.from?.id ?? 0,
    });
  } catch (error) {
    ctx.log.warn('could not record the question', { error: String(error) });
    return null;
  }
}

/** The line saying how a follow-up was read, when that is not obvious. */
function asideOf(resolution: Resolution | null, lang: 'hans' | 'hant'): string | null {
  const took = resolution?.took;
  if (!took) return null;
  const t = texts(lang);
  return localize('question' in took ? t.tookQuestion(took.question) : t.took(took.word, took.as), lang);
}

/**
 * The buttons under an answer: up to three questions the article answers
 * (one per row), then 👍 and 👎 when questions are recorded. None under a
 * reply that says the article does not say: it lists questions to ask already.
 */
function keyboard(ctx: BotContext, answered: Answered): InlineKeyboardMarkup | null {
  if (answered.answer.answer === null || !ctx.chat) return null;
  const fits = (q: string): boolean => Buffer.byteLength(SUGGEST + q, 'utf8') <= CALLBACK_BYTES;
  const asked = ctx.session.asked ?? [];
  const rows: InlineKeyboardButton[][] = suggestQuestions(ctx.engine, answered.turn, asked, ctx.examples, fits).map((q) => [
    { text: localize(q, answered.answer.script === 'traditional' ? 'hant' : 'hans'), callback_data: SUGGEST + q },
  ]);
  if (answered.recorded !== null) {
    rows.push([
      { text: '👍', callback_data: `${FEEDBACK}1:${answered.recorded}` },
      { text: '👎', callback_data: `${FEEDBACK}-1:${answered.recorded}` },
    ]);
  }
  return rows.length ? { inline_keyboard: rows } : null;
}

/**
 * Sends the reply to a message, as a reply to it; for an edited message the
 * bot answered before, edits that reply instead (unchanged text is left alone:
 * Telegram refuses an edit that changes nothing).
 */
export async function deliver(ctx: BotContext, reply: Composed): Promise<void> {
  const { html, markup } = reply;
  const chat = ctx.chat?.id;
  const msg = ctx.msg;
  if (chat === undefined || !msg) return;
  const key = `${chat}:${msg.message_id}`;
  const earlier = ctx.editedMessage ? ctx.memory.replies.get(key) : undefined;
  if (earlier) {
    if (earlier.html !== html) {
      await ctx.api.editMessageText(chat, earlier.messageId, html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_markup: markup });
    }
    ctx.memory.replies.set(key, { messageId: earlier.messageId, html });
    return;
  }
  const sent = await ctx.reply(html, {
    parse_mode: 'HTML',
    reply_parameters: { message_id: msg.message_id, allow_sending_without_reply: true },
    link_preview_options: { is_disabled: true },
    reply_markup: markup,
  });
  ctx.memory.replies.set(key, { messageId: sent.message_id, html });
}

/** Answers a message in the chat it came from: {@link composeReply}, then {@link deliver}. */
export async function replyWithAnswer(ctx: BotContext, text: string, where: Where = { group: false, explicit: true }): Promise<void> {
  const reply = composeReply(ctx, text, where);
  if (reply !== null) await deliver(ctx, reply);
}

/** The usage hint for an empty /ask. */
export async function replyAskUsage(ctx: BotContext): Promise<void> {
  const t = texts(ctx.lang);
  await ctx.reply(`${t.askUsage}/ask ${ctx.examples[0] ?? '记者是谁？'}`);
}
