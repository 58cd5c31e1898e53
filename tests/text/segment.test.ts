import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/structure.js';
import { normalize } from '../../src/text/normalize.js';
import { findNumbers } from '../../src/text/numbers.js';
import { detectScript, toSimplified, toTraditional } from '../../src/text/script.js';
import { loadSegmenter, segment } from '../../src/text/segment.js';

const words = (text: string): string[] => segment(text).map((t) => t.word);

loadSegmenter();

describe('segment', () => {
  it('should keep numbers whole with their units', () => {
    const w = words('杭州市医药制造业实现工业总产值1150亿元，签约客户147家，落地世界500强企业，锚定‘1+4’产业主赛道');
    for (const token of ['1150亿元', '147家', '500强', '1+4']) expect(w).toContain(token);
  });

  it('should keep a verb whole before its result (打造|成, not 打|造成), and leave 造成 alone elsewhere', () => {
    expect(words('拱墅要打造成哪几样')).toEqual(['拱墅', '要', '打造', '成', '哪', '几样']);
    expect(words('他造成了损失')).toContain('造成');
  });

  it('should keep Chinese numerals with their measure word', () => {
    expect(words('杭州发展五大产业链')).toContain('五大');
  });

  it('should keep the names of an article whole once the article is read', () => {
    parseArticle('n', '会议现场，管委会副主任张驰挺、研究院院长鞠振宇分别发言。');
    const w = words('张驰挺和鞠振宇');
    expect(w).toContain('张驰挺');
    expect(w).toContain('鞠振宇');
  });

  it('should keep people CC-CEDICT knows whole and tagged as names, and leave a person who is also a place alone', () => {
    const tagOf = (text: string, word: string): string | undefined => segment(text).find((t) => t.word === word)?.tag;
    expect(tagOf('珍珠港事件的策划人是山本五十六。', '山本五十六')).toBe('nr');
    expect(tagOf('苻坚统一了北方。', '苻坚')).toBe('nr');
    expect(tagOf('普京访问北京。', '普京')).toBe('nr');
    expect(tagOf('华盛顿是美国首都。', '华盛顿')).toBe('ns');
  });

  it('should tag as places the places jieba tags as names (莫斯科, 鹿儿岛), not two-character ones (金山)', () => {
    const tagOf = (text: string, word: string): string | undefined => segment(text).find((t) => t.word === word)?.tag;
    expect(tagOf('原系仿前苏联莫斯科物理技术学院而成。', '莫斯科')).toBe('ns');
    expect(tagOf('抵达日本南部九州的鹿儿岛。', '鹿儿岛')).toBe('ns');
  });

  it('should segment Traditional text once normalised as it segments Simplified', () => {
    expect(words(normalize('運河網谷簽約客戶147家'))).toEqual(words('运河网谷签约客户147家'));
  });
});

describe('script', () => {
  it('should convert between the scripts and tell them apart', () => {
    expect(toSimplified('醫藥產業')).toBe('医药产业');
    expect(toTraditional('医药产业')).toBe('醫藥產業');
    expect(detectScript('張馳挺是誰？')).toBe('traditional');
    expect(detectScript('张驰挺是谁？')).toBe('simplified');
    expect(detectScript('147')).toBe('unknown');
  });

  it('normalize should turn full-width digits half-width and keep the length', () => {
    expect(normalize('１１５０億元')).toBe('1150亿元');
    expect(normalize('運河網谷（杭州）').length).toBe('運河網谷（杭州）'.length);
    // Taiwan's 報導 is the mainland's 报道.
    expect(normalize('這篇報導')).toBe('这篇报道');
  });

  it('should fold the pronoun variants opencc keeps (牠們 → 它们)', () => {
    expect(normalize('牠們在建造水壩')).toBe('它们在建造水坝');
  });

  it('should spell 甚麼 as 什么, and leave 甚 alone elsewhere', () => {
    expect(normalize('明仁一直有甚麼問題')).toBe('明仁一直有什么问题');
    expect(normalize('甚至')).toBe('甚至');
  });
});

describe('numbers', () => {
  it('should find numbers with units, Chinese numerals with a unit only', () => {
    expect(findNumbers('签约客户147家，上市企业4家，五大产业链，一直').map((n) => n.text)).toEqual(['147家', '4家', '五大']);
  });

  it('should keep a magnitude with the unit after it, and units of length and money', () => {
    expect(findNumbers('票房收益大约是$10.2亿美金，斥资91.6亿港元').map((n) => n.unit)).toEqual(['亿美金', '亿港元']);
    expect(findNumbers('使用1432毫米轨距').map((n) => n.text)).toEqual(['1432毫米']);
    expect(findNumbers('2012年人口为62万').map((n) => n.text)).toEqual(['2012年', '62万']);
    expect(findNumbers('约占五分之一，百分之五十，3分之2，约有三成').map((n) => n.text)).toEqual(['五分之一', '百分之五十', '3分之2', '三成']);
    expect(findNumbers('三成员，八成为')).toEqual([]);
  });

  it('should take a Chinese count of tens or more without a unit, and not 千万 the adverb', () => {
    expect(findNumbers('调集了八万大军，对外号称三十万。').map((n) => n.text)).toEqual(['八万', '三十万']);
    expect(findNumbers('千万不要迟到').map((n) => n.text)).toEqual([]);
    expect(findNumbers('台湾十大全球品牌').map((n) => n.text)).toEqual(['十大']);
  });

});
