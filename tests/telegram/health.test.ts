import { describe, expect, it } from 'vitest';
import { seedApp } from '../helpers.js';
import { freePort, startBot, startEmulator, TOKEN } from './emulator.js';

const SECRET = 'health_secret_456';

async function waitForLog(logs: () => string, text: string): Promise<void> {
  for (let i = 0; i < 200 && !logs().includes(text); i++) await new Promise((r) => setTimeout(r, 50));
}

describe('GET /healthz', () => {
  it('should answer 200 with the article count and uptime in webhook mode, and nothing secret', async () => {
    const emulator = await startEmulator();
    const port = await freePort();
    const bot = await startBot({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: emulator.url,
      WEBHOOK_URL: 'https://bot.example.invalid/tg',
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
    });
    try {
      await waitForLog(bot.logs, '"webhook listening"');
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json');
      const text = await res.text();
      const body = JSON.parse(text) as Record<string, unknown>;
      const { uptimeSeconds, ...rest } = body;
      expect(rest).toEqual({ status: 'ok', mode: 'webhook', articles: seedApp().engine.articles.length, intents: seedApp().engine.intents.length });
      expect(typeof uptimeSeconds).toBe('number');
      expect(body.articles).toBeGreaterThan(0);
      for (const secret of [SECRET, TOKEN, TOKEN.split(':')[1] ?? TOKEN, 'bot.example.invalid']) expect(text).not.toContain(secret);
      // Only GET (and HEAD) is the health check: a POST there is a webhook call like any other, refused without the secret.
      expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'POST', body: '{}' })).status).toBe(401);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
      await emulator.server.stop();
    }
  });

  it('should be served on HEALTH_PORT in polling mode, and closed with the bot', async () => {
    const emulator = await startEmulator();
    const port = await freePort();
    const bot = await startBot({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emulator.url, HEALTH_PORT: String(port) });
    try {
      await waitForLog(bot.logs, '"health endpoint listening"');
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', mode: 'polling', articles: seedApp().engine.articles.length });
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
      await emulator.server.stop();
    }
  });
});
