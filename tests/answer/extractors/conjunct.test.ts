import { describe, expect, it } from 'vitest';
import { namedItems } from '../../../src/answer/extractors/conjunct.js';
import { engineOn, seedApp } from '../../helpers.js';

describe('the items a question names of a list it asks the one left of', () => {
  it('should read the items before the join and the question word, or the one of two named', () => {
    expect(namedItems('市商务局、市科技局以及哪个单位主办了会议')).toEqual(['市商务局', '市科技局']);
    expect(namedItems('他辞职的原因有两个，一个是欠债，另一个是')).toEqual(['欠债']);
    expect(namedItems('市商务局主办了什么会议')).toEqual([]);
  });
});

describe('the item of a list the question leaves out', () => {
  const engine = engineOn('会议', [
    '本次会议的主办单位有市商务局、市科技局和市卫健委，共有两百人参加。',
    '老王因欠债及酗酒，被迫辞去了工作。',
  ]);

  it('should answer the one item the question does not name, wherever it stands in the list', () => {
    expect(engine.answer('市商务局、市科技局以及哪个单位主办了本次会议').answer).toBe('市卫健委');
    expect(engine.answer('市科技局、市卫健委和哪个单位主办了本次会议').answer).toBe('市商务局');
    expect(engine.answer('老王辞去工作的原因有两个，一个是欠债，另一个是').answer).toBe('酗酒');
  });

  it('should answer it of the seed article too', () => {
    expect(seedApp().engine.answer('张俊峰、鞠振宇以及谁做了主题演讲').answer).toBe('张莹尹');
  });
});
