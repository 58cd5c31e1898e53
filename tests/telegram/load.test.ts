import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRight } from '../../src/eval/score.js';
import { seedQuestions } from '../helpers.js';
import { startBot, startEmulator, TOKEN, type BotProcess } from './emulator.js';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** Answered questions of the seed set, for checking that each reply belongs to its question. */
const QUESTIONS = seedQuestions()
  .filter((q) => typeof q.a === 'string')
  .slice(0, 20) as { q: string; a: string }[];

const answerOf = (html: string): string | null => /^<b>(.*?)<\/b>/u.exec(html)?.[1] ?? null;

describe('load through the emulator', () => {
  let emulator: Emulator;
  let bot: BotProcess;

  beforeAll(async () => {
    emulator = await startEmulator();
    bot = await startBot({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emulator.url });
  });

  afterAll(async () => {
    bot.child.kill('SIGTERM');
    await bot.exited;
    await emulator.server.stop();
  });

  it('should answer 50 users sending 20 questions each, every one, in order per chat', async () => {
    const users = 50;
    const started = Date.now();
    const latencies: number[] = [];
    const results = await Promise.all(
      Array.from({ length: users }, async (_, u) => {
        const id = 20_000 + u;
        const c = emulator.server.getClient(TOKEN, { userId: id, chatId: id, type: 'private', timeout: 60_000, interval: 20 });
        const sentAt: number[] = [];
        for (const { q } of QUESTIONS) {
          sentAt.push(Date.now());
          await c.sendMessage(c.makeMessage(q));
        }
        const replies: string[] = [];
        while (replies.length < QUESTIONS.length) {
          const batch = await c.getUpdates();
          const now = Date.now();
          for (const update of batch.result as { message: { text?: unknown } }[]) {
            latencies.push(now - (sentAt[replies.length] ?? now));
            replies.push(String(update.message.text));
          }
        }
        return replies;
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    for (const replies of results) {
      expect(replies).toHaveLength(QUESTIONS.length);
      replies.forEach((html, i) => expect(isRight(answerOf(html), QUESTIONS[i]?.a ?? null)).toBe(true));
    }
    latencies.sort((a, b) => a - b);
    const p = (x: number): number => latencies[Math.min(latencies.length - 1, Math.floor(x * latencies.length))] ?? 0;
    console.log(
      `load: ${users * QUESTIONS.length} questions from ${users} users in ${elapsed.toFixed(1)} s ` +
        `(${((users * QUESTIONS.length) / elapsed).toFixed(0)} questions/s); reply latency p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`,
    );
  });

  it('should answer every question of a 26-question burst once the limit allows, in order, without starving another user', async () => {
    const flooder = emulator.server.getClient(TOKEN, { userId: 30_001, chatId: 30_001, type: 'private', timeout: 30_000, interval: 20 });
    const other = emulator.server.getClient(TOKEN, { userId: 30_002, chatId: 30_002, type: 'private', timeout: 30_000, interval: 20 });
    const questions = Array.from({ length: 26 }, (_, i) => (i % 2 ? '记者是谁？' : '运河网谷签约了多少客户？'));
    for (const q of questions) await flooder.sendMessage(flooder.makeMessage(q));
    await other.sendMessage(other.makeMessage('运河网谷签约了多少客户？'));
    const otherReply = await other.getUpdates();
    expect(String(otherReply.result[0]?.message.text)).toContain('<b>147家</b>');
    const flood: string[] = [];
    // 20 at once, then one every 3 s (20 a minute): the last about 18 s after the burst.
    while (flood.filter((t) => t.startsWith('<b>')).length < questions.length) {
      for (const u of (await flooder.getUpdates()).result as { message: { text?: unknown } }[]) flood.push(String(u.message.text));
    }
    const answers = flood.filter((t) => t.startsWith('<b>'));
    answers.forEach((t, i) => expect(t).toContain(i % 2 ? '<b>郭扬</b>' : '<b>147家</b>'));
    expect(flood.filter((t) => t.includes('太快'))).toHaveLength(1);
    expect(flood).toHaveLength(27);
  }, 45_000);
});
