import { beforeAll, describe, expect, it } from 'vitest';
import { askedUnit, countedNoun } from '../../../src/answer/extractors/number.js';
import { loadSegmenter } from '../../../src/text/segment.js';

describe('askedUnit', () => {
  beforeAll(() => loadSegmenter());

  it('should read the measure word a question asks for', () => {
    expect(askedUnit('运河网谷签约了多少家客户')).toBe('家');
    expect(askedUnit('拱墅区GDP是多少钱')).toBe('钱');
    expect(askedUnit('占全国的比例是多少')).toBe('%');
    expect(askedUnit('他是谁')).toBe('');
  });

  it('should take the unit after 个 when there is one (多少个小时 asks for hours)', () => {
    expect(askedUnit('新生儿一天要睡超过多少个小时')).toBe('小时');
    expect(askedUnit('两栖动物的心脏有几个心室')).toBe('个');
  });

  it('should find the noun a count is of', () => {
    expect(countedNoun('运河网谷有多少家银行')).toBe('银行');
  });
});
