import { afterEach, describe, expect, it } from 'vitest';
import { startBot, startEmulator, TOKEN, type BotProcess } from './emulator.js';
import { startFaultProxy, type Fault } from './proxy.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** The emulator behind a fault-injecting proxy, and the bot polling the proxy. */
async function setup(rule: (method: string, seen: number) => Fault): Promise<{ bot: BotProcess; emulator: Awaited<ReturnType<typeof startEmulator>> }> {
  const emulator = await startEmulator();
  const proxy = await startFaultProxy(emulator.url, rule);
  cleanups.push(async () => {
    await emulator.server.stop();
    await new Promise<void>((r) => proxy.server.close(() => r()));
  });
  const bot = await startBot({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: proxy.url });
  cleanups.push(async () => {
    if (bot.child.exitCode === null) {
      bot.child.kill('SIGTERM');
      await bot.exited;
    }
  });
  return { bot, emulator };
}

async function repliesTo(emulator: Awaited<ReturnType<typeof startEmulator>>, chatId: number, question: string, wait = 12_000): Promise<string[]> {
  const c = emulator.server.getClient(TOKEN, { userId: chatId, chatId, type: 'private', timeout: wait, interval: 25 });
  await c.sendMessage(c.makeMessage(question));
  const first = await c.getUpdates();
  // Anything more (a duplicate) would arrive soon after: look once more.
  await new Promise((r) => setTimeout(r, 300));
  const more = await emulator.server.getClient(TOKEN, { userId: chatId, chatId, timeout: 200, interval: 25 }).getUpdates().catch(() => ({ result: [] }));
  return [...first.result, ...more.result].map((u: { message: { text?: unknown } }) => String(u.message.text));
}

describe('network weather', () => {
  it('should wait out a 429 and a 5xx and answer exactly once', async () => {
    const { bot, emulator } = await setup((method, seen) => {
      if (method !== 'sendMessage') return 'pass';
      if (seen === 0) return { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } };
      if (seen === 1) return { status: 502, body: { ok: false, error_code: 502, description: 'Bad Gateway' } };
      return 'pass';
    });
    const replies = await repliesTo(emulator, 11, '运河网谷签约了多少客户？');
    expect(replies).toEqual([expect.stringContaining('<b>147家</b>')]);
    expect(bot.logs()).toContain('"code":429');
  });

  it('should retry a dropped connection and answer exactly once', async () => {
    const { emulator } = await setup((method, seen) => (method === 'sendMessage' && seen === 0 ? 'drop' : 'pass'));
    const replies = await repliesTo(emulator, 12, '记者是谁？');
    expect(replies).toEqual([expect.stringContaining('<b>郭扬</b>')]);
  });

  it('should keep running when a person has blocked the bot (403)', async () => {
    const { bot, emulator } = await setup((method, seen) =>
      method === 'sendMessage' && seen === 0 ? { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } } : 'pass',
    );
    const blocked = emulator.server.getClient(TOKEN, { userId: 13, chatId: 13, type: 'private', timeout: 1000, interval: 25 });
    await blocked.sendMessage(blocked.makeMessage('记者是谁？'));
    for (let i = 0; i < 100 && !bot.logs().includes('"code":403'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(bot.logs()).toContain('"code":403');
    expect(await repliesTo(emulator, 14, '记者是谁？')).toEqual([expect.stringContaining('<b>郭扬</b>')]);
    expect(bot.child.exitCode).toBeNull();
  });

  it('should stop with a clear message when another instance polls with the same token (409)', async () => {
    const { bot } = await setup((method) =>
      method === 'getUpdates' ? { status: 409, body: { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request' } } : 'pass',
    );
    expect(await bot.exited).toBe(1);
    expect(bot.logs()).toContain('Another instance of this bot is already receiving updates with this BOT_TOKEN (409 Conflict)');
  });

  it('should never write the token to its logs or errors', async () => {
    const { bot, emulator } = await setup((method, seen) => (method === 'sendMessage' && seen === 0 ? 'drop' : 'pass'));
    await repliesTo(emulator, 15, '张驰挺是谁？');
    bot.child.kill('SIGTERM');
    await bot.exited;
    expect(bot.logs()).not.toContain(TOKEN);
    expect(bot.logs()).not.toContain(TOKEN.split(':')[1]);
    // Message text stays out of the logs at the default level.
    expect(bot.logs()).not.toContain('张驰挺');
  });
});

describe('start-up', () => {
  it('should stop with a message naming BOT_TOKEN when Telegram rejects the token (401)', async () => {
    const { spawn } = await import('node:child_process');
    const { ROOT } = await import('../helpers.js');
    const emulator = await startEmulator();
    const proxy = await startFaultProxy(emulator.url, (method) =>
      method === 'getMe' ? { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } } : 'pass',
    );
    try {
      // Not spawnSync: the emulator and the proxy answer from this process's event loop.
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: '/tmp', BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: proxy.url },
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain('Telegram rejected BOT_TOKEN (401 Unauthorized). Get a valid token from @BotFather.');
      expect(stderr).not.toContain(TOKEN);
    } finally {
      await emulator.server.stop();
      await new Promise<void>((r) => proxy.server.close(() => r()));
    }
  });
});
