import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/text/numbers.js';

describe('numbers with their measure words', () => {
  it('should read 间, the measure word Hong Kong news counts companies in', () => {
    expect(findNumbers('当中近300间来自内地，40间来自美国')).toMatchObject([
      { text: '300间', unit: '间' },
      { text: '40间', unit: '间' },
    ]);
  });

  it('should keep a larger unit whole and leave a lone Chinese numeral out', () => {
    expect(findNumbers('工业总产值1150亿元，一直领先').map((n) => n.text)).toEqual(['1150亿元']);
  });
});
