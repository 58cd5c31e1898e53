import { describe, expect, it } from 'vitest';
import { figuresAsWritten, findNumbers } from '../../src/text/numbers.js';

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

describe('figuresAsWritten', () => {
  const text = '2022年全区gdp首次突破2000亿元,签约客户147家,第十六届,5497.8亿元';
  const has = (s: string): boolean => text.includes(s);

  it('should write a figure in characters as the article writes it in digits', () => {
    expect(figuresAsWritten('拱墅GDP头一回过两千亿是哪一年', has)).toBe('拱墅GDP头一回过2000亿是哪一年');
    expect(figuresAsWritten('签了一百四十七家客户吗', has)).toBe('签了147家客户吗');
  });

  it('should leave one numeral, a piece of a figure, and what the article writes in characters alone', () => {
    expect(figuresAsWritten('哪三张名片', has)).toBe('哪三张名片');
    expect(figuresAsWritten('五千四百九十七点八亿', has)).toBe('五千四百九十七点八亿');
    expect(figuresAsWritten('第十六届是什么', has)).toBe('第十六届是什么');
  });

  it('should write an ordinal as the article writes it, one character or more', () => {
    const ordinals = (s: string): boolean => '在三井提出第2个投资据点需求时,第二届'.includes(s);
    expect(figuresAsWritten('三井第二个台中据点选在哪', ordinals)).toBe('三井第2个台中据点选在哪');
    // 第二届 stands as written; 第二 of it says nothing of 第二个.
    expect(figuresAsWritten('第二届在哪开', ordinals)).toBe('第二届在哪开');
  });
});
