import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { startBot, startEmulator, TOKEN, type BotProcess } from './emulator.js';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
type Client = ReturnType<Emulator['server']['getClient']>;
interface Sent {
  text: string;
  buttons: { text: string; callback_data: string }[];
  messageId: number;
}

/** The bot's messages to this client's chat since the last call: text and buttons. */
async function replies(client: Client): Promise<Sent[]> {
  const updates = await client.getUpdates();
  return updates.result.map((u) => {
    const markup = u.message.reply_markup;
    const keyboard = markup && 'inline_keyboard' in markup ? markup.inline_keyboard.flat() : [];
    return {
      text: u.message.text,
      buttons: keyboard.flatMap((b) => ('callback_data' in b ? [{ text: b.text, callback_data: b.callback_data }] : [])),
      // The emulator numbers the bot's messages on the stored update, not in the message it stores.
      messageId: u.messageId,
    };
  });
}
const one = async (client: Client): Promise<Sent> => {
  const [first] = await replies(client);
  if (!first) throw new Error('no reply');
  return first;
};

describe('a conversation through the Bot API emulator (the real bot process)', () => {
  let emulator: Emulator;
  let bot: BotProcess;
  const dir = mkdtempSync(join(tmpdir(), 'qa-conversation-'));
  const env = (): Record<string, string> => ({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emulator.url, MISSES_DB: join(dir, 'misses.sqlite'), SESSION_DIR: join(dir, 'sessions') });
  let nextId = 5000;
  const client = (options: { type?: 'private' | 'group'; chatId?: number } = {}): Client => {
    const userId = nextId++;
    return emulator.server.getClient(TOKEN, {
      userId,
      chatId: options.chatId ?? userId,
      type: options.type ?? 'private',
      firstName: `User${userId}`,
      userName: `user${userId}`,
      timeout: 15_000,
      interval: 25,
    });
  };
  const pressed = (c: Client, data: string, messageId: number) => c.sendCallback(c.makeCallbackQuery(data, { message: { message_id: messageId } }));

  beforeAll(async () => {
    emulator = await startEmulator();
    bot = await startBot(env());
  });

  afterAll(async () => {
    if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await emulator?.server.stop();
  });

  it('should carry a follow-up chain in a private chat, and ask a suggestion that is pressed', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('谁是拱墅区副区长？'));
    const first = await one(c);
    expect(first.text).toContain('<b>包晓东</b>');
    const suggestions = first.buttons.filter((b) => b.callback_data.startsWith('q:'));
    expect(suggestions.length).toBeGreaterThanOrEqual(1);
    expect(first.buttons.map((b) => b.text)).toEqual(expect.arrayContaining(['👍', '👎']));
    await c.sendMessage(c.makeMessage('他在会上说了什么？'));
    expect((await one(c)).text).toContain('（这里的“他”指包晓东）');
    await pressed(c, suggestions[0]?.callback_data ?? '', first.messageId);
    expect((await one(c)).text).toMatch(/^<b>/u);
  });

  it('should keep two people’s follow-ups apart in a group', async () => {
    const a = client({ type: 'group', chatId: -200600 });
    const b = client({ type: 'group', chatId: -200600 });
    await a.sendMessage(a.makeMessage('@TestNameBot 谁是拱墅区副区长？'));
    await one(a);
    await b.sendMessage(b.makeMessage('@TestNameBot 张驰挺是谁？'));
    await one(b);
    await a.sendMessage(a.makeMessage('@TestNameBot 他说了什么？'));
    expect((await one(a)).text).toContain('这里的“他”指包晓东');
    await b.sendMessage(b.makeMessage('@TestNameBot 他说了什么？'));
    const second = (await one(b)).text;
    expect(second).not.toContain('包晓东');
    expect(second).toMatch(/推介/u);
  });

  it('should show the article card on /article', async () => {
    const c = client();
    await c.sendCommand(c.makeCommand('/article'));
    const card = (await one(c)).text;
    expect(card).toContain('包晓东（拱墅区副区长）');
    expect(card).toContain('<b>147家</b>');
  });

  it('should keep feedback across a restart, and npm run misses should list what the conversation missed', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('马云是谁？'));
    await one(c);
    await c.sendMessage(c.makeMessage('马云是做什么的？'));
    await one(c);
    await c.sendMessage(c.makeMessage('运河网谷签约了多少客户？'));
    const answered = await one(c);
    const down = answered.buttons.find((b) => b.text === '👎');
    expect(down).toBeDefined();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    bot = await startBot(env());
    // A button from before the restart: its question is still recorded, so the 👎 counts.
    await pressed(c, down?.callback_data ?? '', answered.messageId);
    await c.sendMessage(c.makeMessage('张驰挺是谁？')); // the press is handled before this, in the chat's order
    await one(c);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/misses/main.ts', '--json', '--since', '1d'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', MISSES_DB: join(dir, 'misses.sqlite') },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { recorded: number; groups: { questions: { question: string }[]; thumbsDown: number; noAnswer: number; suggest: string | null }[] };
    const asked = report.groups.map((g) => g.questions.map((q) => q.question));
    // The two 马云 questions share their words: one group, first (most frequent).
    expect(asked[0]).toEqual(expect.arrayContaining(['马云是谁？', '马云是做什么的？']));
    const thumbs = report.groups.find((g) => g.questions.some((q) => q.question === '运河网谷签约了多少客户？'));
    expect(thumbs?.thumbsDown).toBe(1);
    expect(thumbs?.suggest).toMatch(/intents\/.+\.yaml$/u);
    expect(JSON.stringify(report)).not.toContain(String(nextId - 1));
    const text = spawnSync(process.execPath, ['--import', 'tsx', 'src/misses/main.ts'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', MISSES_DB: join(dir, 'misses.sqlite') }, encoding: 'utf8' });
    expect(text.stdout).toMatch(/^\d+ missed of \d+ recorded/u);
    expect(text.stdout).toContain('马云是谁？');
  });
});
