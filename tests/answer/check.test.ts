import { describe, expect, it } from 'vitest';
import { checkCandidate, wholeOfAnother } from '../../src/answer/check.js';
import type { Query } from '../../src/answer/query.js';
import { buildArticle } from '../../src/article/structure.js';
import { measureClash } from '../../src/answer/extractors/number.js';
import { holdsPostWhole, measureOf, postsIn } from '../../src/answer/query.js';
import { engineOn, everyArticleApp, fixtureApp, seedApp } from '../helpers.js';

const engine = seedApp().engine;

describe('the typed query', () => {
  it('should read the posts a question names, with a lesser prefix kept', () => {
    expect(postsIn('谁是拱墅区副区长')).toEqual(['副区长']);
    expect(postsIn('谁是招商蛇口产业园区杭州公司副总经理')).toEqual(['副总经理']);
    expect(postsIn('谁是招商蛇口产业园区杭州公司总经理')).toEqual(['总经理']);
  });

  it('should match a post whole: not the tail of a lesser one, not the head of a longer one', () => {
    expect(holdsPostWhole('拱墅区副区长包晓东', '区长')).toBe(false);
    expect(holdsPostWhole('拱墅区副区长包晓东', '副区长')).toBe(true);
    expect(holdsPostWhole('医学成果转化中心主任委员张俊峰', '主任')).toBe(false);
    expect(holdsPostWhole('管委会主任王五', '主任')).toBe(true);
  });

  it('should read the measure a how-much question asks for', () => {
    expect(measureOf('包晓东多大年纪')?.name).toBe('age');
    expect(measureOf('运河网谷建成多少年了')?.name).toBe('duration');
    expect(measureOf('运河网谷占地多少亩')?.name).toBe('area');
    expect(measureOf('座谈会有多少人参加')?.name).toBe('headcount');
    expect(measureOf('运河网谷签约了多少客户')).toBeNull();
  });
});

describe('the answer check', () => {
  it('should not give a 副总经理 for a 总经理, and say what the article does say', () => {
    const a = engine.answer('谁是招商蛇口产业园区杭州公司总经理？');
    expect(a.answer).toBeNull();
    expect(a.note).toBe('文章只提到招商蛇口产业园区杭州公司副总经理姜秀超');
    expect(engine.answer('谁是招商蛇口产业园区杭州公司副总经理？').answer).toBe('姜秀超');
  });

  it('should not give someone whose post the sentence gives another as the one holding it', () => {
    const five = everyArticleApp().engine;
    expect(five.answer('杭州生物医药那个会上，代表招商蛇口来介绍项目的副总叫什么名字？').answer).toBe('姜秀超');
  });

  it('should not give a 副主任 for a 主任, nor a 主任委员', () => {
    expect(engine.answer('谁是杭州大运河数智未来城管委会主任？').answer).toBeNull();
    expect(engine.answer('杭州市卫健委主任是谁？').answer).toBeNull();
  });

  it('should not answer a duration with a year, and say what the article gives', () => {
    const a = engine.answer('运河网谷建成多少年了？');
    expect(a.answer).toBeNull();
    expect(a.note).toContain('2022年6月开园');
  });

  it('should take the number of the list item that names what is counted', () => {
    expect(engine.answer('运河网谷有多少家世界500强企业？').answer).toBe('1家');
    expect(engine.answer('运河网谷有几家上市企业？').answer).toBe('4家');
    expect(engine.answer('运河网谷有多少家生物医药企业？').answer).toBeNull();
    expect(engine.answer('运河网谷147家签约客户里有多少家是生物医药企业？').answer).toBeNull();
    // The item that holds the question's words (培育专精特新…企业7家), not a sibling that holds none (上市企业4家).
    expect(engine.answer('专精特新加国高企培育了多少家').answer).toBe('7家');
  });

  it('should not give what the article says of the second of something for the first', () => {
    const five = everyArticleApp().engine;
    expect(five.answer('三井在台中的第一個投資點是啥？').answer).toBeNull();
  });

  it('should not carry a figure of a place within the one asked to the place asked', () => {
    expect(engine.answer('杭州有多少家上市企业？').answer).toBeNull();
    expect(engine.answer('杭州市2022年GDP多少？').answer).toBeNull();
    expect(engine.answer('拱墅区GDP多少？').answer).toBe('2000亿元');
  });

  it('should give an organisation of the kind asked, or none', () => {
    expect(engine.answer('張俊峰在哪個大學任職').answer).toBeNull(); // his are an association and an exchange
    expect(engine.answer('鞠振宇在哪个大学').answer).toContain('暨南大学');
  });

  it('should not answer what was asked of a person with who they are', () => {
    expect(engine.answer('鞠振宇演讲题目是什么').answer).toBeNull();
    expect(engine.answer('姜秀超是哪家公司的').answer).toBe('招商蛇口产业园区杭州公司');
  });

  it('should not answer a list asked by its size with fewer items', () => {
    expect(engine.answer('杭州五大产业链都是哪些？').answer).toBeNull();
    expect(engine.answer('杭州五大产业链是什么').answer).toBeNull();
    expect(engine.answer('运河网谷那4家上市企业叫啥').answer).toBeNull();
    expect(engine.answer('拱墅正在打造哪三个？').answer).toBe('时尚之都、数字新城、运河明珠');
  });

  it('should not answer how something stands with a noun alone (趋势 of 「…现状和发展趋势」)', () => {
    expect(engine.answer('长三角生物医药发展怎么样').answer).toBeNull();
    expect(engine.answer('拱墅区2022年的GDP是什么情况').answer).toBe('首次突破2000亿元');
  });

  it('should answer a full name asked (全称) with a name, never a common word (现场 of 「会议现场」)', () => {
    expect(engine.answer('这个会的全称是什么').answer).toBeNull();
    expect(fixtureApp('001_chongqing-xiqiahui.txt').engine.answer('西洽会的全称是什么').answer).toBe('中国西部国际投资贸易洽谈会');
  });

  it('should take the end of a word the question names for an echo (活动 of 座谈活动, asked as 座谈会)', () => {
    // Not 活动 of 「…座谈活动在…召开」: the purpose the sentence about its guests gives.
    expect(engine.answer('开这个座谈会目的是啥').answer).toBe('为产业创新发展提供参考和建议');
  });

  it('should not answer 哪些X with a list that has X itself for an item', () => {
    expect(engine.answer('运河网谷有哪些上市企业').answer).toBeNull(); // it gives only their number
  });

  it('should not give the whole district’s figure for the whole city’s', () => {
    expect(engine.answer('杭州2022年全市GDP是多少').answer).toBeNull(); // 2000亿元 is 全区, 拱墅's
    expect(engine.answer('拱墅区2022年全区GDP是多少').answer).toBe('2000亿元');
  });

  it('should not name with counts (上市企业4家) nor with a phrase that breaks off (研究机构的多位)', () => {
    expect(engine.answer('落地运河网谷的上市公司都是哪几家').answer).toBeNull();
    expect(engine.answer('来分享的专家都是哪几家医院的').answer).toBeNull();
  });

  it('should not give the people a 除了 question sets aside, described or named', () => {
    expect(engine.answer('除了主题演讲的嘉宾，还有谁上台分享了').answer ?? '').not.toContain('张俊峰');
    expect(engine.answer('除了张俊峰还有谁做了主题演讲').answer).toBe('鞠振宇、张莹尹');
  });

  it('should take 「来自」 and the question’s own words for an echo', () => {
    expect(engine.answer('哪些医院的专家来分享了？').answer).toBeNull();
  });

  it('should not take the name of a venue for a person', () => {
    const e = engineOn('签约仪式', ['12月27日，投资说明会暨招商项目签约仪式在郭尔罗斯宾馆举行。', '副市长李继东主持活动。']);
    expect(e.answer('签约仪式谁主持的').answer ?? '').not.toContain('郭尔罗斯');
  });

  it('should not take a name a firm’s or a chamber’s word follows (吉林|企业商会) for a person', () => {
    const e = engineOn('签约', ['12月5日，某市招商签约仪式举行。来自各地的企业高管、北京吉林企业商会代表应邀参加活动。副市长王一主持活动。']);
    expect(e.answer('谁应邀参加了活动').answer).toBeNull();
    expect(e.answer('市长是谁？有没有出席')).toMatchObject({ answer: null, note: '文章只提到副市长王一' });
  });

  it('should read a part that opens with 他说 as the named speaker’s', () => {
    const e = engineOn('致辞', [
      '常务副市长李岩在致辞中代表市委、市政府向长期关心、支持和帮助松原发展的各级领导和企业界朋友表示衷心感谢，并对我市重点发展产业、优势资源及重点项目进行推介。他说，当前，松原正处在转型发展、振兴发展的关键阶段。',
    ]);
    expect(e.answer('李岩致辞说松原现在处在什么阶段').answer).toContain('关键阶段');
  });

  it('should take a figure only from a sentence that names the place asked', () => {
    const e = engineOn('投资推广署', ['投资推广署去年协助560间企业在港开设或扩展业务，较2024年升逾4%，估计首年为香港经济带来逾690亿元的投资。当中近300间来自内地，40间来自美国。']);
    expect(e.answer('去年引入的企业有多少间来自美国').answer).toBe('40间');
    expect(e.answer('去年有多少间英国企业来香港').answer).toBeNull();
  });

  it('should answer a change with a share, and an investment with money', () => {
    const e = engineOn('投资推广署', ['投资推广署去年协助560间企业在港开设或扩展业务，较2024年升逾4%，估计首年为香港经济带来逾690亿元的投资。']);
    expect(e.answer('去年引进企业比2024年升了多少').answer).toBe('逾4%');
    expect(e.answer('去年的企业首年带来多少投资').answer).toBe('逾690亿元');
  });

  it('should read an area jieba does not know (拱墅区) as a place the evidence must name', () => {
    expect(engine.answer('拱墅区医药制造业产值多少').answer).toBeNull(); // the article gives 杭州市's
    expect(engine.answer('杭州市医药制造业产值多少').answer).toBe('1150亿元');
  });

  it('should refuse a number of another measure than the one asked', () => {
    const e = engineOn('纪念馆', ['纪念馆于1998年建成，占地30亩，馆长王强今年56岁。']);
    expect(e.answer('王强多大年纪？').answer).toBe('56岁');
    expect(e.answer('纪念馆占地多少亩？').answer).toBe('30亩');
    expect(e.answer('纪念馆建成多少年了？').answer).toBeNull();
  });
});

describe('dates and sums of the kind asked', () => {
  it('should not give a relative date for a day, and say what the article gives', () => {
    const a = engine.answer('座谈会具体是哪一天开的？');
    expect(a.answer).toBeNull();
    expect(a.note).toBe('文章只说“日前”，报道发于10月18日');
  });

  it('should not give a month for 哪一天', () => {
    expect(engine.answer('运河网谷具体哪天开园的？').answer).toBeNull();
    expect(engine.answer('运河网谷什么时候开园的？').answer).toBe('2022年6月');
  });

  it('should answer a question about a sum only with an amount of money', () => {
    expect(engine.answer('浙江省医药制造业总产值是多少？').answer).toBeNull();
    expect(engine.answer('2022年杭州市医药制造业总产值是多少？').answer).toBe('1150亿元');
  });
});

describe('names with a typo', () => {
  it('should read a name one homophone off as the article name, and say so', () => {
    const a = engine.answer('张弛挺是谁？');
    expect(a.answer).toBe('杭州大运河数智未来城管委会副主任');
    expect(a.corrected).toEqual([{ from: '张弛挺', to: '张驰挺' }]);
    expect(engine.answer('蒋秀超是做什么工作的？').answer).toBe('招商蛇口产业园区杭州公司副总经理');
  });

  it('should read a name of two words, one of them unknown to jieba, one homophone off (运河网古 → 运河|网谷)', () => {
    const a = engine.answer('运河网古签了多少客户');
    expect(a.answer).toBe('147家');
    expect(a.corrected).toEqual([{ from: '运河网古', to: '运河网谷' }]);
  });

  it('should not read a name the article lacks, or one off by a character of another sound, as an article name', () => {
    expect(engine.answer('张大挺是谁？')).toMatchObject({ answer: null, corrected: [] });
    expect(engine.answer('张驰挺是谁？').corrected).toEqual([]);
  });

  it('should read a place the article names one homophone off (拱树区), but not a name and the word after it', () => {
    expect(engine.answer('拱树区GDP多少')).toMatchObject({ answer: '2000亿元', corrected: [{ from: '拱树区', to: '拱墅区' }] });
    // A term the article quotes is a name of a thing too, however jieba splits it.
    const xq = engineOn('第二届“西洽会”共签约271个项目', ['本届“西洽会”共有271个国内外项目签约，签约总额5497.8亿元。']);
    expect(xq.answer('西洽汇签约总额多少钱？').corrected).toEqual([{ from: '西洽汇', to: '西洽会' }]);
    const e = engineOn('松原', ['市委秘书长姜国凡出席活动。', '松原市举行签约仪式，松原正处在关键阶段，松原发展很快。']);
    expect(e.answer('姜国凡在松原是干嘛的').corrected).toEqual([]);
  });

  it('should read a term of two words one homophone off (签约仪试) as the article’s, but not a word said another way', () => {
    const e = engineOn('签约', ['副市长李继东主持签约仪式。', '林佳龙以「媒人」身分见证签约。']);
    expect(e.answer('签约仪试是谁主持的？')).toMatchObject({ answer: '李继东', corrected: [{ from: '签约仪试', to: '签约仪式' }] });
    expect(e.answer('林佳龙以什么身份见证签约的').corrected).toEqual([]);
    // A question word is never the slip: 推介时谁 is not 推介时说.
    const quoted = engineOn('推介', ['包晓东在推介时说，拱墅锚定“1+4”产业主赛道。']);
    expect(quoted.answer('在推介时谁提到了“1+4”产业主赛道？')).toMatchObject({ answer: '包晓东', corrected: [] });
  });
});

describe('counted nouns said another way', () => {
  it('should take the noun before a final measure word, and a compound with a synonym part', () => {
    expect(engine.answer('上市公司几家').answer).toBe('4家');
    expect(engine.answer('运河网谷的上市公司有几家？').answer).toBe('4家');
  });
});

describe('posts asked one step off, the other way round', () => {
  it('should not give the 署长 for a 副署长, and say who the article names', () => {
    const e = engineOn('投资推广署', ['投资推广署署长刘凯旋今日出席节目时表示，去年协助560间企业来港。']);
    expect(e.answer('投资推广署署长是谁？').answer).toBe('刘凯旋');
    const a = e.answer('投资推广署副署长是谁？');
    expect(a.answer).toBeNull();
    expect(a.note).toBe('文章只提到投资推广署署长刘凯旋');
  });
});

describe('pieces of a title', () => {
  it('should not answer a 哪些 question with pieces of people’s titles', () => {
    expect(engine.answer('座谈会达成了哪些成果').answer).toBeNull();
  });

  it('should not answer with the half of a name after its joining 暨, but keep a name that starts with 暨', () => {
    expect(everyArticleApp().engine.answer('松原这次投资说明会的主题是什么？').answer).toBeNull();
    expect(engine.answer('鞠振宇是哪个研究院的院长？').answer).toContain('暨南大学');
  });

  it('should not answer with a piece cut out of a person’s title', () => {
    expect(engine.answer('座谈会取得了什么成果？').answer).toBeNull();
    expect(engine.answer('张俊峰是哪个协会的副会长？').answer).toBe('全国卫生产业企业管理协会');
    // …but with the part of it asked by its kind, which holds the post (研究院|院长).
    expect(engine.answer('鞠振宇是暨南大学哪个研究院的院长？').answer).toBe('衰老与再生医学研究院');
    // A kind of one character (处) as much as of several.
    expect(engine.answer('张莹尹是卫生健康委员会哪个处的处长').answer).toBe('科技教育处');
    // The company behind the park is the one whose name the article writes before it, not a piece of a post.
    expect(engine.answer('运河网谷是哪家企业的项目').answer).toBe('招商蛇口');
    expect(engine.answer('座谈会达成了哪些成果').answer).toBeNull();
  });

});

describe('figures of another year, another measure, or a whole list', () => {
  const e = engineOn('投资推广', [
    '投资推广署表示，去年协助560间企业在港开设或扩展业务。',
    '许新成说，贵州省、陕西省、四川省等共计115个项目在本届西洽会上签约，占本届签约项目数的42.4%。',
  ]);

  it('should not answer for a year the clause does not give (今年 of 去年协助560间)', () => {
    expect(e.answer('投资推广署今年协助了多少间企业？').answer).toBeNull();
    expect(e.answer('投资推广署去年协助了多少间企业？').answer).toBe('560间');
  });

  it('should not give the total of a list for one of its items, and say what the article gives', () => {
    const a = e.answer('四川省在西洽会上签了多少个项目？');
    expect(a.answer).toBeNull();
    expect(a.note).toBe('文章只给出贵州省、陕西省、四川省合计的115个');
  });

  it('should not give a total for one item of a list the next sentence gives, nor refuse it for the whole', () => {
    const s = engineOn('签约', ['此次签约仪式上,共签约招商项目14个,总投资达86.6亿元。涵盖生物化工、农产品加工、机械制造、旅游开发等多个领域。']);
    const a = s.answer('旅游开发方面的项目投资了多少钱');
    expect(a.answer).toBeNull();
    expect(a.note).toBe('文章只给出总数86.6亿元，没有分开给出旅游开发的');
    expect(s.answer('签约项目总投资多少').answer).toBe('86.6亿元');
    // The first item, run on from the word that opens the list (涵盖生物化工).
    expect(s.answer('生物化工项目投资多少').answer).toBeNull();
  });

  it('should not count with a date (12月27日 for 签了多少个旅游项目)', () => {
    const s = engineOn('签约', ['12月27日,我市招商项目签约仪式举行。此次签约仪式上,共签约招商项目14个,总投资达86.6亿元。涵盖生物化工、机械制造、旅游开发等多个领域。']);
    expect(s.answer('签约仪式上签了多少个旅游项目').answer).toBeNull();
    expect(s.answer('签约仪式上签了多少个项目').answer).toBe('14个');
  });

  it('should not count with a share or a sum of money, nor give a sum for a share', () => {
    expect(measureClash('个', '%')).toBe(true);
    expect(measureClash('%', '亿元')).toBe(true);
    expect(measureClash('家', '亿元')).toBe(true);
    expect(measureClash('个', '家')).toBe(false);
    expect(measureClash('钱', '亿港元')).toBe(false);
    expect(measureClash('', '%')).toBe(false);
  });

  it('should not take a firm for a place because jieba tags its name one (日商三井)', () => {
    const mitsui = engineOn('三井', ['林佳龙以「媒人」身分见证台糖与日商三井不动产签约仪式,仪式在三井举行。', '未来三井将在台糖湖滨生态园区打造购物商场。']);
    expect(mitsui.answer('签约仪式是在哪里举行的？').answer).toBeNull();
    const place = engineOn('台中', ['林佳龙以「媒人」身分见证台糖与三井不动产签约仪式,仪式在三井举行。']);
    expect(place.answer('签约仪式是在哪里举行的？').answer).toBe('三井');
  });
});

describe('editions, compared years, places that run on', () => {
  const xq = engineOn('第二届西洽会共签约271个项目', ['本届西洽会共有271个国内外项目签约，签约总额5497.8亿元。']);
  const hk = engineOn('投资推广署', ['投资推广署表示，去年协助560间企业在港开设或扩展业务，较2024年升逾4%。当中近300间来自内地，40间来自美国。']);

  it('should not answer for an edition the report is not about', () => {
    expect(xq.answer('第一届西洽会签约了多少个项目？').answer).toBeNull();
    expect(xq.answer('第二届西洽会签约了多少个项目？').answer).toBe('271个');
  });

  it('should take an edition asked in digits for the one the report writes in characters, and no other', () => {
    expect(xq.answer('第2届西洽会签约了多少个项目？').answer).toBe('271个');
    expect(xq.answer('第3届西洽会签约了多少个项目？').answer).toBeNull();
  });

  it('should not give a figure for the year it is only compared with', () => {
    expect(hk.answer('2024年投资推广署协助了多少间企业？').answer).toBeNull();
  });

  it('should count what the sentence before named when this one goes on about a part of it (当中…)', () => {
    expect(hk.answer('去年那560间企业有多少来自内地？').answer).toMatch(/^近?300间$/u);
  });

  it('should not give one place\'s figure for another the sentence lists without one (其余来自法国及英国等)', () => {
    const by = engineOn('投资推广署', ['投资推广署表示，去年协助560间企业在港开设或扩展业务。当中近300间来自内地，40间来自美国，其余来自法国及英国等。']);
    expect(by.answer('英国企业来了几间？').answer).toBeNull();
    expect(by.answer('美国企业来了几间？').answer).toMatch(/^40间/u);
  });

  it('should let a yes/no verdict name the edition it denies', () => {
    const cg = engineOn('查干湖', ['此次活动是中国·查干湖第十六届冰雪渔猎文化旅游节系列活动之一，由市委、市政府主办。']);
    expect(cg.answer('这是查干湖第十五届冰雪渔猎节的活动对吧？').answer).toMatch(/^不对，文章说是.*十六届/u);
  });

  it('should not give a place that runs on into a verb', () => {
    const tw = engineOn('三井', ['未来三井将在台糖湖滨生态园区打造以亲子为主题的购物商场。']);
    expect(tw.answer('三井要在台中哪一区盖购物商场？').answer ?? '').not.toMatch(/打造$/u);
  });
});

describe('one item picked out by a superlative', () => {
  it('should not give the total for the largest of the items', () => {
    const e = engineOn('签约仪式', ['签约仪式上共签约项目14个，总投资86.6亿元。']);
    expect(e.answer('14个项目里投资最大的那个是多少亿？').answer).toBeNull();
    expect(e.answer('14个项目总投资是多少亿？').answer).toBe('86.6亿元');
  });

  it('should read the superlative without 的 too', () => {
    const e = engineOn('签约仪式', ['签约仪式上共签约项目14个，总投资86.6亿元。']);
    expect(e.answer('签的14个项目里面最大一个投资多少').answer).toBeNull();
  });
});

describe('a year asked of a date without one', () => {
  it('should not answer 哪一年 with a day and month', () => {
    const e = engineOn('我市举行投资说明会暨招商项目签约仪式', ['12月27日，我市投资说明会暨招商项目签约仪式在郭尔罗斯宾馆举行。此次签约仪式上，共签约招商项目14个。']);
    expect(e.answer('签约仪式是哪一年举行的？').answer).toBeNull();
    expect(e.answer('签约仪式是哪天举行的？').answer).toBe('12月27日');
  });
});

describe('a person named only through a pronoun', () => {
  it('should hold the name the question gives when a pronoun speaks for them', () => {
    const e = engineOn('投资推广署', ['署长刘凯旋表示，中东及东盟地区的来港企业亦逐步增加。', '她表示，近期署方接触到最少30间海外或内地企业希望落户香港，并有进驻北都发展。']);
    expect(e.answer('刘凯旋说最少有多少间企业想进驻北都？').answer).toBe('30间');
  });
});

describe('a figure of a whole area', () => {
  it('should not give the figure of the whole 区 for the city it lies in (杭州, written 杭州市)', () => {
    expect(engine.answer('杭州GDP突破多少？').answer).toBeNull();
    expect(engine.answer('拱墅区GDP突破多少？').answer).toBe('2000亿元');
    expect(wholeOfAnother(['杭州'], '2022年全区GDP首次突破2000亿元', '杭州市拱墅区')).toBe(true);
    expect(wholeOfAnother(['拱墅'], '2022年全区GDP首次突破2000亿元', '杭州市拱墅区')).toBe(false);
  });
});

describe('a phrase that ends inside a word', () => {
  it('should not end on the noun asked where the sentence writes a longer word (产业 of 产业链)', () => {
    expect(engine.answer('杭州把生物医药定位成什么产业？').answer).not.toBe('杭州发展五大产业');
  });
});

describe('the attribution of a quotation', () => {
  it('should not answer with the words that say who speaks (推介时说), but may with a noun ending in 说 (传说)', () => {
    const engine = seedApp().engine;
    expect(engine.answer('包晓东说拱墅要打造哪几样？').answer ?? '').not.toMatch(/说$/u);
    const myth = engineOn('神话', ['这些故事大多来自上古的神话传说。']);
    expect(myth.answer('这些故事大多来自什么？').answer).toBe('上古的神话传说');
  });
});

describe('one thing picked out as the most', () => {
  it('should not name a thing the sentence does not say is the most', () => {
    const e = fixtureApp('002_songyuan-signing.txt').engine;
    expect(e.answer('14个项目里投资最大的是哪个？').answer).toBeNull();
    expect(e.answer('这次签约投资最多的一个项目是啥').answer).toBeNull();
  });
});

describe('items written as quoted names side by side', () => {
  it('should count ‘杭州之心’‘城市之眼’ as two items for 哪两个', () => {
    expect(seedApp().engine.answer('拱墅区有哪两个美称？').answer).toBe('‘杭州之心’‘城市之眼’');
  });
});

describe('another item of the list the question names', () => {
  it('should not answer 外地大学是哪一所 with another item of the list', () => {
    expect(fixtureApp('004_hk-investhk.txt').engine.answer('准备进驻北都的外地大学是哪一所').answer).toBeNull();
  });

  it('should not answer 哪个城市 with an organisation', () => {
    expect(engine.answer('鞠振宇那个研究院在哪个城市').answer).toBeNull();
    expect(engine.answer('座谈会在哪个城市开的').answer).toContain('杭州市');
  });

  it('should not answer a thing, a list of things or what someone is with the people the article introduces', () => {
    expect(engine.answer('文章提到了哪些企业').answer).toBeNull();
    expect(engine.answer('拱墅区要打造什么').answer ?? '').not.toContain('包晓东');
    expect(engine.answer('招商蛇口是干嘛的').answer).toBeNull();
    expect(engine.answer('包晓东是哪个区的').answer).toBe('拱墅区');
  });

  it('should not answer 外地大学是哪几所 with the list it is an item of, but answer what the items are asked by their kind', () => {
    const hk = fixtureApp('004_hk-investhk.txt').engine;
    expect(hk.answer('有意进驻北都的外地大学是哪几所').answer).toBeNull();
    expect(hk.answer('有意进驻北都的企业都涉及哪些行业？').answer).toBe('教育、国际学校、外地大学、现代物流、现代仓储、旅游业');
  });

  it('should not answer with another item when the question names a Latin name of one, but keep two things said of one', () => {
    const chongqing = fixtureApp('001_chongqing-xiqiahui.txt').engine;
    expect(chongqing.answer('西洽会期间办的那个Asia300是啥活动').answer).not.toBe('央企重庆行');
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('台中LaLaport是什麼主題的商場').answer).toBe('親子');
  });

  it('should still answer 「A、B以及什么」 with the item left', () => {
    const f = engineOn('自行车', ['自行车，又称脚踏车，别称有自由车、铁马以及单车等。']);
    expect(f.explain('自由车、铁马以及什么都是脚踏车的别称?', 5).candidates.filter((c) => c.text === '单车').every((c) => c.refused === null)).toBe(true);
  });
});

describe('a phrase over a comma', () => {
  it('should not answer with pieces of two clauses, but may with a quoted phrase that holds a comma', () => {
    const e = engineOn('湾仔', ['修顿球场是湾仔的主要地标，现在仍是区内的康乐场地。']);
    const over = e.explain('修顿球场是湾仔的什么仍是区内的康乐场地？', 20).candidates.filter((c) => /，/u.test(c.text));
    expect(over.length).toBeGreaterThan(0);
    expect(over.every((c) => c.refused === 'kind')).toBe(true);
    expect(engine.answer('座谈活动的主题是啥').answer).toBe('创新发展,聚力共赢');
  });
});

describe('a duration the article does not give', () => {
  it('should answer a duration asked up to now with when the very event began, not the figure beside it', () => {
    for (const q of ['运河网谷开园多久了', '运河网谷开了几年了', '运河网谷开园至今多少年']) {
      const a = engine.answer(q);
      expect(a.answer).toBe('自2022年6月开园以来');
      expect(a.evidence).toContain('自2022年6月开园以来,运河网谷签约客户147家');
    }
  });

  it('should say when it began as a note, for another event or a span between two', () => {
    for (const q of ['运河网谷建成多少年了', '运河网谷签约客户多久了']) {
      const a = engine.answer(q);
      expect(a.answer).toBeNull();
      expect(a.note).toBe('文章没有给出时长，只提到“自2022年6月开园以来”');
    }
    expect(engine.answer('运河网谷从开工到开园用了多久').answer).toBeNull();
  });

  it('should not show the clause of a figure of another measure as what the article gives instead', () => {
    expect(engine.answer('运河网谷面积多大')).toMatchObject({ answer: null, note: '文章没有给出面积' });
  });
});

describe('an area asked by its kind', () => {
  it('should not answer 哪个省 with a place of another kind (…数字经济小镇), but 哪个小镇 with it', () => {
    expect(engine.answer('运河网谷在哪个省').answer ?? '').not.toContain('小镇');
    expect(engine.answer('运河网谷在哪个小镇里').answer).toBe('杭州拱墅智慧网谷数字经济小镇');
  });

  it('should not answer 哪个城市 with a continent (亚洲 of 「亚洲300…论坛重庆峰会」)', () => {
    const chongqing = fixtureApp('001_chongqing-xiqiahui.txt').engine;
    expect(chongqing.answer('西洽会在哪个城市举办').answer).not.toBe('亚洲');
    expect(chongqing.answer('西洽会在哪个城市闭幕').answer).toBe('重庆');
  });
});

describe('names joined by a dot', () => {
  it('should take 约翰·贝尔德 for a person, not 中国·查干湖 or a piece of a clause', () => {
    expect(fixtureApp('002_songyuan-signing.txt').engine.answer('这次活动是谁主办的').answer ?? '').not.toContain('查干湖');
    expect(engineOn('电视', ['1925年，约翰·贝尔德在伦敦展示了第一台电视机。']).answer('谁展示了第一台电视机？').answer).toBe('约翰·贝尔德');
  });
});

describe('a person asked for', () => {
  it('should not take a phrase with a verb or a locative in it for a name (发展北都之后)', () => {
    expect(fixtureApp('004_hk-investhk.txt').engine.answer('外来企业以前需要土地找谁').answer).toBeNull();
  });

  it('should read 把香港当什么 as what it is taken for, not as a post', () => {
    const a = fixtureApp('004_hk-investhk.txt').engine.answer('她说内地企业出海把香港当什么');
    expect(a.intent).toBe('what');
    expect(a.answer).not.toBe('增加');
  });
});

describe('a bare number in a name', () => {
  it('should not count with a number that is part of a name (亚洲300) or a year (2019“央企重庆行”)', () => {
    const e = fixtureApp('001_chongqing-xiqiahui.txt').engine;
    const refused = e.explain('开幕式签了多少项目', 10).candidates.filter((c) => c.text === '300' || c.text === '2019');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((c) => c.refused === 'measure')).toBe(true);
    expect(e.answer('开幕式签了多少项目').answer).toBe('132个');
  });
});

describe('a rank, and a yes/no asked with 了没', () => {
  it('should answer 第几 only with an ordinal or a place in a ranking', () => {
    expect(engine.answer('生物医药是杭州第几大产业链').answer).toBeNull(); // 五大 is how many, not which
    const e = engineOn('南加大', ['在2016年USNEWS的排名中，南加大名列22名。']);
    expect(e.answer('南加大在2016年USNEWS的排名中名列第几?').answer).toBe('22名');
  });

  it('should give 五大 only for 几大, never as a size', () => {
    expect(engine.answer('杭州生物医药产业规模多大').answer).not.toBe('五大');
    expect(engine.answer('杭州要发展几大产业链').answer).toBe('五大');
  });

  it('should read 「…了没」 as a yes/no question', () => {
    expect(engine.answer('拱墅区GDP突破两千亿了没').answer).toBe('对');
  });
});

describe('the place of another deed', () => {
  it('should not give where something else is done as where the event asked was held', () => {
    const e = engineOn('签约', ['交通部长林佳龙出席三井与台糖签约仪式，三井将在东区打造购物商圈。']);
    expect(e.answer('台糖跟三井的签约仪式是在哪里举行的？').answer).toBeNull();
    expect(e.answer('三井要在哪里打造购物商圈？').answer).toBe('东区');
    // An event verb of the article's (举行) answers a question that says it another way (开).
    expect(engine.answer('座谈会在哪开的').answer).toBe('杭州市拱墅区招商蛇口运河网谷');
  });

  it('should still give where a thing is by a deed done there', () => {
    const e = engineOn('心理学', ['1879年，他在莱比锡大学建立了第一个心理学实验室。']);
    expect(e.answer('第一个心理学实验室位于哪一个大学?').answer).toBe('莱比锡大学');
  });
});

describe('someone who only looked on', () => {
  it('should not give a witness as the doer of the deed they witnessed, but as its witness', () => {
    const e = engineOn('签约', ['台中市长林佳龙以「媒人」身分见证台糖与日商三井不动产签约仪式。', '1937年，吴晓邦参加上海救亡演剧队，他根据《义勇军进行曲》编演了第一出抗战舞蹈。']);
    expect(e.answer('台糖那边是谁代表签的约？').answer).toBeNull();
    expect(e.answer('三井和台糖签约时，台糖是谁代表签的字？').answer).toBeNull();
    expect(e.answer('谁见证了台糖与三井的签约？').answer).toBe('林佳龙');
    expect(e.answer('谁是签约仪式的媒人？').answer).toBe('林佳龙');
    // The deed asked stands in another clause than the one he joined in.
    expect(e.answer('谁根据《义勇军进行曲》编演了抗战舞蹈？').answer).toBe('吴晓邦');
    // A deed of the event he attended that the sentence gives nobody.
    const attended = engineOn('签约', ['交通部长林佳龙受邀出席三井与台糖签约仪式，并在脸书贴文。', '三井将在东区打造购物商场。']);
    expect(attended.answer('三井和台糖的签约仪式是谁主持的？').answer).toBeNull();
    // The deed asked right before a name (主持|三井…): still a deed, not a kind of thing.
    expect(attended.answer('谁主持三井和台糖的签约仪式').answer).toBeNull();
    expect(attended.answer('谁出席了三井与台糖签约仪式？').answer).toBe('林佳龙');
  });
});

describe('a change asked, and things of another kind counted', () => {
  it('should give a change only from a clause that says one', () => {
    const e = engineOn('产值', ['2022年，杭州市医药制造业实现工业总产值1150亿元。', '2023年，松原市工业总产值比上年增长了120亿元。']);
    expect(e.answer('2022年杭州医药制造业产值比上年增长了多少？').answer).toBeNull();
    expect(e.answer('2023年松原市工业总产值比上年增长了多少？').answer).toBe('120亿元');
    expect(e.answer('2022年杭州医药制造业产值多少？').answer).toBe('1150亿元');
    // A change asked without what it is compared with (同比涨了多少, 增长了多少) is asked all the same.
    expect(e.answer('杭州医药制造业产值同比涨了多少').answer).toBeNull();
    expect(e.answer('松原市工业总产值增长了多少').answer).toBe('120亿元');
  });

  it('should not count things of another kind for the kind asked', () => {
    const e = engineOn('运河网谷', ['运河网谷签约客户147家，落地上市企业4家，引进众多生物医药、医疗器械龙头企业。', '方格的颜色有白色与黑色两种。']);
    expect(e.answer('运河网谷那147家签约客户里，生物医药企业有几家？').answer).toBeNull();
    // …nor by the figure of the whole the kind asked is part of.
    expect(e.answer('运河网谷签约客户里生物医药企业有几家').answer).toBeNull();
    // 占几家 asks the same.
    expect(e.answer('147家签约客户里生物医药企业占几家').answer).toBeNull();
    expect(e.answer('运河网谷签约客户有几家').answer).toBe('147家');
    expect(e.answer('运河网谷有几家上市企业？').answer).toBe('4家');
    expect(e.answer('方格颜色有几种？').answer).toBe('两种');
  });

  it('should not give a count of two kinds together for one of them asked alone, and say what it counts', () => {
    const e = engineOn('运河网谷', ['运河网谷落地上市企业4家，培育专精特新及国家高新技术企业7家。']);
    const a = e.answer('专精特新企业单独有几家');
    expect(a.answer).toBeNull();
    expect(a.note).toBe('文章只给出专精特新及国家高新技术企业合计的7家');
    expect(e.answer('专精特新和高新技术企业分别有几家').answer).toBeNull();
    expect(e.answer('运河网谷专精特新企业有几家').answer).toBe('7家');
    expect(e.answer('上市企业单独有几家').answer).toBe('4家');
  });
});

describe('a kind asked of a noun', () => {
  it('should answer 哪类龙头企业 with what stands before 龙头企业, not another firm of the sentence', () => {
    const e = engineOn('运河网谷', ['运河网谷落地世界500强企业子企业区域总部1家、上市企业4家，引进众多生物医药、医疗器械龙头企业和前沿产业技术。']);
    const a = e.answer('运河网谷引进了哪类龙头企业');
    expect(a.answer ?? '').not.toContain('子企业');
    expect(a.answer).toMatch(/医疗器械/u);
  });
});

describe('answers that name no firm, school or whole place', () => {
  it('should not answer which firm with a deed or a kind of firm the sentence counts', () => {
    expect(engine.answer('落地运河网谷的那家世界500强子企业是哪家').answer).toBeNull(); // not 上市企业 (…上市企业4家)
    const park = engineOn('园区', ['新园区签约客户80家，落地世界500强企业子企业区域总部2家、上市企业3家。']);
    expect(park.answer('落地新园区的世界500强企业是哪一家').answer).toBeNull(); // not 子企业
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('松原签约仪式上签清洁能源项目的是哪家企业').answer).toBeNull(); // not 全市加快建设绿色产业
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('台糖评选哪家公司为最优投资人').answer).toBe('三井');
    // A list answers which firms only when each item may name one (教育、国际学校… are trades, not firms).
    expect(fixtureApp('004_hk-investhk.txt').engine.answer('想进驻北都的那30间企业具体是哪几家公司').answer).toBeNull();
    // 什么企业 may ask what kind of firm.
    expect(engine.answer('运河网谷引进了什么企业').answer).toBe('众多生物医药、医疗器械龙头企业');
  });

  it('should take a university for a school', () => {
    expect(engine.answer('鞠振宇是哪个学校的').answer).toBe('暨南大学衰老与再生医学研究院');
    expect(engine.answer('鞠振宇在哪家医院').answer).toBeNull();
  });

  it('should not give a place that ends inside a name the question says', () => {
    expect(engine.answer('运河网谷在杭州哪').answer).not.toBe('杭州市拱墅区招商蛇口运河');
    // A place run on by a figure (亚洲300…论坛) starts a name.
    expect(fixtureApp('001_chongqing-xiqiahui.txt').engine.answer('西洽会在哪里办的').answer).not.toBe('亚洲');
    // The answer's own ending said again after the question word, with a particle (中国市场|的销量), is no name cut in two.
    expect(engineOn('日产', ['日产汽车在中国市场的销量已经超过美国市场。']).answer('日产汽车的哪一个市场的销量已经超过美国市场').answer).toBe('中国市场');
  });
});

describe('a count asked of one kind alone', () => {
  it('should not be answered with the figure two kinds share, 单独 before the noun or after it', () => {
    expect(engine.answer('运河网谷单独的国家高新技术企业有几家').note).toBe('文章只给出专精特新及国家高新技术企业合计的7家');
    expect(engine.answer('运河网谷国家高新技术企业单独有几家').answer).toBeNull();
  });
});

describe('the dateline’s place said of the event a sentence names', () => {
  it('should hold for a fact of the event named right after it, and not for the place as a whole', () => {
    expect(everyArticleApp().engine.answer('重庆西洽会有多少家世界500强企业参加').answer).toBe('300家');
    expect(engine.answer('杭州有多少家上市企业').answer).toBeNull();
  });
});

describe('a place the article itself gives a thing, and the year it was published', () => {
  it('should hold a place said right before a thing the article places there, and not a place said alone', () => {
    const every = everyArticleApp().engine;
    expect(every.answer('杭州运河网谷落地的上市企业有几家').answer).toBe('4家');
    expect(every.answer('杭州运河网谷开园到现在签了多少家客户啊').answer).toBe('147家');
    expect(every.answer('杭州有多少家上市企业').answer).toBeNull();
    // A common noun after the place (中东|的企业) is no thing the article places.
    expect(fixtureApp('004_hk-investhk.txt').engine.answer('去年来自中东的企业有多少间？').answer).toBeNull();
  });

  it('should not date anything by the year a figure is compared with', () => {
    const hk = fixtureApp('004_hk-investhk.txt').engine;
    const when = hk.answer('刘凯旋是哪年当上投资推广署署长的');
    expect(when.answer).toBeNull();
    // A report whose dateline gives no date says only what the article says.
    expect(when.note).toBe('文章只说“去年”');
    expect(hk.answer('投资推广署去年协助的企业比哪年多了4%').answer).toBe('2024年');
  });
});

describe('a part asked of a figure the question gives', () => {
  it('should not be answered with another item of the list that figure stands in', () => {
    expect(engine.answer('运河网谷那147家签约客户里面做生物医药的占了多少家').answer).toBeNull();
    expect(fixtureApp('004_hk-investhk.txt').engine.answer('去年560间企业里面来自内地的有多少间').answer).toBe('近300间');
    // An item that says something of the question's own may be the part asked.
    expect(engineOn('人口', ['全省常住人口约3831万人，汉族约占95%。']).answer('全省常住人口约3831万人，其中汉族约占多少比例').answer).toBe('95%');
  });
});

describe('a place asked of a level or of a noun', () => {
  it('should not give a city for 哪个区; 区域 and 县市 ask for no level', () => {
    expect(fixtureApp('002_songyuan-signing.txt').engine.answer('松原那个郭尔罗斯宾馆在哪个区').answer).toBeNull();
    expect(engine.answer('讨论的是哪个区域的生物医药').answer).toBe('长三角地区');
    expect(engineOn('铁路', ['纵贯线是台湾新北市的主要铁路路线。']).answer('纵贯线是台湾哪一县市的主要铁路路线').answer).toBe('新北市');
  });
});

describe('a sentence that goes on from the one before, and a district asked', () => {
  it('should hold the place of the sentence a 当中-sentence goes on from', () => {
    const every = everyArticleApp().engine;
    expect(every.answer('香港去年引入的企业有多少间来自美国').answer).toBe('40间');
    expect(every.answer('深圳去年引入的企业有多少间来自美国').answer).toBeNull();
    // A part the article has no words for (设地区总部) is counted by no part figure either.
    expect(every.answer('投资推广署去年协助的企业里有多少间在香港设地区总部').answer).toBeNull();
  });

  it('should not give a park (园区) for 哪一区', () => {
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('三井要在台中哪一區蓋購物商場？').answer ?? '').not.toMatch(/園區$/u);
  });
});

describe('the item left of a list the question names the others of', () => {
  it('should give it for 另外一个叫啥, though a name is asked', () => {
    expect(engine.answer('拱墅在打造时尚之都,数字新城,另外一个叫啥').answer).toBe('运河明珠');
    expect(engine.answer('运河网谷叫什么名字').answer).toBeNull();
  });

  it('should not give a bare count for what a thing is', () => {
    expect(engineOn('茂宜县', ['茂宜县中最大的岛屿为四个。']).answer('茂宜县中最大的岛屿为何').answer).toBeNull();
  });

  it('should read a year said again as a whole (2022年一年) as the year, and 来着 as nothing', () => {
    expect(engine.answer('拱墅区2022年一年GDP大概到多少了').answer).toBe('2000亿元');
  });

  it('should not give a phrase cut off inside a name the question says, before its figure (落地世界|500强)', () => {
    expect(engine.answer('落户运河网谷的是哪家世界500强？').answer).toBeNull();
  });

  it('should give the person whose post is at the body the question says they came from, not whom they spoke for', () => {
    expect(engine.answer('杭州那个生物医药座谈会上，暨南大学过来演讲的是谁？').answer).toBe('鞠振宇');
    expect(engine.answer('哪位嘉宾来自暨南大学').answer).toBe('鞠振宇');
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('松原那个签约会，市政协来的是哪位领导？').answer).toBe('车亦雪');
    expect(songyuan.answer('松原签约仪式上是谁代表市委市政府致辞的？').answer).toBe('李岩');
  });

  it('should answer a venue asked by its kind only with a place named like one', () => {
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('松原那个招商签约仪式是在哪个酒店开的？').answer).toBe('郭尔罗斯宾馆');
    expect(songyuan.answer('松原签约仪式在哪家宾馆举行').answer).toBe('郭尔罗斯宾馆');
    expect(fixtureApp('001_chongqing-xiqiahui.txt').engine.answer('西洽会在重庆哪个场馆办的').answer).toBeNull();
    expect(engine.answer('座谈会在哪个酒店开的').answer).toBeNull();
  });

  it('should not name kinds of business for 哪几家, nor give a list total for one item of it', () => {
    expect(fixtureApp('004_hk-investhk.txt').engine.answer('想进北都的30间企业是哪几家').answer).toBeNull();
    expect(fixtureApp('001_chongqing-xiqiahui.txt').engine.answer('贵州在西洽会上签约的投资总额是多少').answer).toBeNull();
  });
});


describe('a post the question gives the words to', () => {
  it('should take a quote as the words of the one the next sentence has speak', () => {
    const e = seedApp().engine;
    expect(e.answer('拱墅区副区长推介的时候说他们区2022年经济总量到多少了').answer).toBe('2000亿元');
    // 区长 is not the 副区长 who spoke.
    expect(e.answer('拱墅区长说拱墅区GDP有多少').answer).toBeNull();
  });
});

describe('a count asked of part of a kind', () => {
  const five = everyArticleApp().engine;
  it('should not count a kind the question narrows (境外项目) with a figure whose clause does not say it', () => {
    expect(five.answer('第二届西洽会271个项目里面境外项目占了几个？').answer).toBeNull();
    expect(five.answer('西洽会国内外项目一共几个').answer).toBe('271个');
    expect(five.answer('西洽会签约项目有多少个是境外的').answer).toBeNull();
    expect(five.answer('西洽会签约项目里有多少个是境外的').answer).toBeNull();
  });

  it('should give the part, not the whole the article then breaks down with 当中', () => {
    expect(five.answer('投资推广署去年协助的企业里内地来的大概有多少').answer).toBe('近300间');
    expect(five.answer('投资推广署去年协助的企业有多少间是内地的').answer).toBe('近300间');
    expect(five.answer('投资推广署去年协助了多少间企业').answer).toBe('560间');
  });
});

describe('how big something is', () => {
  it('should not be answered with a count of what is in it', () => {
    const a = seedApp().engine.answer('运河网谷有多大');
    expect(a.answer).toBeNull();
    expect(a.note).toContain('大小');
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('台中LaLaport有多大').answer).toBe('4.36公顷');
  });
});

describe('where an event was held', () => {
  it('should be said with a verb of holding it, not by a place that signed at it', () => {
    expect(everyArticleApp().engine.answer('西洽会在哪里开的').answer).toBe('重庆');
  });
});

describe('a place word that names no particular place', () => {
  it('should make no place of what it qualifies (外地大学, an item of a list of trades)', () => {
    const e = engineOn('北都', ['近期署方接触到最少30间企业希望进驻北都发展,当中包括教育、国际学校、外地大学、现代物流等。']);
    expect(e.answer('北都在哪').answer).toBeNull();
  });
});

describe('an area asked by its level', () => {
  it('should not be answered with a country or a venue', () => {
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('查干湖在哪个省').answer).toBeNull();
    expect(songyuan.answer('松原签约仪式在哪个市举行').answer).toBeNull();
    expect(songyuan.answer('松原签约仪式在哪里举行').answer).toBe('郭尔罗斯宾馆');
  });
});

describe('what a thing is', () => {
  it('should not be answered with a deed it goes on to, nor with the place it is in', () => {
    expect(fixtureApp('004_hk-investhk.txt').engine.answer('香港北都是什么').answer).toBeNull();
    expect(engine.answer('运河网谷是什么').answer).toBeNull();
  });
});

describe('a count of a noun the article breaks down by kind', () => {
  it('should not be answered with the count of one kind, and should say what the article gives', () => {
    const a = engine.answer('运河网谷有多少家企业');
    expect(a.answer).toBeNull();
    expect(a.note).toContain('上市企业4家');
    expect(engine.answer('运河网谷有多少家上市企业').answer).toBe('4家');
    // Nor with a ranking (世界500强) once every count is refused.
    expect(engine.answer('运河网谷落地了多少家企业').answer).toBeNull();
  });
});

describe('a firm asked by 公司', () => {
  it('should take the short name the article gives a 公司 someone holds a post at', () => {
    expect(engine.answer('运河网谷是哪家公司的项目').answer).toBe('招商蛇口');
  });
});

describe('a person asked', () => {
  it('should not be answered with a name the article gives as an area\'s (松原 of 松原市)', () => {
    expect(fixtureApp('002_songyuan-signing.txt').engine.answer('李岩在致辞中感谢了谁').answer).toBeNull();
  });
});

describe('a district asked', () => {
  it('should not be answered with a word for areas at large (核心城区)', () => {
    expect(engine.answer('杭州哪个区被叫做城市之眼').answer).toBeNull();
    expect(engine.answer('座谈会在哪个区开的').answer).toBe('杭州市拱墅区');
  });
});

describe('where something is', () => {
  it('should not be answered with an event\'s name, nor with a part of the thing asked about', () => {
    const taichung = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(taichung.answer('台中后火车站在哪').answer).toBeNull();
    expect(everyArticleApp().engine.answer('亚洲300论坛在哪个城市开的').answer).toBeNull(); // not 重庆峰会
    expect(engine.answer('座谈会在哪开的').answer).toBe('杭州市拱墅区招商蛇口运河网谷');
  });
});

describe('a phrase cut from an area’s name', () => {
  it('should not open on the 市 of a place the question gives without it', () => {
    const e = engineOn('论坛', ['江海市副市长王明远在推介时说：“江海市去年外贸进出口首次突破500亿元。”']);
    expect(e.answer('江海外贸咋样了').answer).toBe('进出口首次突破500亿元');
  });
});

describe('a place the evidence points back at', () => {
  const e = engineOn('选址', ['副市长李青表示，长河集团提出第二个项目选址需求时，他推荐了北区的滨江湿地公园。', '李青说，长河集团喜欢该选址，无非是地铁延伸打通了南北交通。']);

  it('should hold the place the sentence before names for 「该选址」, and read 看上 as 喜欢', () => {
    expect(e.answer('李青说长河集团为什么看上北区那块地').answer).toBe('地铁延伸打通了南北交通');
  });

  it('should not hold a place for a sentence that points back at nothing the one before names', () => {
    const other = engineOn('选址', ['副市长李青表示，长河集团去年在南区开了门店。', '李青说，长河集团喜欢该选址，无非是地铁延伸打通了南北交通。']);
    expect(other.answer('长河集团为什么看上北区').answer).toBeNull();
  });
});

describe('a holder of a post asked', () => {
  it('should not be one the sentence calls by another post (李青部长), though it names the post asked elsewhere', () => {
    const e = engineOn('回访', ['江海市副市长王明远出席活动。', '不少市民留言说“还有李青部长常回来看看”、“谢谢市长惦记江海”。']);
    expect(e.answer('江海现任市长是谁').answer).toBeNull();
    expect(e.answer('江海市副市长是谁').answer).toBe('王明远');
  });
});

describe('what one figure of a formula stands for', () => {
  it('should be answered only where the article spells it out', () => {
    const named = engineOn('规划', ['江海区锚定“2+3”产业主赛道，积极推进数字经济发展。']);
    expect(named.answer('“2+3”里的3是指什么').answer).toBeNull();
    const spelled = engineOn('规划', ['江海区锚定“2+3”产业主赛道，其中“2”即数字经济和智能制造两大产业。']);
    expect(spelled.answer('那个“2”指的是什么').answer).toBe('数字经济和智能制造两大产业');
  });
});

describe('a piece of a sentence offered as a name or a thing', () => {
  const article = buildArticle({ id: 'x', title: '书信', paragraphs: ['优西比乌声称，甲书的作者不是使徒，而是一位长老。', '流经江海的河中，清水河流量最大。'] });
  const check = (question: string, kind: Query['kind'], text: string, index: number) => {
    const sentence = article.sentences[index];
    const query: Query = { question, kind, measure: null, posts: [], anchors: [], counted: '' };
    return checkCandidate(query, { text, source: { article, sentence }, start: sentence.norm.indexOf(text), score: 1 }).ok;
  };

  it('should not be a person whose name is cut with a verb of saying glued to it', () => {
    expect(check('优西比乌认为甲书的作者是谁', 'person', '比乌声称', 0)).toBe(false);
    expect(check('谁声称甲书的作者不是使徒', 'person', '优西比乌', 0)).toBe(true);
  });

  it('should not be one thing of a kind (哪一条河) named by a superlative said of it', () => {
    expect(check('江海人最看重哪一条河', 'phrase', '流量最大', 1)).toBe(false);
    expect(check('江海人最看重哪一条河', 'phrase', '清水河', 1)).toBe(true);
  });
});

describe('the body asked of a person with two posts', () => {
  it('should be the one of the post the question names', () => {
    expect(engine.answer('张俊峰在哪个机构做主任委员').answer).toBe('中国技术交易所医学成果转化中心');
    expect(engine.answer('张俊峰在哪个协会当副会长').answer).toBe('全国卫生产业企业管理协会');
  });

  it('should not be the body the question sets aside', () => {
    expect(engine.answer('除了协会那个职务，张俊峰还在哪个机构任职').answer ?? '').not.toContain('协会');
  });
});

describe('a name asked of one thing a sentence counts', () => {
  it('should not be another kind the sentence counts beside it', () => {
    const e = engineOn('园区', ['园区落地世界500强企业子企业区域总部2家、上市企业3家,培育高新技术企业5家。']);
    expect(e.answer('园区那家世界500强子企业叫什么').answer).toBeNull();
  });
});

describe('a leader asked by the level of government', () => {
  const e = engineOn('推介会', ['江海区副区长王明远出席推介会。', '会上，江海市商务局外资处处长李华作主题演讲。']);

  it('should be someone who holds a post in that level’s government', () => {
    expect(e.answer('江海区哪位区领导作了主题演讲').answer).toBeNull();
    expect(e.answer('江海区哪位区领导出席了推介会').answer).toBe('王明远');
  });
});

describe('a figure the question gives of what it asks about', () => {
  it('should be held whole by the evidence’s paragraph: 30 is not in 300', () => {
    const e = engineOn('园区', ['去年共有560家企业落户园区，带来投资690亿元。当中近300家来自本省。', '近期另有至少30家企业有意落户园区。']);
    expect(e.answer('有意落户的那30家企业会带来多少投资').answer).toBeNull();
    expect(e.answer('去年落户的560家企业带来多少投资').answer).toBe('690亿元');
  });
});

describe('a firm asked by its rank (哪家世界500强)', () => {
  it('should be named, not given as a piece of the sentence', () => {
    const e = engineOn('园区', ['园区落地世界500强企业子企业区域总部2家、上市企业3家。']);
    expect(e.answer('落地园区的区域总部是哪家世界500强的').answer).toBeNull();
  });
});

describe('what a 分别 clause pairs with each doer', () => {
  const e = engineOn('推介会', ['会上，市商务局副局长王明、远航集团副总经理李华分别对全市营商环境、城南储能项目作深入推介。']);

  it('should not give the item paired with another doer, nor break off inside the verbs', () => {
    const a = e.answer('李华作推介推的是啥').answer;
    expect(a).not.toBe('全市营商环境');
    expect(a).not.toBe('城南储能项目作深入');
  });
});

describe('who stood for a body', () => {
  const e = engineOn('签约', ['交通局长王大明出席远航集团与东方电力签约仪式，并以「见证人」身分见证签约。']);

  it('should not give someone who holds no post at the body and is not said to stand for it', () => {
    expect(e.answer('远航集团这次签约是谁代表出席的').answer).toBeNull();
    expect(e.answer('谁出席了远航集团与东方电力签约仪式').answer).toBe('王大明');
  });
});

describe('a total asked of items named as examples of its list', () => {
  const e = engineOn('中博会', ['湖北省、湖南省、江西省、安徽省等共计88个项目在本届“中博会”上签约，投资总额达320亿元。']);

  it('should be the list’s total when 这些 or 等 closes the items named', () => {
    expect(e.answer('湖北湖南这些兄弟省份在中博会一共签了几个项目').answer).toBe('88个');
    expect(e.answer('湖北、湖南等省份在中博会签了多少个项目').answer).toBe('88个');
  });

  it('should still not be the total of some items named alone', () => {
    const a = e.answer('湖北湖南在中博会一共签了几个项目');
    expect(a.answer).toBeNull();
    expect(a.note).toContain('合计的88个');
  });
});
