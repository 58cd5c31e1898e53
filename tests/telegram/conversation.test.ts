import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openMisses } from '../../src/misses/store.js';
import { harness } from './harness.js';
import { isTelegramHtml } from './telegram-html.js';

type Calls = ReturnType<typeof harness>['calls'];
type Keyboard = { inline_keyboard: { text: string; callback_data: string }[][] };

const sent = (calls: Calls): Calls => calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText');
const lastText = (calls: Calls): string => {
  const text = sent(calls).at(-1)?.payload.text;
  return typeof text === 'string' ? text : '';
};
const lastKeyboard = (calls: Calls): Keyboard | undefined => sent(calls).at(-1)?.payload.reply_markup as Keyboard | undefined;
const tmpDb = (): string => join(mkdtempSync(join(tmpdir(), 'qa-conv-')), 'misses.sqlite');

/** A message in a group, from a person, mentioning the bot. */
const inGroup = (text: string, from: number, id: number) => ({
  message: { message_id: id, date: 0, chat: { id: -500, type: 'group', title: 'G' }, from: { id: from, is_bot: false, first_name: `P${from}` }, text: `@qa_test_bot ${text}` },
});
/** A press on a button under the bot's message in a chat. */
const press = (data: string, from: number, chat: { id: number; type: string } = { id: from, type: 'private' }) => ({
  callback_query: { id: `cb${Math.random()}`, from: { id: from, is_bot: false, first_name: 'A' }, chat_instance: 'x', data, message: { message_id: 1, date: 0, chat } },
});

describe('a conversation in Telegram (handleUpdate)', () => {
  it('should answer a follow-up with the last answer as its subject, and say which subject it took', async () => {
    const { calls, send } = harness();
    await send({ text: '谁是拱墅区副区长？' });
    expect(lastText(calls)).toContain('<b>包晓东</b>');
    await send({ text: '他在会上说了什么？' });
    expect(lastText(calls)).toContain('（这里的“他”指包晓东）');
    expect(lastText(calls)).toContain('拱墅区');
    await send({ text: '运河网谷签约了多少客户？' });
    await send({ text: '那上市企业呢？' });
    expect(lastText(calls)).toContain('<b>4家</b>');
    expect(lastText(calls)).toContain('运河网谷签约了多少上市企业');
  });

  it('should forget the last question after the follow-up window', async () => {
    let now = 1_000_000;
    const { calls, send } = harness({ now: () => now, followUpMs: 10 * 60_000 });
    await send({ text: '谁是拱墅区副区长？' });
    now += 11 * 60_000;
    await send({ text: '他在会上说了什么？' });
    expect(lastText(calls)).not.toContain('包晓东');
  });

  it('should keep two people’s follow-ups apart in one group', async () => {
    const { calls, update } = harness();
    await update(inGroup('谁是拱墅区副区长？', 1, 10));
    await update(inGroup('张驰挺是谁？', 2, 11));
    await update(inGroup('他说了什么？', 1, 12));
    const first = lastText(calls);
    await update(inGroup('他说了什么？', 2, 13));
    const second = lastText(calls);
    expect(first).toContain('这里的“他”指包晓东');
    expect(second).not.toContain('包晓东');
    expect(second).toMatch(/推介|运河网谷/u);
  });

  it('should put up to three answerable suggestions and 👍/👎 under an answer; a suggestion pressed is asked', async () => {
    const misses = openMisses(tmpDb(), 'salt');
    const { calls, send, update } = harness({ misses });
    await send({ text: '谁是拱墅区副区长？' });
    const rows = lastKeyboard(calls)?.inline_keyboard ?? [];
    const suggestions = rows.flat().filter((b) => b.callback_data.startsWith('q:'));
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions.map((b) => b.text)).not.toContain('谁是拱墅区副区长？');
    for (const b of rows.flat()) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    expect(rows.at(-1)?.map((b) => b.text)).toEqual(['👍', '👎']);
    const before = sent(calls).length;
    await update(press(suggestions[0]?.callback_data ?? '', 7));
    expect(calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    expect(sent(calls).length).toBe(before + 1);
    expect(lastText(calls)).toMatch(/^<b>/u);
    // The answer pressed for is not suggested again.
    expect(lastKeyboard(calls)?.inline_keyboard.flat().map((b) => b.text)).not.toContain(suggestions[0]?.text);
  });

  it('should record 👍/👎 and acknowledge it; a stale or unknown button gets a polite answer', async () => {
    const misses = openMisses(tmpDb(), 'salt');
    const { calls, send, update } = harness({ misses });
    await send({ text: '谁是拱墅区副区长？' });
    const down = lastKeyboard(calls)?.inline_keyboard.flat().find((b) => b.text === '👎');
    await update(press(down?.callback_data ?? '', 7));
    const acks = () => calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.payload.text);
    expect(acks().at(-1)).toBe('谢谢，已记下。');
    expect(misses.since(0).at(-1)?.feedback).toBe(-1);
    await update(press('f:-1:99999', 7));
    await update(press('something-old', 7));
    await update(press('a:42', 7));
    expect(acks().slice(-3)).toEqual(['这个按钮已经过期了，请重新提问。', '这个按钮已经过期了，请重新提问。', '这个按钮已经过期了，请重新提问。']);
  });

  it('should record each question with a salted hash, never the ids', async () => {
    const misses = openMisses(tmpDb(), 'pepper');
    const { send } = harness({ misses });
    await send({ text: '马云是谁？' }, 123456);
    const [row] = misses.since(0);
    expect(row).toMatchObject({ question: '马云是谁？', answered: false, chatType: 'private' });
    expect(JSON.stringify(row)).not.toContain('123456');
    expect(row?.asker).toMatch(/^[0-9a-f]{16}$/u);
  });

  it('/article should show the card: title, dateline, lead, people with posts, figures with what they count', async () => {
    const { calls, send } = harness();
    await send({ text: '/article', entities: [{ type: 'bot_command', offset: 0, length: 8 }] });
    const card = lastText(calls);
    expect(isTelegramHtml(card)).toBe(true);
    expect(card).toContain('主题座谈会');
    expect(card).toContain('人民网 · 杭州 · 10月18日 · 记者 郭扬');
    expect(card).toContain('包晓东（拱墅区副区长）');
    expect(card).toMatch(/<b>147家<\/b>：[^\n]*客户/u);
  });

  it('/privacy should say what is kept, as configured', async () => {
    const on = harness({ misses: openMisses(tmpDb(), 's') });
    await on.send({ text: '/privacy', entities: [{ type: 'bot_command', offset: 0, length: 8 }] });
    expect(lastText(on.calls)).toContain('加盐后的哈希');
    const off = harness({ followUpMs: 0 });
    await off.send({ text: '/privacy', entities: [{ type: 'bot_command', offset: 0, length: 8 }] });
    expect(lastText(off.calls)).toBe('我不记录你的问题。');
  });
});

const POOL = [
  '谁是拱墅区副区长？', '张驰挺是谁？', '运河网谷签约了多少客户？', '他在会上说了什么？', '他呢？', '那上市企业呢？', '还有呢？',
  '它在哪里？', '其职务是什么？', '这个论坛什么时候举行？', '包晓东呢？', '谢谢', '好的', '那<b>呢？', '他&她？',
];

describe('follow-ups, whatever is said (property)', () => {
  it('should never make a reply malformed, nor let one chat’s context change another chat’s replies', async () => {
    const message = fc.oneof(fc.constantFrom(...POOL), fc.string({ minLength: 1, maxLength: 12 }).map((s) => `${s}呢？`), fc.string({ maxLength: 20 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ chat: fc.constantFrom(1, 2), text: message }), { minLength: 1, maxLength: 8 }), async (script) => {
        const both = harness();
        const alone = harness();
        for (const m of script) {
          await both.send({ text: m.text }, m.chat);
          if (m.chat === 2) await alone.send({ text: m.text }, 2);
        }
        for (const c of sent(both.calls)) {
          const html = String(c.payload.text);
          // Telegram parses a message as HTML only when asked to (parse_mode); any other, such as the
          // unknown-command line that quotes what was typed (「/< 呢？」), is shown as written.
          if (c.payload.parse_mode === 'HTML') expect(isTelegramHtml(html)).toBe(true);
          else expect(c.payload.parse_mode).toBeUndefined();
          expect(html.length).toBeLessThanOrEqual(4096);
          for (const b of (c.payload.reply_markup as Keyboard | undefined)?.inline_keyboard.flat() ?? []) {
            expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
          }
        }
        const toChat2 = (calls: Calls) => sent(calls).filter((c) => c.payload.chat_id === 2).map((c) => [c.payload.text, c.payload.reply_markup]);
        expect(toChat2(both.calls)).toEqual(toChat2(alone.calls));
      }),
      { numRuns: 40 },
    );
  });
});
