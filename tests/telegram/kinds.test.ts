import { describe, expect, it } from 'vitest';
import { harness } from './harness.js';
import { isTelegramHtml } from './telegram-html.js';

const texts = (calls: { payload: Record<string, unknown> }[]): string[] => calls.map((c) => String(c.payload.text));
const GROUP = { chat: { id: -5, type: 'group', title: 'g' } };
const replyToBot = { reply_to_message: { message_id: 1, date: 0, chat: GROUP.chat, from: { id: 42, is_bot: true, first_name: 'QA' } } };

describe('every kind of message gets the reply a person would give', () => {
  it('should answer small talk in kind, never with "the article does not say"', async () => {
    const { calls, send } = harness();
    const said = async (text: string): Promise<string> => {
      calls.length = 0;
      await send({ text });
      expect(calls).toHaveLength(1);
      return String(calls[0]?.payload.text);
    };
    for (const [text, expected] of [
      ['你好', '你好'],
      ['谢谢！', '不客气'],
      ['你是谁？', '机器人'],
      ['你能做什么？', '能回答'],
      ['好的', '好的'],
      ['👍', '好的'],
      ['thanks', 'welcome'],
      ['謝謝', '不客氣'],
    ] as const) {
      const reply = await said(text);
      expect(reply, text).toContain(expected);
      expect(reply, text).not.toContain('没有提到');
    }
  });

  it('should stay silent on an acknowledgement or a non-question in a group, even as a reply to the bot', async () => {
    const { calls, send } = harness();
    await send({ ...GROUP, ...replyToBot, text: '哈哈' });
    await send({ ...GROUP, ...replyToBot, text: '好的' });
    await send({ ...GROUP, ...replyToBot, text: '张驰挺挺厉害的' });
    expect(calls).toHaveLength(0);
    await send({ ...GROUP, ...replyToBot, text: '那记者是谁？' });
    expect(texts(calls)[0]).toContain('<b>郭扬</b>');
  });

  it('should ask an English speaker for Chinese, in English, with two examples', async () => {
    const { calls, send } = harness();
    await send({ text: 'How many clients has the park signed?' });
    const reply = texts(calls)[0] ?? '';
    expect(reply).toContain('in Chinese');
    expect(reply.match(/^• .+/gmu)).toHaveLength(2);
  });

  it('should answer a question that shows no script in Simplified, then in the person’s last script', async () => {
    const { calls, send } = harness();
    await send({ text: '2022年GDP多少？' });
    expect(texts(calls)[0]).toContain('<b>2000亿元</b>');
    expect(texts(calls)[0]).toContain('拱墅区');
    await send({ text: '張馳挺是誰？' });
    await send({ text: '2022年GDP多少？' });
    expect(texts(calls)[2]).toContain('<b>2000億元</b>');
    expect(texts(calls)[2]).toContain('拱墅區');
    // Another person in another chat still gets the default.
    await send({ text: '2022年GDP多少？' }, 99);
    expect(texts(calls)[3]).toContain('<b>2000亿元</b>');
  });

  it('should answer several questions of one message in one numbered reply, each with its evidence', async () => {
    const { calls, send } = harness();
    await send({ text: '运河网谷签约了多少客户？拱墅区副区长是谁？' });
    expect(calls).toHaveLength(1);
    const reply = texts(calls)[0] ?? '';
    expect(reply).toMatch(/^1\. 运河网谷签约了多少客户？\n<b>147家<\/b>\n<blockquote>/u);
    expect(reply).toMatch(/\n\n2\. 拱墅区副区长是谁？\n<b>包晓东<\/b>\n<blockquote>/u);
    expect(isTelegramHtml(reply)).toBe(true);
  });

  it('should read a caption as a message', async () => {
    const { calls, send } = harness();
    await send({ photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }], caption: '运河网谷签约了多少客户？' });
    expect(texts(calls)[0]).toContain('<b>147家</b>');
  });

  it('should edit its reply when the question is edited, and leave it when the answer is the same', async () => {
    const { calls, send, update } = harness();
    await send({ message_id: 500, text: '张弛挺是谁' });
    const first = calls[0];
    expect(first?.method).toBe('sendMessage');
    const edit = (text: string) =>
      update({ edited_message: { message_id: 500, date: 0, edit_date: 1, chat: { id: 7, type: 'private', first_name: 'A' }, from: { id: 7, is_bot: false, first_name: 'A' }, text } });
    await edit('运河网谷签约了多少客户？');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.method).toBe('editMessageText');
    expect(calls[1]?.payload).toMatchObject({ chat_id: 7, message_id: 1, parse_mode: 'HTML' });
    expect(String(calls[1]?.payload.text)).toContain('<b>147家</b>');
    await edit('运河网谷签约了多少客户？？');
    expect(calls).toHaveLength(2);
  });

  it('should find the question at the end of a long message, or ask for it alone', async () => {
    const { calls, send } = harness();
    const filler = '今天我读了很多关于杭州的新闻，觉得很有意思。'.repeat(90);
    await send({ text: `${filler}运河网谷签约了多少客户？` });
    expect(texts(calls)[0]).toContain('<b>147家</b>');
    expect(texts(calls)[0]).toContain('最后一个问题');
    await send({ text: filler });
    expect(texts(calls)[1]).toContain('单独发给我');
  });

  it.each([
    ['a misspelt name, saying how the article writes it', '张弛挺是谁？', '杭州大运河数智未来城管委会副主任', '文章里写作“张驰挺”，不是“张弛挺”'],
    ['a short form, saying it is one, not a slip', '张莹尹是卫健委哪个处的处长', '科技教育处', '文章里写作“卫生健康委员会”，“卫健委”是它的简称'],
  ])('should answer %s', async (_, question, answer, said) => {
    const { calls, send } = harness();
    await send({ text: question });
    const reply = texts(calls)[0] ?? '';
    expect(reply).toContain(`<b>${answer}</b>`);
    expect(reply).toContain(said);
  });

  it('should introduce itself once when added to a group', async () => {
    const { calls, update, send } = harness();
    const chat = { id: -77, type: 'group', title: 'g' };
    const from = { id: 9, is_bot: false, first_name: 'C', language_code: 'zh-hans' };
    const member = (status: string) => ({ user: { id: 42, is_bot: true, first_name: 'QA' }, status });
    await update({ my_chat_member: { chat, from, date: 0, old_chat_member: member('left'), new_chat_member: member('member') } });
    await send({ chat, new_chat_members: [{ id: 42, is_bot: true, first_name: 'QA', username: 'qa_test_bot' }] }, 9);
    expect(calls).toHaveLength(1);
    const intro = texts(calls)[0] ?? '';
    expect(intro).toContain('/ask');
    expect(intro).toContain('@qa_test_bot');
    expect(intro).toContain('生物医药'); // the title, in the greeting's script
  });

  it('should answer an unknown command with one line pointing to /help', async () => {
    const { calls, send } = harness();
    await send({ text: '/foo', entities: [{ type: 'bot_command', offset: 0, length: 4 }] });
    expect(texts(calls)[0]).toMatch(/^[^\n]*\/foo[^\n]*\/help[^\n]*$/u);
  });

  it('should quote /start and /about titles in the message’s script', async () => {
    const { calls, send } = harness();
    await send({ text: '/about', entities: [{ type: 'bot_command', offset: 0, length: 6 }] });
    expect(texts(calls)[0]).toContain('生物医药产业');
    await send({ text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }], from: { id: 7, is_bot: false, first_name: 'A', language_code: 'en' } });
    const start = texts(calls)[1] ?? '';
    expect(start).toContain('生物医药产业');
    expect(start).not.toMatch(/“[^”]*“|”[^“]*”/u); // no doubled quote marks
  });

  it('inline: should offer help for an empty query, the question with its answer, and not cache an unanswered query', async () => {
    const { calls, inline } = harness();
    await inline('');
    const help = calls[0]?.payload.results as { id: string; input_message_content: { message_text: string } }[];
    expect(help).toHaveLength(1);
    expect(help[0]?.input_message_content.message_text).toContain('•');
    await inline('运河网谷签约了多少客户？');
    const results = calls[1]?.payload.results as { description: string; input_message_content: { message_text: string } }[];
    expect(results[0]?.description).toBe('运河网谷签约了多少客户？');
    expect(results[0]?.input_message_content.message_text).toMatch(/^问：运河网谷签约了多少客户？\n<b>147家<\/b>/u);
    expect(calls[1]?.payload.cache_time).toBeGreaterThan(0);
    await inline('张驰');
    expect(calls[2]?.payload.cache_time).toBe(0);
  });
});
