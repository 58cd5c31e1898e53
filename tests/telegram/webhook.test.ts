import { describe, expect, it } from 'vitest';
import { freePort, startBot, startEmulator, TOKEN } from './emulator.js';

describe('webhook mode', () => {
  it('should serve updates posted with the secret, refuse those without, and stop on SIGTERM', async () => {
    const emulator = await startEmulator();
    const port = await freePort();
    const secret = 'test_secret_123';
    // The webhook URL is only registered with the emulator, which stores it; updates are posted to the port directly.
    const bot = await startBot({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: emulator.url,
      WEBHOOK_URL: 'https://bot.example.invalid/tg',
      WEBHOOK_SECRET: secret,
      PORT: String(port),
    });
    try {
      for (let i = 0; i < 100 && !bot.logs().includes('"webhook listening"'); i++) await new Promise((r) => setTimeout(r, 50));
      const update = (id: number) => ({
        update_id: id,
        message: { message_id: id, date: 0, text: '记者是谁？', chat: { id: 77, type: 'private', first_name: 'W' }, from: { id: 77, is_bot: false, first_name: 'W' } },
      });
      const post = (body: unknown, headers: Record<string, string>) =>
        fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      expect((await post(update(1), {})).status).toBe(401);
      expect((await post(update(2), { 'x-telegram-bot-api-secret-token': secret })).status).toBe(200);
      const client = emulator.server.getClient(TOKEN, { userId: 77, chatId: 77, timeout: 10_000, interval: 25 });
      const replies = await client.getUpdates();
      expect(replies.result.map((u: { message: { text?: unknown } }) => String(u.message.text))).toEqual([expect.stringContaining('<b>郭扬</b>')]);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
      await emulator.server.stop();
    }
  });
});
