import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { escapeHtml, MAX_MESSAGE_LENGTH } from '../../src/telegram/html.js';
import { formatAnswer } from '../../src/telegram/reply.js';
import fc from 'fast-check';
import { harness } from './harness.js';
import { isTelegramHtml } from './telegram-html.js';

const answer = (over: Partial<Answer>): Answer => ({
  note: null,
  related: null,
  corrected: [],
  question: 'q',
  intent: 'who',
  kind: 'person',
  answer: 'x',
  evidence: 'y',
  article: 'a',
  source: null,
  paragraph: 0,
  score: 1,
  script: 'simplified',
  status: 'answered',
  ...over,
});

describe('formatAnswer', () => {
  it('should escape <, > and & in the answer and the evidence', () => {
    const html = formatAnswer(answer({ answer: '<b>&', evidence: 'a < b > c & d' }), 'hans', []);
    expect(html).toBe('<b>&lt;b&gt;&amp;</b>\n<blockquote>a &lt; b &gt; c &amp; d</blockquote>');
  });

  it('should say which article the answer comes from when the engine names one', () => {
    expect(formatAnswer(answer({ source: '潍坊举办招商论坛' }), 'hans', [])).toContain('（出自《潍坊举办招商论坛》）');
    expect(formatAnswer(answer({}), 'hans', [])).not.toContain('出自');
  });

  it('should keep a message within 4,096 characters', () => {
    const html = formatAnswer(answer({ answer: '长'.repeat(5000), evidence: '<'.repeat(9000) }), 'hans', []);
    expect(html.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(html.endsWith('…</blockquote>')).toBe(true);
  });

  it('should say the article does not say, with suggestions, when there is no answer', () => {
    const html = formatAnswer(answer({ answer: null, evidence: null, status: 'no-answer', script: 'traditional' }), 'hant', ['张驰挺是谁？']);
    expect(html).toContain('文章沒有提到');
    expect(html).toContain('• 張馳挺是誰？');
  });

  it('should show the sentence the article comes closest to saying it in, as such, never as the answer', () => {
    const html = formatAnswer(answer({ answer: null, evidence: null, status: 'no-answer', related: '落地世界500强企业子企业区域总部1家' }), 'hans', []);
    expect(html).toContain('文章没有提到');
    expect(html).toContain('文章里最接近的一句是：\n<blockquote>落地世界500强企业子企业区域总部1家</blockquote>');
    expect(html).not.toContain('<b>');
  });

  it('escapeHtml should leave other characters alone', () => {
    expect(escapeHtml('“引号”‘1+4’')).toBe('“引号”‘1+4’');
  });
});

describe('the bot with fake updates', () => {
  it('should reply to a private question in HTML, as a reply to it', async () => {
    const { calls, send } = harness();
    await send({ text: '运河网谷签约了多少客户？' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('sendMessage');
    expect(calls[0]?.payload.parse_mode).toBe('HTML');
    expect(calls[0]?.payload.text).toContain('<b>147家</b>');
    expect(calls[0]?.payload.reply_parameters).toMatchObject({ message_id: 2 });
  });

  it('should ignore group chatter and answer a mention', async () => {
    const { calls, send } = harness();
    const group = { chat: { id: -5, type: 'group', title: 'g' } };
    await send({ ...group, text: '今天天气不错' });
    expect(calls).toHaveLength(0);
    await send({ ...group, text: '@qa_test_bot 记者是谁？', entities: [{ type: 'mention', offset: 0, length: 12 }] });
    expect(calls[0]?.payload.text).toContain('<b>郭扬</b>');
  });

  it('should apologise when a handler fails, and log the error without the question text at info', async () => {
    const { calls, logs, send } = harness({ failWith: { code: 400, description: 'Bad Request: boom' } });
    await send({ text: '张驰挺是谁？' });
    expect(calls.map((c) => c.method)).toEqual(['sendMessage', 'sendMessage']);
    expect(String(calls[1]?.payload.text)).toContain('抱歉');
    expect(logs.some((l) => l.includes('"handler failed"') && l.includes('boom'))).toBe(true);
  });

  it('should not apologise to a person who blocked the bot', async () => {
    const { calls, send } = harness({ failWith: { code: 403, description: 'Forbidden: bot was blocked by the user' } });
    await send({ text: '张驰挺是谁？' });
    expect(calls).toHaveLength(1);
  });

  it('should offer the answer as an inline result', async () => {
    const { calls, inline } = harness();
    await inline('运河网谷签约了多少客户？');
    expect(calls[0]?.method).toBe('answerInlineQuery');
    const results = calls[0]?.payload.results as { title: string; input_message_content: { message_text: string; parse_mode: string } }[];
    expect(results[0]?.title).toBe('147家');
    expect(results[0]?.input_message_content).toMatchObject({ parse_mode: 'HTML' });
    expect(results[0]?.input_message_content.message_text).toContain('<b>147家</b>');
  });

  it('should answer any text a person sends with exactly one valid message', async () => {
    const { calls, send } = harness();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }).filter((t) => t.trim().length > 0 && !t.startsWith('/')), fc.integer({ min: 100, max: 1_000_000 }), async (text, from) => {
        calls.length = 0;
        await send({ text }, from);
        expect(calls).toHaveLength(1);
        const html = String(calls[0]?.payload.text);
        expect(html.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
        expect(isTelegramHtml(html)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('should answer every question of a flood once the limit allows, in order, and say so once', async () => {
    let clock = 0;
    const slept: number[] = [];
    const { calls, send } = harness({ rateLimit: { now: () => clock, sleep: (ms) => {
          slept.push(ms);
          clock += ms;
          return Promise.resolve();
        } } });
    for (let i = 0; i < 26; i++) await send({ text: i % 2 ? '记者是谁？' : '运河网谷签约了多少客户？' });
    const texts = calls.map((c) => String(c.payload.text));
    const answers = texts.filter((t) => t.startsWith('<b>'));
    expect(answers).toHaveLength(26);
    answers.forEach((t, i) => expect(t).toContain(i % 2 ? '<b>郭扬</b>' : '<b>147家</b>'));
    expect(texts.filter((t) => t.includes('太快') && t.includes('按顺序'))).toHaveLength(1);
    // Six waited their turn, each for the 3 s the bucket takes to give one back (20 a minute).
    expect(slept).toHaveLength(6);
    slept.forEach((ms) => expect(ms).toBeCloseTo(3000, 0));
  });

  it('should queue at most 20 questions of a person and say how many it skipped', async () => {
    let clock = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Sleeping until released: the flood arrives while the first throttled question still waits.
    const { calls, send } = harness({ rateLimit: { burst: 1, now: () => clock, sleep: async (ms) => { await gate; clock += ms; } } });
    const pending = Array.from({ length: 25 }, () => send({ text: '记者是谁？' }));
    await new Promise((r) => setTimeout(r, 50));
    release();
    await Promise.all(pending);
    const texts = calls.map((c) => String(c.payload.text));
    expect(texts.filter((t) => t.includes('<b>郭扬</b>'))).toHaveLength(21); // one at once, twenty queued
    expect(texts.at(-1)).toContain('4 个没能排上队');
  });
});
