import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { postUserMessage, startBot, startEmulator, TOKEN, type BotProcess } from './emulator.js';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
type Client = ReturnType<Emulator['server']['getClient']>;

/** The text of the next message the bot sends to this client's chat. */
async function nextReply(client: Client): Promise<string> {
  const updates = await client.getUpdates();
  const texts = updates.result.map((u: { message: { text?: unknown } }) => String(u.message.text));
  return texts.join('\n---\n');
}

describe('the bot, end to end through the Bot API emulator', () => {
  let emulator: Emulator;
  let bot: BotProcess;
  let nextId = 1000;
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

  beforeAll(async () => {
    emulator = await startEmulator();
    bot = await startBot({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emulator.url });
  });

  afterAll(async () => {
    if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await emulator?.server.stop();
  });

  it('should greet on /start with example questions from the article', async () => {
    const c = client();
    await c.sendCommand(c.makeCommand('/start'));
    const reply = await nextReply(c);
    expect(reply).toContain('你好');
    expect(reply).toMatch(/• .+？/u);
  });

  it('should explain itself on /help', async () => {
    const c = client();
    await c.sendCommand(c.makeCommand('/help'));
    expect(await nextReply(c)).toContain('/ask');
  });

  it('should answer a who question with the answer first and the sentence quoted', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('张驰挺是谁？'));
    const reply = await nextReply(c);
    expect(reply.startsWith('<b>杭州大运河数智未来城管委会副主任</b>')).toBe(true);
    expect(reply).toContain('<blockquote>');
  });

  it('should answer a how-much question with the number and its unit', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('运河网谷签约了多少客户？'));
    expect(await nextReply(c)).toContain('<b>147家</b>');
  });

  it('should answer a Traditional question in Traditional script', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('張馳挺是誰？'));
    expect(await nextReply(c)).toContain('<b>杭州大運河數智未來城管委會副主任</b>');
  });

  it('should say plainly when the article does not say, and suggest questions', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('马云是谁？'));
    const reply = await nextReply(c);
    expect(reply).toContain('文章没有提到');
    expect(reply).toContain('•');
  });

  it('should hint at text when sent a sticker', async () => {
    const c = client();
    const base = c.makeMessage('');
    const { text: _text, ...withoutText } = base;
    await postUserMessage(emulator.url, { ...withoutText, sticker: { file_id: 'x', file_unique_id: 'y', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } });
    expect(await nextReply(c)).toContain('文字');
  });

  it('should stay quiet on group chatter and answer /ask in the group', async () => {
    const c = client({ type: 'group', chatId: -100500 });
    await c.sendMessage(c.makeMessage('大家好，今天谁去开会？'));
    await c.sendCommand(c.makeCommand('/ask 记者是谁？'));
    // Replies in a chat keep its order: had the chatter been answered, that reply would come first.
    const reply = await nextReply(c);
    // The dateline reads as a date (no 电), and the answer is underlined in its sentence.
    expect(reply).toBe('<b>郭扬</b>\n<blockquote>人民网杭州10月18日 (记者<u>郭扬</u>)</blockquote>');
  });

  it('should answer /ask@BotName, a mention and a reply to itself in a group', async () => {
    const c = client({ type: 'group', chatId: -100501 });
    await c.sendCommand(c.makeCommand('/ask@TestNameBot 运河网谷什么时候开园？'));
    expect(await nextReply(c)).toContain('<b>2022年6月</b>');
    await c.sendMessage(c.makeMessage('@TestNameBot 座谈会在哪里召开？'));
    expect(await nextReply(c)).toContain('<b>杭州市拱墅区招商蛇口运河网谷</b>');
    await c.sendMessage(c.makeMessage('谁是拱墅区副区长？', { reply_to_message: { message_id: 1, from: { id: 666, is_bot: true, first_name: 'Bot' }, chat: { id: -100501, type: 'group', title: 'g' }, date: 0 } } as never));
    expect(await nextReply(c)).toContain('<b>包晓东</b>');
  });

  it('should answer small talk in kind, and an English question in English', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('你好'));
    const hello = await nextReply(c);
    expect(hello).toContain('你好');
    expect(hello).not.toContain('没有提到');
    await c.sendMessage(c.makeMessage('谢谢！'));
    expect(await nextReply(c)).toContain('不客气');
    await c.sendMessage(c.makeMessage('How many clients has the park signed?'));
    expect(await nextReply(c)).toContain('in Chinese');
  });

  it('should answer two questions of one message in one numbered reply', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('运河网谷签约了多少客户？拱墅区副区长是谁？'));
    const reply = await nextReply(c);
    expect(reply).toContain('1. 运河网谷签约了多少客户？\n<b>147家</b>');
    expect(reply).toContain('2. 拱墅区副区长是谁？\n<b>包晓东</b>');
  });

  it('should answer a photo’s caption', async () => {
    const c = client();
    const { text: _text, ...withoutText } = c.makeMessage('');
    await postUserMessage(emulator.url, { ...withoutText, photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }], caption: '运河网谷签约了多少客户？' });
    expect(await nextReply(c)).toContain('<b>147家</b>');
  });

  it('should introduce itself when added to a group, and not answer an acknowledgement there', async () => {
    const c = client({ type: 'group', chatId: -100502 });
    const { text: _text, ...withoutText } = c.makeMessage('');
    await postUserMessage(emulator.url, { ...withoutText, new_chat_members: [{ id: 666, is_bot: true, first_name: 'Bot', username: 'TestNameBot' }] });
    const toBot = { reply_to_message: { message_id: 1, from: { id: 666, is_bot: true, first_name: 'Bot' }, chat: { id: -100502, type: 'group', title: 'g' }, date: 0 } };
    await c.sendMessage(c.makeMessage('好的', toBot as never));
    await c.sendMessage(c.makeMessage('那记者是谁？', toBot as never));
    // Replies keep the chat's order: an answer to 好的 would stand between these two.
    const replies = await nextReply(c);
    const [intro, answer, ...rest] = replies.split('\n---\n');
    expect(intro).toContain('/ask');
    expect(intro).toContain('@TestNameBot');
    expect(answer ?? (await nextReply(c))).toContain('<b>郭扬</b>');
    expect(rest).toEqual([]);
  });

  it('should answer twenty users asking at once', async () => {
    const clients = Array.from({ length: 20 }, () => client());
    await Promise.all(clients.map((c) => c.sendMessage(c.makeMessage('运河网谷签约了多少客户？'))));
    const replies = await Promise.all(clients.map((c) => nextReply(c)));
    expect(replies.filter((r) => r.includes('<b>147家</b>'))).toHaveLength(20);
  });

  it('should stop cleanly on SIGTERM', async () => {
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.logs()).toContain('"stopped"');
    expect(bot.logs()).not.toContain(TOKEN);
  });
});

describe('live reload of intents in the running bot', () => {
  it('should pick up a new intent file without a restart, and reload on SIGHUP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    cpSync(`${ROOT}intents`, dir, { recursive: true });
    rmSync(join(dir, 'why.yaml')); // the shipped why intent is the one this test adds
    const token = `987654321:${'B'.repeat(35)}`;
    const emulator = await startEmulator();
    const bot = await startBot({ BOT_TOKEN: token, TELEGRAM_API_ROOT: emulator.url, INTENTS_DIR: dir });
    try {
      const c = emulator.server.getClient(token, { userId: 5, chatId: 5, type: 'private', timeout: 15_000, interval: 25 });
      const ask = async (q: string): Promise<string> => {
        await c.sendMessage(c.makeMessage(q));
        return nextReply(c);
      };
      const question = '拱墅区为什么被誉为“杭州之心”？';
      expect(await ask(question)).not.toContain('<b>杭州核心城区</b>');
      writeFileSync(join(dir, 'why.yaml'), 'name: why\nanswer: phrase\npatterns:\n  - 为什么\nextract:\n  - 作为(?<answer>[^，,。]+)\n');
      for (let i = 0; i < 100 && !bot.logs().includes('"intents reloaded"'); i++) await new Promise((r) => setTimeout(r, 50));
      expect(await ask(question)).toContain('<b>杭州核心城区</b>');
      bot.child.kill('SIGHUP');
      for (let i = 0; i < 100 && !bot.logs().includes('"why":"SIGHUP"'); i++) await new Promise((r) => setTimeout(r, 50));
      expect(bot.logs()).toContain('"why":"SIGHUP"');
    } finally {
      bot.child.kill('SIGTERM');
      await bot.exited;
      await emulator.server.stop();
    }
  });
});
