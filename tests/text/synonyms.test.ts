import { describe, expect, it } from 'vitest';
import { changesAgainst, joinSplitVerbs, readAsTheArticleSays, saidOtherwise, synonymsOf, turnedOtherwise, withBareVerbsSaid, withNounsAfterDemonstratives } from '../../src/text/synonyms.js';

describe('synonyms', () => {
  it('should give the words a question may use for the article’s, in every group a word stands in', () => {
    expect(synonymsOf('邻近')).toContain('附近');
    expect(synonymsOf('涉及')).toContain('涵盖');
    expect(synonymsOf('开张')).toContain('开园');
    // 处于 stands for 位于 (a place) and for 进入 (a stage).
    expect(synonymsOf('处于')).toEqual(expect.arrayContaining(['位于', '进入']));
  });

  it('should find a word of the question the text says otherwise', () => {
    expect(saidOtherwise('林佳龙是去年到东京拜会的', '林佳龙表示,3年前到东京拜会')).toEqual({ word: '去年', said: '3年前' });
    expect(saidOtherwise('列入国家级创建名单', '列入省级高新技术产业园区创建名单')).toEqual({ word: '国家级', said: '省级' });
    expect(saidOtherwise('列入省级名单', '列入省级高新技术产业园区创建名单')).toBeNull();
  });
});

describe('changes against a base', () => {
  it('should read the base and the way of a change, and only against a time', () => {
    expect(changesAgainst('去年协助560间企业,较2024年升逾4%')).toEqual([{ base: '2024年', way: 0, said: '较2024年升' }]);
    expect(changesAgainst('比上年同期下降了')).toEqual([{ base: '上年同期', way: 1, said: '比上年同期下' }]);
    expect(changesAgainst('比较多的企业')).toEqual([]);
  });

  it('should give the text’s words for a change against the same base the other way, and nothing otherwise', () => {
    const said = '去年协助560间企业,较2024年升逾4%,估计首年已为香港经济带来逾690亿元的投资';
    expect(turnedOtherwise('企业比2024年少了', said)).toBe('较2024年升逾4%');
    expect(turnedOtherwise('企业比2024年多了', said)).toBeNull();
    expect(turnedOtherwise('企业比2023年少了', said)).toBeNull();
  });
});

describe('split verbs', () => {
  it('should join a verb a reader splits with 的 or 了, and leave other 的 alone', () => {
    expect(joinSplitVerbs('松原那个签约仪式上谁致的辞')).toBe('松原那个签约仪式上谁致辞');
    expect(joinSplitVerbs('台糖是谁代表签了字')).toBe('台糖是谁代表签字');
    expect(joinSplitVerbs('谁签的合同')).toBe('谁签的合同');
  });
});

describe('one-character nouns after a demonstrative', () => {
  // [question, as read]: 这个会 is a meeting; 会 before 不 or another verb is the modal.
  const cases: [string, string][] = [
    ['哪个区办的这个会', '哪个区办的这个会议'],
    ['开这次会是为了啥', '开这次会议是为了啥'],
    ['这个会议在哪开', '这个会议在哪开'],
    ['这个会不会延期', '这个会不会延期'],
    ['他会来吗', '他会来吗'],
  ];
  it.each(cases)('should read %s as %s', (question, read) => {
    expect(withNounsAfterDemonstratives(question)).toBe(read);
  });
});

describe('a colloquial verb with nothing after it', () => {
  it('should be read as holding the event, and kept where a noun follows it', () => {
    expect(withBareVerbsSaid('座谈会在哪搞的')).toBe('座谈会在哪办的');
    expect(withBareVerbsSaid('座谈会在哪里搞')).toBe('座谈会在哪里办');
    expect(withBareVerbsSaid('运河网谷主要搞啥产业的')).toBe('运河网谷主要搞啥产业的');
  });
});

describe('reading a reader\'s word as the article\'s', () => {
  const article = '以“创新发展,聚力共赢”为主题的座谈活动';
  const has = (word: string): boolean => article.includes(word);
  it('should read a word no article uses as the one the article does', () => {
    expect(readAsTheArticleSays('座谈会打的口号是啥', has)).toBe('座谈会打的主题是啥');
    expect(readAsTheArticleSays('座谈会的主题口号是什么', has)).toBe('座谈会的主题是什么');
  });
  it('should take the first of several words the article uses', () => {
    const mall = (w: string): boolean => '打造购物商场LaLaport'.includes(w);
    expect(readAsTheArticleSays('那个购物中心叫什么', mall)).toBe('那个购物商场叫什么');
  });
  it('should leave the word alone where an article uses it, or uses neither', () => {
    expect(readAsTheArticleSays('口号是什么', (w) => w === '口号' || w === '主题')).toBe('口号是什么');
    expect(readAsTheArticleSays('口号是什么', () => false)).toBe('口号是什么');
  });
});
