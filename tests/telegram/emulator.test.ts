import { describe, expect, it } from 'vitest';
import { startBot } from './emulator.js';

// The helper itself: a bot that logs "bot started" and exits at once (as one does on a 409 from its
// first getUpdates) has started, and its exit code and whole log are there once `exited` resolves.
// exitCode, not exit(): the program's own writes must all reach the pipe for the test to be about the helper.
const QUICK_EXIT = `process.stderr.write('{"msg":"bot started"}\\n' + 'x'.repeat(8000) + '\\n{"msg":"last line"}\\n'); process.exitCode = 3;`;

describe('startBot', () => {
  it('should count a bot that starts and exits at once as started, with its exit code and its whole log', async () => {
    for (let i = 0; i < 5; i++) {
      const bot = await startBot({}, { command: [process.execPath, '-e', QUICK_EXIT] });
      expect(await bot.exited).toBe(3);
      expect(bot.logs()).toContain('{"msg":"last line"}');
    }
  });

  it('should fail with the log when the program exits without starting', async () => {
    await expect(startBot({}, { command: [process.execPath, '-e', 'console.error("no token"); process.exit(1)'] })).rejects.toThrow(/bot did not start \(exited\):\s+no token/u);
  });
});
