import { describe, expect, it } from 'vitest';
import { namedItems } from '../../../src/answer/extractors/conjunct.js';
import { engineOn, seedApp } from '../../helpers.js';

describe('the items a question names of a list it asks the one left of', () => {
  it('should read the items before the join and the question word, or the one of two named', () => {
    expect(namedItems('市商务局、市科技局以及哪个单位主办了会议')).toEqual(['市商务局', '市科技局']);
    expect(namedItems('他辞职的原因有两个，一个是欠债，另一个是')).toEqual(['欠债']);
    expect(namedItems('除了市商务局、市科技局，还有哪个单位主办了会议')).toEqual(['市商务局', '市科技局']);
    expect(namedItems('市商务局主办了什么会议')).toEqual([]);
  });
});

describe('the item of a list the question leaves out', () => {
  const engine = engineOn('会议', [
    '本次会议的主办单位有市商务局、市科技局和市卫健委，共有两百人参加。',
    '老王因欠债及酗酒，被迫辞去了工作。',
    '这道菜由豆腐、盐和油做成。',
    '当时北方有前燕、后赵、西凉并立，维持了九年。',
  ]);

  it('should answer the one item the question does not name, wherever it stands in the list', () => {
    expect(engine.answer('市商务局、市科技局以及哪个单位主办了本次会议').answer).toBe('市卫健委');
    expect(engine.answer('市科技局、市卫健委和哪个单位主办了本次会议').answer).toBe('市商务局');
    expect(engine.answer('老王辞去工作的原因有两个，一个是欠债，另一个是').answer).toBe('酗酒');
    expect(engine.answer('除了市商务局、市科技局，还有哪个单位主办了本次会议').answer).toBe('市卫健委');
    // An item of one character is named too.
    expect(engine.answer('盐、油以及哪种食材做成这道菜').answer).toBe('豆腐');
  });

  it('should take the item for one of the kind the others are, though nothing else says it is a place', () => {
    expect(engine.answer('当时北方除了前燕、西凉，还有哪一个国家').answer).toBe('后赵');
  });

  it('should answer it of the seed article too', () => {
    expect(seedApp().engine.answer('张俊峰、鞠振宇以及谁做了主题演讲').answer).toBe('张莹尹');
  });
});
