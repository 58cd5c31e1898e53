import type { MiddlewareFn } from 'grammy';
import type { BotContext } from './context.js';
import { texts } from './messages.js';

/** Options of {@link rateLimit}. */
export interface RateLimitOptions {
  /** Questions a person may ask in a burst. Default 20. */
  burst?: number;
  /** Questions a person regains per minute. Default 20. */
  perMinute?: number;
  /** Questions of one person that may wait for their turn; beyond it they are skipped (and counted). Default 20. */
  queue?: number;
  /** The clock, in milliseconds; injectable for tests. */
  now?: () => number;
  /** Waits `ms` milliseconds; injectable for tests (with a clock that moves when it is called). */
  sleep?: (ms: number) => Promise<void>;
}

interface Bucket {
  /** Below zero: questions waiting for their turn (each owes one). */
  tokens: number;
  at: number;
  warned: boolean;
  waiting: number;
  skipped: number;
}

/**
 * A token bucket per person that slows a flood down without losing it: a
 * question beyond the burst waits until the bucket allows it, then is
 * answered, in order (updates of a chat are handled one after another, so
 * the chat's later messages wait behind it). The person is told once that
 * their questions will be answered. At most `queue` wait; one beyond that is
 * skipped, and when the queue has been worked through, one message says how
 * many were. Everyone else keeps being answered meanwhile. Inline queries
 * and updates without a sender pass.
 */
export function rateLimit(options: RateLimitOptions = {}): MiddlewareFn<BotContext> {
  const burst = options.burst ?? 20;
  const perMs = (options.perMinute ?? 20) / 60_000;
  const queue = options.queue ?? 20;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const buckets = new Map<number, Bucket>();
  return async (ctx, next) => {
    const user = ctx.from?.id;
    if (user === undefined || !(ctx.message || ctx.editedMessage)) return next();
    const t = now();
    const bucket = buckets.get(user) ?? { tokens: burst, at: t, warned: false, waiting: 0, skipped: 0 };
    bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
    buckets.set(user, bucket);
    if (bucket.tokens >= 1 && bucket.waiting === 0) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return next();
    }
    if (bucket.waiting >= queue) {
      bucket.skipped++;
      ctx.log.warn('throttled question skipped', { chat: ctx.chat?.id });
      return;
    }
    // Take the token now (the bucket goes below zero: a debt), and wait until it would have come.
    bucket.tokens -= 1;
    bucket.waiting++;
    const wait = bucket.tokens >= 0 ? 0 : -bucket.tokens / perMs;
    ctx.log.warn('throttled', { chat: ctx.chat?.id, waitMs: Math.round(wait) });
    if (!bucket.warned) {
      bucket.warned = true;
      await ctx.reply(texts(ctx.lang).throttled);
    }
    try {
      await sleep(wait);
      await next();
    } finally {
      bucket.waiting--;
      if (bucket.waiting === 0 && bucket.skipped > 0) {
        const skipped = bucket.skipped;
        bucket.skipped = 0;
        await ctx.reply(texts(ctx.lang).skipped(skipped));
      }
    }
    // Forget idle people now and then, so the map does not grow without bound.
    if (buckets.size > 10_000) for (const [id, b] of buckets) if (b.waiting === 0 && t - b.at > 60 / perMs) buckets.delete(id);
  };
}
