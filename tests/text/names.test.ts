import { describe, expect, it } from 'vitest';
import { nameLikelihood } from '../../src/text/names.js';
import { loadSegmenter } from '../../src/text/segment.js';

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
