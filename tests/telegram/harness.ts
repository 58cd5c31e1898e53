import type { BotError } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { createLogger } from '../../src/log.js';
import { createBot, type BotOptions } from '../../src/telegram/bot.js';
import type { BotContext } from '../../src/telegram/context.js';
import type { RateLimitOptions } from '../../src/telegram/ratelimit.js';
import { seedApp } from '../helpers.js';

export const botInfo: UserFromGetMe = {
  id: 42,
  is_bot: true,
  first_name: 'QA',
  username: 'qa_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

/** A bot whose API calls are captured by a transformer instead of sent. */
export function harness(
  options: { failWith?: { code: number; description: string }; rateLimit?: RateLimitOptions } & Pick<BotOptions, 'misses' | 'now' | 'followUpMs' | 'sessionStorage'> = {},
) {
  const calls: { method: string; payload: Record<string, unknown> }[] = [];
  const logs: string[] = [];
  const bot = createBot({
    token: `1:${'x'.repeat(35)}`,
    engine: () => seedApp().engine,
    log: createLogger('debug', { sink: (l) => logs.push(l) }),
    botInfo,
    rateLimit: options.rateLimit,
    misses: options.misses,
    now: options.now,
    followUpMs: options.followUpMs,
    sessionStorage: options.sessionStorage,
  });
  bot.api.config.use((_prev, method, payload) => {
    calls.push({ method, payload });
    if (options.failWith && method === 'sendMessage' && calls.length === 1) {
      return Promise.resolve({ ok: false, error_code: options.failWith.code, description: options.failWith.description } as never);
    }
    return Promise.resolve({ ok: true, result: { message_id: calls.length, date: 0, chat: { id: 1, type: 'private' } } } as never);
  });
  let updateId = 1;
  const handle = async (update: Update): Promise<void> => {
    // As the runner does: a handler's error goes to the bot's error handler.
    await bot.handleUpdate(update).catch((err: BotError<BotContext>) => bot.errorHandler(err));
  };
  const send = async (message: Record<string, unknown>, from = 7): Promise<void> => {
    await handle({
      update_id: updateId++,
      message: { message_id: updateId, date: 0, chat: { id: from, type: 'private', first_name: 'A' }, from: { id: from, is_bot: false, first_name: 'A' }, ...message },
    });
  };
  const inline = async (query: string): Promise<void> => {
    await handle({ update_id: updateId++, inline_query: { id: 'iq1', from: { id: 8, is_bot: false, first_name: 'B' }, query, offset: '' } });
  };
  /** Any update, with its update_id filled in. */
  const update = async (u: Record<string, unknown>): Promise<void> => handle({ update_id: updateId++, ...u });
  return { bot, calls, logs, send, inline, update };
}

