import { describe, expect, it } from 'vitest';
import { correctNames, expandShortForms, NameIndex, shortFormOf } from '../../src/answer/typos.js';
import { loadSegmenter, segment } from '../../src/text/segment.js';

loadSegmenter();

describe('short forms', () => {
  it('should find the name a short form stands for: one word of it for each character', () => {
    expect(shortFormOf('投推署', '投资推广署署长刘凯旋今日出席港台节目')).toBe('投资推广署');
    expect(shortFormOf('卫健委', '杭州市卫生健康委员会科技教育处处长张莹尹')).toBe('卫生健康委员会');
  });

  it('should not read words run together across the text as a name', () => {
    expect(shortFormOf('杨昊现', '杨昊加上现金')).toBeNull();
    expect(shortFormOf('长泰后', '攻下长泰之后')).toBeNull();
  });

  it('should leave a short form alone when it could stand for two names', () => {
    expect(shortFormOf('投推署', '投资推广署，另有投资推动署')).toBeNull();
  });

  it('should expand only the words no dictionary knows and the text never writes', () => {
    const text = '投资推广署署长刘凯旋今日出席港台节目';
    const q = '投推署署长是谁';
    expect(expandShortForms(q, segment(q), text)).toEqual({ question: '投资推广署署长是谁', corrections: [{ from: '投推署', to: '投资推广署', short: true }] });
    expect(expandShortForms('刘凯旋是谁', segment('刘凯旋是谁'), text).corrections).toEqual([]);
  });

  it('should read a university by its two-character short form, when one alone fits', () => {
    const text = '暨南大学衰老与再生医学研究院院长鞠振宇';
    const q = '鞠振宇是暨大哪个研究院的';
    expect(expandShortForms(q, segment(q), text).question).toBe('鞠振宇是暨南大学哪个研究院的');
    expect(expandShortForms(q, segment(q), `${text}，暨阳大学教授`).question).toBe(q);
    expect(expandShortForms('包晓东多大', segment('包晓东多大'), text).question).toBe('包晓东多大');
  });
});

describe('names one character off', () => {
  const text = '市委书记李相国,市委常委、常务副市长李岩,副市长李继东主持活动';
  const names = new NameIndex(['李相国', '李岩', '李继东'], new Set(['李相国', '李岩', '李继东']));

  it('should read a two-character name with a given name that sounds alike as the person named', () => {
    expect(correctNames('致辞的李言是什么职务', names, text).question).toBe('致辞的李岩是什么职务');
  });

  it('should still correct a longer name that holds the surname of a two-character one', () => {
    expect(correctNames('李相囯是什么职务', names, text).question).toBe('李相国是什么职务');
  });

  it('should leave a surname with a word that sounds like no name alone', () => {
    expect(correctNames('李总是谁', names, text).corrections).toEqual([]);
  });
});
