import type { MiddlewareFn } from 'grammy';
import type { BotContext } from './context.js';
import { texts } from './messages.js';

/** Options of {@link rateLimit}. */
export interface RateLimitOptions {
  /** Questions a person may ask in a burst. Default 20. */
  burst?: number;
  /** Questions a person regains per minute. Default 20. */
  perMinute?: number;
  /** The clock, in milliseconds; injectable for tests. */
  now?: () => number;
}

/**
 * A token bucket per person: one who floods the bot is slowed down, and told
 * so once, while everyone else keeps being answered. Inline queries and
 * updates without a sender pass.
 */
export function rateLimit(options: RateLimitOptions = {}): MiddlewareFn<BotContext> {
  const burst = options.burst ?? 20;
  const perMs = (options.perMinute ?? 20) / 60_000;
  const now = options.now ?? Date.now;
  const buckets = new Map<number, { tokens: number; at: number; warned: boolean }>();
  return async (ctx, next) => {
    const user = ctx.from?.id;
    if (user === undefined || !ctx.message) return next();
    const t = now();
    const bucket = buckets.get(user) ?? { tokens: burst, at: t, warned: false };
    bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
    buckets.set(user, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return next();
    }
    ctx.log.warn('throttled', { chat: ctx.chat?.id });
    if (!bucket.warned) {
      bucket.warned = true;
      await ctx.reply(texts(ctx.lang).throttled);
    }
    // Forget idle people now and then, so the map does not grow without bound.
    if (buckets.size > 10_000) for (const [id, b] of buckets) if (t - b.at > 60 / perMs) buckets.delete(id);
  };
}
