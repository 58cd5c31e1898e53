import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { articlesAbout } from '../../src/answer/focus.js';
import { parseArticle } from '../../src/article/structure.js';
import { fromCantonese } from '../../src/text/cantonese.js';
import { everyArticleApp, seedApp } from '../helpers.js';

const zhenjiang = parseArticle(
  'zj',
  '镇江举行投资推介会\n新华社镇江5月8日电（记者王平）镇江市投资推介会8日举行，现场签约项目15个，总投资120亿元。镇江市委书记李明致辞。2022年镇江市GDP达5000亿元。\n',
);
const weifang = parseArticle('wf', '潍坊举办招商论坛\n潍坊市招商论坛日前举办，共签约项目20个。潍坊市市长赵亮出席论坛。\n');
const { intents } = seedApp().engine;
const engine = createEngine([...seedApp().engine.articles, zhenjiang, weifang], intents);

describe('several articles at once', () => {
  it('should find the articles a question names by the words only they hold', () => {
    const texts = new Map([zhenjiang, weifang].map((a) => [a, `${a.titleNorm}\n${a.sentences.map((s) => s.norm).join('')}`]));
    expect(articlesAbout([zhenjiang, weifang], ['潍坊', '签约', '项目'], texts)).toEqual([weifang]);
    expect(articlesAbout([zhenjiang, weifang], ['签约', '项目'], texts)).toEqual([zhenjiang, weifang]);
  });

  it('should answer from the article the question is about, never carry a figure to another', () => {
    expect(engine.answer('潍坊招商论坛签约了多少个项目？')).toMatchObject({ answer: '20个', article: 'wf' });
    expect(engine.answer('镇江推介会签约了多少个项目？')).toMatchObject({ answer: '15个', article: 'zj' });
    expect(engine.answer('潍坊的GDP是多少？').answer).toBeNull();
    expect(engine.answer('潍坊市委书记是谁？').answer).toBeNull();
  });

  it('should say which article an answer comes from when several are loaded, and not with one', () => {
    expect(engine.answer('潍坊招商论坛签约了多少个项目？')).toMatchObject({ answer: '20个', source: '潍坊举办招商论坛' });
    expect(seedApp().engine.answer('运河网谷签约了多少家客户？').source).toBeNull();
  });

  it('should ask which article a question about "the report" means when several are loaded', () => {
    const a = engine.answer('这篇报道的记者是谁？');
    expect(a.answer).toBeNull();
    expect(a.note).toMatch(/^有3篇文章/u);
    expect(engine.answer('镇江那篇报道的记者是谁？').answer).toBe('王平');
  });

  it('should take the one report that holds every name the question gives, though another names one of them', () => {
    const every = everyArticleApp().engine;
    expect(every.answer('新华社那篇重庆西洽会的报道主要讲了什么？').answer).toContain('271个');
    expect(every.answer('新华社那篇报道主要讲了什么').answer).toBeNull();
  });
});

describe('questions in Cantonese', () => {
  it('should read colloquial Cantonese as written Chinese, and leave Mandarin alone', () => {
    expect(fromCantonese('投资推广署署长系边个')).toBe('投资推广署署长是谁');
    expect(fromCantonese('去年帮咗几多间企业')).toBe('去年帮了多少间企业'); // Hong Kong counts companies in 间
    expect(fromCantonese('拱墅区属于哪个体系')).toBe('拱墅区属于哪个体系');
  });

  it('should answer a Cantonese question', () => {
    expect(engine.answer('镇江推介会签咗几多个项目？').answer).toBe('15个');
    expect(engine.answer('镇江市委书记系边个？').answer).toBe('李明');
  });
});

describe('which article a question names', () => {
  it('should let a name weigh more than a common word only the other article holds', () => {
    const texts = new Map([zhenjiang, weifang].map((a) => [a, `${a.titleNorm}\n${a.sentences.map((s) => s.norm).join('')}`]));
    // 镇江 (a name) is only in one article, 论坛 (a common word) only in the other.
    expect(articlesAbout([zhenjiang, weifang], [{ word: '镇江', weight: 3 }, { word: '论坛', weight: 1 }], texts)).toEqual([zhenjiang]);
    expect(articlesAbout([zhenjiang, weifang], ['镇江', '论坛'], texts)).toEqual([zhenjiang, weifang]);
  });

  it('should not pick the article of the figure a yes/no claim checks, but of its subject', () => {
    expect(engine.answer('潍坊招商论坛签约了15个项目吗？').answer).toBe('不对，文章说是20个');
  });
});

describe('names the question runs together or shortens', () => {
  const every = everyArticleApp().engine;

  it('should tell the article by the names a question spells, however jieba cuts them (三|井台|中 of 三井台中)', () => {
    expect(every.answer('三井台中那篇是哪个记者报导的')).toMatchObject({ answer: '黄钟山', article: '003_taichung-mitsui' });
  });

  it('should not answer a question whose names only different articles hold', () => {
    // 40间 came from America in the Hong Kong article, which never names 西洽会.
    expect(every.answer('西洽会来自美国的企业有多少家').answer).toBeNull();
    expect(every.answer('投资推广署去年协助的企业里有多少来自美国').answer).toBe('40间');
    // …but a claim's figure is what it checks, whichever article holds it.
    expect(every.answer('重庆西洽会签了14个项目对吧').answer).toBe('不对，文章说是271个');
  });

  it('should not answer from another article than the one a name of the question only that one holds', () => {
    // 4.36公顷 is the Taichung mall's; 北都 is only in the Hong Kong report, which gives no area.
    expect(every.answer('北都那边占地多少公顷').answer).toBeNull();
    expect(every.answer('LaLaport占地多少公顷').answer).toBe('4.36公顷');
  });

  it('should read a place one article names as jieba\'s cut when another article holds it (台|中东|区, 中东 of Hong Kong)', () => {
    expect(every.answer('三井在台中东区要盖的商场叫啥').answer).toBe('LaLaport');
  });

  it('should read a short form as the one name it stands for, and say so', () => {
    const a = every.answer('投推署那篇文章谁写的');
    expect(a).toMatchObject({ answer: '陶嘉心', article: '004_hk-investhk' });
    expect(a.corrected).toEqual([{ from: '投推署', to: '投资推广署', short: true }]);
  });
});

describe('a name of Latin letters and digits no article holds', () => {
  it('should not take the report whose text happens to hold its digits', () => {
    const a = everyArticleApp().engine.answer('HK01那篇是谁写的');
    expect(a.answer).toBeNull(); // not the Chongqing report's 赵宇飞、伍鲲鹏, for a 01 in its source bar
    expect(a.note).toContain('请说明问的是哪一篇');
  });
});
