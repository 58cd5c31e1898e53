import { describe, expect, it } from 'vitest';
import { startBot, startEmulator, TOKEN } from './emulator.js';

/** Whether a process with this pid still exists (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The promise's value, or 'timeout' after `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([promise, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), ms)))]);
  clearTimeout(timer);
  return result;
}

describe('npm start', () => {
  // What a supervisor does (systemd, Docker, a shell's kill): SIGTERM to the process it started, which is npm.
  // When npm ran the program under a shell that did not pass the signal on, npm exited and the bot kept answering.
  it('should stop the bot itself on SIGTERM to npm, which logs that it stopped', async () => {
    const emulator = await startEmulator();
    // prestart builds dist/ and the caches first when they are missing (a fresh clone): allow for it.
    const bot = await startBot({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emulator.url, npm_config_update_notifier: 'false' }, { command: ['npm', 'start'], timeoutMs: 100_000 });
    const pid = Number(/"msg":"bot started".*"pid":(\d+)/u.exec(bot.logs())?.[1]);
    try {
      expect(pid).toBeGreaterThan(0);
      expect(pid).not.toBe(bot.child.pid); // the program, not npm
      expect(alive(pid)).toBe(true);
      bot.child.kill('SIGTERM');
      // A bot stops in well under a second; 10 s is for a loaded machine.
      expect(await within(bot.exited, 10_000)).toBe(0);
      expect(alive(pid)).toBe(false);
      expect(bot.logs()).toContain('"msg":"stopping","signal":"SIGTERM"');
      expect(bot.logs()).toContain('"msg":"stopped"');
    } finally {
      if (pid > 0 && alive(pid)) process.kill(pid, 'SIGKILL');
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
      await emulator.server.stop();
    }
  }, 120_000);
});
