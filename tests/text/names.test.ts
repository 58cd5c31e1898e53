import { describe, expect, it } from 'vitest';
import { isCommonWord, nameLikelihood } from '../../src/text/names.js';
import { loadSegmenter, nameTag } from '../../src/text/segment.js';

loadSegmenter();

describe('nameLikelihood', () => {
  it('should rate names jieba does not know above words it cut wrongly', () => {
    const names = ['倪匡', '许世贤', '阿提拉', '张驰挺', '鞠振宇'];
    const miscuts = ['并于', '点会', '之地', '关部门', '任期内'];
    for (const name of names) expect(nameLikelihood(name), name).toBeGreaterThan(1);
    for (const word of miscuts) expect(nameLikelihood(word), word).toBeLessThan(1);
  });

  it('should count characters other than Chinese as neutral', () => {
    expect(nameLikelihood('ABC')).toBe(1);
    expect(nameLikelihood('')).toBe(0);
  });
});

describe('common words jieba tags as names', () => {
  it('should read 祝福 and 晋升 as common words and keep real names, known or learned, as names', () => {
    expect(isCommonWord('祝福')).toBe(true);
    expect(isCommonWord('晋升')).toBe(true);
    expect(nameTag('祝福', 'nr')).toBe('n');
    for (const name of ['毛泽东', '李白', '明仁', '罗斯福']) expect(nameTag(name, 'nr'), name).toBe('nr');
  });
});
