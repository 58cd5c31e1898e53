import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, GrammyError, HttpError, MemorySessionStorage, session, type StorageAdapter, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Engine } from '../answer/engine.js';
import { exampleQuestions } from '../answer/examples.js';
import type { Logger } from '../log.js';
import { commands } from './commands.js';
import type { BotContext } from './context.js';
import { inline } from './inline.js';
import { langOf, texts } from './messages.js';
import { questions } from './questions.js';
import { rateLimit, type RateLimitOptions } from './ratelimit.js';
import { groups } from './groups.js';
import { createMemory } from './memory.js';
import { buttons } from './buttons.js';
import { sessionKey, type SessionData } from './session.js';
import { DEFAULT_FOLLOW_UP_MS } from '../conversation/followup.js';
import type { MissesStore } from '../misses/store.js';
import { loadSmalltalk, type SmalltalkIntent } from '../smalltalk/load.js';

/** What {@link createBot} needs. */
export interface BotOptions {
  token: string;
  /** Bot API server; Telegram's by default. */
  apiRoot?: string;
  /** The engine to answer with; a function so that a reload of the intents takes effect at once. */
  engine: () => Engine;
  log: Logger;
  /** The small talk of the moment; a function so that a reload takes effect at once. Default: the shipped intents/smalltalk/. */
  smalltalk?: () => readonly SmalltalkIntent[];
  /** Skips getMe at start-up; for tests. */
  botInfo?: UserFromGetMe;
  rateLimit?: RateLimitOptions;
  /** Cap on the delay auto-retry waits after a 429 or a network error, in seconds. Default 30. */
  maxRetryDelaySeconds?: number;
  /** Where conversation state is kept; in memory by default (see docs/telegram.md for several instances). */
  sessionStorage?: StorageAdapter<SessionData>;
  /** Where questions and feedback are recorded; none by default. */
  misses?: MissesStore | null;
  /** How long a follow-up may lean on the last question, in ms; 0 turns follow-ups off. Default 10 minutes. */
  followUpMs?: number;
  /** The clock for follow-ups, in ms. Default Date.now. */
  now?: () => number;
}

/**
 * Creates the bot: a thin adapter over the engine. Handlers live in
 * composers (groups, commands, inline, questions); this file wires them with the
 * production habits: retries, rate limit, error replies.
 */
export function createBot(options: BotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(options.token, {
    botInfo: options.botInfo,
    client: { apiRoot: options.apiRoot, timeoutSeconds: 60 },
  });
  bot.api.config.use(logFailures(options.log));
  // 429 (waits retry_after, up to the cap) and 5xx (backs off) are auto-retry's; network
  // errors are ours, because auto-retry would retry those forever.
  bot.api.config.use(
    autoRetry({ maxDelaySeconds: options.maxRetryDelaySeconds ?? 30, maxRetryAttempts: 3, rethrowHttpErrors: true }),
  );
  bot.api.config.use(retryNetworkErrors(3));

  const smalltalk = options.smalltalk ?? defaultSmalltalk();
  const memory = createMemory();
  let examplesFor: { engine: Engine; examples: readonly string[] } | null = null;
  bot.use(async (ctx, next) => {
    const engine = options.engine();
    if (examplesFor?.engine !== engine) examplesFor = { engine, examples: exampleQuestions(engine) };
    ctx.engine = engine;
    ctx.examples = examplesFor.examples;
    ctx.smalltalk = smalltalk();
    ctx.memory = memory;
    ctx.misses = options.misses ?? null;
    ctx.followUpMs = options.followUpMs ?? DEFAULT_FOLLOW_UP_MS;
    ctx.now = options.now ?? Date.now;
    ctx.lang = langOf(ctx.from?.language_code);
    ctx.log = options.log;
    await next();
  });
  // Before sequentialize: a throttled question waits here for its turn while the person's
  // later ones arrive and are counted against the queue's bound; they leave in order.
  bot.use(rateLimit(options.rateLimit));
  // Updates are handled concurrently; those of one chat in the order they came.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  // After sequentialize: a chat's updates read and write its session one after another.
  // The store keeps a turn only as long as a follow-up may lean on it (plus a minute for the clock's slack).
  const storage = options.sessionStorage ?? new MemorySessionStorage<SessionData>((options.followUpMs ?? DEFAULT_FOLLOW_UP_MS) + 60_000);
  bot.use(session({ initial: (): SessionData => ({}), getSessionKey: sessionKey, storage }));
  bot.use(groups);
  bot.use(commands);
  bot.use(inline);
  bot.use(buttons);
  bot.use(questions);

  bot.catch(async (err) => {
    const { ctx, error } = err;
    options.log.error('handler failed', {
      update: ctx.update.update_id,
      chat: ctx.chat?.id,
      error: describeError(error),
    });
    if (error instanceof GrammyError && error.error_code === 403) return; // blocked by the user: nobody to apologise to
    if (!ctx.chat) return;
    try {
      await ctx.reply(texts(ctx.lang ?? 'hans').apology);
    } catch (again) {
      options.log.warn('apology failed', { chat: ctx.chat.id, error: describeError(again) });
    }
  });
  return bot;
}

/** The shipped small talk, loaded once; a file that fails to load is left out (run.ts reports it). */
function defaultSmalltalk(): () => readonly SmalltalkIntent[] {
  const { intents } = loadSmalltalk();
  return () => intents;
}

/** An error as log fields: its kind, and what Telegram said. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError) return { kind: 'telegram', method: error.method, code: error.error_code, description: error.description };
  if (error instanceof HttpError) return { kind: 'network', message: error.message };
  if (error instanceof Error) return { kind: error.name, message: error.message };
  return { kind: 'unknown', message: String(error) };
}

/**
 * Retries a call that failed on the network (connection refused or dropped,
 * timeout) up to `attempts` times, waiting 1 s, 2 s, 4 s…; then gives up with the error.
 * getUpdates is left to the runner, which has its own retry loop.
 */
function retryNetworkErrors(attempts: number): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        if (!(error instanceof HttpError) || attempt >= attempts || method === 'getUpdates' || signal?.aborted) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
      }
    }
  };
}

/** Logs every failed Bot API call with its method, never its payload (which holds what people wrote). */
function logFailures(log: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) log.warn('api call refused', { method, code: result.error_code, description: result.description });
      return result;
    } catch (error) {
      log.warn('api call failed', { method, error: describeError(error) });
      throw error;
    }
  };
}
