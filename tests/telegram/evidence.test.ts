import { describe, expect, it } from 'vitest';
import { balanceQuotes, evidenceHtml, showDates } from '../../src/telegram/evidence.js';
import { harness } from './harness.js';

describe('evidence and answers as shown', () => {
  it('should balance quote marks cut from a sentence', () => {
    expect(balanceQuotes('杭州之心’‘城市之眼')).toBe('‘杭州之心’‘城市之眼’');
    expect(balanceQuotes('“生物医药')).toBe('“生物医药”');
    expect(balanceQuotes('“a‘b’c”')).toBe('“a‘b’c”');
  });

  it('should show datelines as dates', () => {
    expect(showDates('人民网杭州10月18日电 (记者郭扬)')).toBe('人民网杭州10月18日 (记者郭扬)');
    expect(showDates('日前（10月18日電）')).toBe('日前（10月18日）');
  });

  it('should cut a long sentence to the clause that holds the answer, and underline the answer', () => {
    const sentence =
      '会议现场,杭州大运河数智未来城管委会副主任张驰挺、招商蛇口产业园区杭州公司副总经理姜秀超分别对杭州市拱墅区营商环境、运河网谷项目作深入推介;全国卫生产业企业管理协会副会长张俊峰,暨南大学衰老与再生医学研究院院长鞠振宇分别进行了主题演讲;来自各家医院和研究机构的多位专家也进行了分享。';
    const html = evidenceHtml(sentence, '鞠振宇', '暨南大学衰老与再生医学研究院院长是谁', 4000);
    expect(html).toBe('…暨南大学衰老与再生医学研究院院长<u>鞠振宇</u>分别进行了主题演讲…');
    // A yes/no answer is not a span: the clause closest to the question is kept.
    expect(evidenceHtml(sentence, null, '来自各家医院的专家进行了分享吗', 4000)).toBe('…来自各家医院和研究机构的多位专家也进行了分享。');
    // A short sentence is kept whole.
    expect(evidenceHtml('运河网谷签约客户147家。', '147家', 'q', 4000)).toBe('运河网谷签约客户<u>147家</u>。');
  });

  it('should keep the clause a yes/no question asks about, with nothing underlined', async () => {
    const { calls, send } = harness();
    await send({ text: '张驰挺是副主任吗？' });
    const reply = String(calls[0]?.payload.text);
    expect(reply).toMatch(/^<b>对/u);
    expect(reply).not.toContain('<u>');
    expect(reply).toContain('张驰挺');
  });

  it('should balance the quote marks of an answer in the reply', async () => {
    const { calls, send } = harness();
    await send({ text: '拱墅区被称为什么？' });
    const reply = String(calls[0]?.payload.text);
    expect(reply).toMatch(/^<b>‘杭州之心’‘城市之眼’<\/b>/u);
  });
});
