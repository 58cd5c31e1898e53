import { beforeAll, describe, expect, it } from 'vitest';
import { headNoun } from '../../../src/answer/extractors/head.js';
import { loadSegmenter } from '../../../src/text/segment.js';
import { engineOn } from '../../helpers.js';

describe('headNoun', () => {
  beforeAll(() => loadSegmenter());

  it('should find the noun a 哪一个X question asks about, however jieba splits 哪一个', () => {
    expect(headNoun('青花瓷出自元朝时期的哪一个镇')).toBe('镇');
    expect(headNoun('台湾第四大附属岛是哪一个岛屿')).toBe('岛屿');
    expect(headNoun('卡特创立了哪家公司')).toBe('公司');
  });

  it('should stop at the verb after the noun, though jieba tags it a verbal noun (哪位首领|统一)', () => {
    expect(headNoun('蒙古哪位首领统一所有蒙古部族')).toBe('首领');
    expect(headNoun('哪一种运动需要球网')).toBe('运动');
  });

  it('should take the noun a question word is equated with when none follows it', () => {
    expect(headNoun('16世纪时在维京戈达岛上采铜的国家为哪一个')).toBe('国家');
    expect(headNoun('中国最大的湖泊为')).toBe('湖泊');
    expect(headNoun('来签约的省份都是哪些')).toBe('省份');
    expect(headNoun('来签约的省份都有哪些')).toBe('省份');
    // 都 ends a name here (北都), not the question: no noun is asked.
    expect(headNoun('香港北都是什么')).toBe('');
  });

  it('should not take a time word for a noun', () => {
    expect(headNoun('他在哪一年出生')).toBe('');
  });
});

describe('answers to 哪一个X questions', () => {
  it('should prefer the name ending like X, by either of its characters', () => {
    const engine = engineOn('瓷器', ['元朝是景德镇真正驰名的时期，最著名的瓷器即为青花瓷和釉里红。', '绿岛在台湾台东县外海的太平洋中，是台湾第四大附属岛。']);
    expect(engine.answer('青花瓷和釉里红出自元朝时期的哪一个镇？').answer).toBe('景德镇');
    expect(engine.answer('台湾第四大附属岛是哪一个岛屿？').answer).toBe('绿岛');
  });
});

describe('answers to 什么X and 哪一种X questions', () => {
  it('should prefer a phrase named like the noun the question word modifies', () => {
    const engine = engineOn('变星', ['激变星可能是由于闪光或质量的抛射，光度突然间增加。闪光星与沃夫-瑞叶星都属于激变星。']);
    expect(engine.answer('闪光星与沃夫-瑞叶星都属于哪一种变星？').answer).toBe('激变星');
  });
});

describe('answers to 什么X questions whose X the article says another way', () => {
  it('should prefer the phrase ending in a word for X (阶段 → 期) over a piece of another clause', () => {
    const engine = engineOn('阶段', [
      '据了解，机器人产业作为宁波着力打造的战略性新兴产业，已成为宁波发展三大产业链中的重要一环，目前正进入加速爆发期。',
      '宁波港是一个天然良港。',
      '今年宁波举办了多场活动。',
      '宁波的机器人企业有十家。',
    ]);
    expect(engine.answer('宁波机器人产业现在处在什么阶段').answer).toBe('加速爆发期');
    expect(engine.answer('宁波的机器人产业眼下处在什么阶段').answer).toBe('加速爆发期');
  });
});
