import { beforeAll, describe, expect, it } from 'vitest';
import { askedUnit, countedNoun } from '../../../src/answer/extractors/number.js';
import { engineOn, everyArticleApp, fixtureApp, seedApp } from '../../helpers.js';
import { createEngine } from '../../../src/answer/engine.js';
import { buildArticle } from '../../../src/article/structure.js';
import { loadSegmenter } from '../../../src/text/segment.js';

describe('askedUnit', () => {
  beforeAll(() => loadSegmenter());

  it('should read the measure word a question asks for', () => {
    expect(askedUnit('运河网谷签约了多少家客户')).toBe('家');
    expect(askedUnit('西洽会一共签了多少个项目')).toBe('个'); // 项目 is a noun, not the measure word 项
    expect(askedUnit('拱墅区GDP是多少钱')).toBe('钱');
    expect(askedUnit('占全国的比例是多少')).toBe('%');
    expect(askedUnit('约有多少百分比的机车集中于亚洲')).toBe('%');
    expect(askedUnit('他是谁')).toBe('');
  });

  it('should take the unit after 个 when there is one (多少个小时 asks for hours)', () => {
    expect(askedUnit('新生儿一天要睡超过多少个小时')).toBe('小时');
    expect(askedUnit('两栖动物的心脏有几个心室')).toBe('个');
  });

  it('should find the noun a count is of', () => {
    expect(countedNoun('运河网谷有多少家银行')).toBe('银行');
    expect(countedNoun('汉人约占多少比例')).toBe('');
    // What a rank names (世界500强企业), counted by its rank.
    expect(countedNoun('运河网谷落地了多少家500强')).toBe('500强');
    // 「有多少家是X」 counts X.
    expect(countedNoun('147家签约客户里有多少家是生物医药企业')).toBe('生物');
  });

  it('should count what a rank names with the figure of its own item, and check a claim of it so', () => {
    const e = engineOn('运河网谷', ['自2022年6月开园以来，运河网谷签约客户147家，落地世界500强企业子企业区域总部1家、上市企业4家。']);
    expect(e.answer('运河网谷落地了多少家500强').answer).toBe('1家');
    expect(e.answer('运河网谷落地了2家500强吗').answer).toBe('不对，文章说是1家');
  });

  it('should not read the first character of the noun counted as a measure word (多少项目 is not 多少项)', () => {
    expect(askedUnit('兄弟省区市签了多少项目')).toBe('');
    expect(countedNoun('兄弟省区市签了多少项目')).toBe('项目');
  });
});

describe('a count asked by its noun alone', () => {
  const chongqing = fixtureApp('001_chongqing-xiqiahui.txt').engine;

  it('should answer with the count of that noun, never a share or money, and the whole before a part the article counts in it', () => {
    expect(chongqing.answer('兄弟省区市签了多少项目').answer).toBe('115个');
    expect(chongqing.answer('西洽会一共签了多少项目').answer).toBe('271个');
    expect(chongqing.answer('第二届西洽会签了多少个项目').answer).toBe('271个');
    expect(chongqing.answer('西洽会签了多少项目').answer ?? '').not.toMatch(/115|42\.4%/u);
    expect(chongqing.answer('西洽会签约项目有多少').answer).toBe('271个');
  });

  it('should take a part the sentence after the total counts (其中…50个) as a part, however the part is found', () => {
    const every = everyArticleApp().engine;
    expect(every.answer('重庆签了多少项目').answer).toBe('271个');
    expect(every.answer('央企重庆行签了多少项目').answer).toBe('50个');
    expect(every.answer('去年投资推广署协助的企业里有多少来自内地').answer).toBe('近300间');
    // The part named between 里面 and 几 (企业里面内地的有几间), and the total's figure found by a span that starts before it (协助560间).
    expect(every.answer('去年来港的企业里面内地的有几间').answer).toBe('近300间');
    expect(every.answer('投资推广署去年协助的企业有多少间').answer).toBe('560间');
    // 里 alone after what was counted, with words between it and 几多 (Cantonese 多少).
    expect(every.answer('投资推广署去年协助的企业里来自内地的有几多间').answer).toBe('近300间');
    // A part named by words the article never uses (设地区总部) is no part it counts: not the total either.
    expect(every.answer('投资推广署去年协助的企业里有多少间在香港设地区总部').answer).toBeNull();
  });
});

describe('a sum asked by a word ending in 额', () => {
  it('should read 签约额 as money, not as a count of what was signed', () => {
    const e = engineOn('博览会', ['本届博览会共有200个项目签约，签约总额500亿元。其中，“民企行”活动现场签约项目40个，签约总额120亿元。']);
    expect(e.answer('“民企行”现场签约额是多少').answer).toBe('120亿元');
  });
});

describe('number answers', () => {
  const engine = engineOn('植物', ['短叶水蜈蚣分布在美洲和亚洲，生长于海拔250米至600米的地区。', '香港地铁使用和伦敦地铁一样的1432毫米轨距，票价为10港元。']);

  it('should answer with a whole range', () => {
    expect(engine.answer('短叶水蜈蚣生长的地区海拔约是多少米？').answer).toBe('250米至600米');
  });

  it('should answer with the unit asked, magnitudes and currencies included', () => {
    expect(engine.answer('香港地铁使用的轨距是多少毫米？').answer).toBe('1432毫米');
    expect(engine.answer('香港地铁的票价是多少钱？').answer).toBe('10港元');
  });
});

describe('ranks, scores and bare numbers', () => {
  const engine = engineOn('体育与人口', ['华硕是2015年销量第四的个人电脑供应商。', '2013年巴西于联合会杯决赛以3比0打败西班牙夺得冠军。', '根据2012年七月的人口普查，多伦多人口达2,790,060，为加拿大最大城市。']);

  it('should answer 第几 with a rank and 几比几 with a score', () => {
    expect(engine.answer('华硕个人电脑销量全球第几？').answer).toBe('第四');
    expect(engine.answer('巴西在联合会杯决赛以多少比数打败西班牙？').answer).toBe('3比0');
  });

  it('should answer 第几 with the whole rank, not the count inside it', () => {
    const ports = engineOn('港口', ['史特拉斯堡港是莱茵河沿线的第二大港口。']);
    expect(ports.answer('史特拉斯堡港是莱茵河沿线的第几大港口？').answer).toBe('第二大');
  });

  it('should keep an approximate count with its measure word and a currency whole', () => {
    const e = engineOn('社团与赔偿', ['现今香港的闽籍社团大约有100多个。', '凡尔赛条约要求德国支付2000亿金马克的赔偿。']);
    expect(e.answer('现今香港的闽籍社团大约有多少个？').answer).toBe('100多个');
    expect(e.answer('凡尔赛条约中德国被要求付多少赔偿？').answer).toBe('2000亿金马克');
  });

  it('should take a bare number for a count asked in people', () => {
    expect(engine.answer('加拿大的最大城市在2012年有多少人？').answer).toBe('2,790,060');
  });
});

describe('shares', () => {
  it('should answer a share asked as a proportion with a fraction or tenths, as written', () => {
    const e = engineOn('人口', ['541年的大瘟疫消灭了帝国三分之一的人口。', '学术水平较低的非华人约占总人口的三成。']);
    expect(e.answer('541年的大瘟疫消灭了帝国多少比例的人口？').answer).toBe('三分之一');
    expect(e.answer('学术水平较低的非华人约占总人口的多少比例？').answer).toBe('三成');
  });
});

describe('the counted noun before the measure word', () => {
  it('should be the noun the question counts when none follows 多少', () => {
    expect(countedNoun('上市公司几家')).toBe('上市公司');
    expect(countedNoun('去年那560家企业有多少来自内地')).toBe('企业');
    expect(countedNoun('运河网谷签约了多少客户')).toBe('客户');
  });
});

describe('a sentence of several statements', () => {
  it('should take the figure of the statement that names what the question asks about', () => {
    const engine = engineOn('洽谈会', [
      '副主任李明说，本届洽谈会共有271个项目签约，签约总额5497.8亿元。其中，开幕式现场集中签约项目132个，签约总额3375.3亿元；“央企行”活动现场签约项目50个，签约总额1864亿元。',
    ]);
    // Ranked first; whether it is said is the confidence gate's to decide.
    expect(engine.explain('央企行那块签了多少钱', 1).candidates[0]?.text).toBe('1864亿元');
    expect(engine.explain('开幕式那批签约总额是多少', 4).candidates.find((c) => c.refused === null)?.text).toBe('3375.3亿元');
  });
});

describe('a question that asks for a total', () => {
  it('should take the figure the article gives as the total, not a part of it', () => {
    const engine = engineOn('洽谈会', [
      '副主任李明说，本届洽谈会共有271个国内外项目签约，签约总额5497.8亿元。其中，开幕式现场集中签约项目132个；“央企重庆行”活动现场签约项目50个。',
    ]);
    expect(engine.explain('重庆那个洽谈会一共签了多少个项目啊', 1).candidates[0]?.text).toBe('271个');
  });
});

describe('a figure of some of what is counted', () => {
  const engine = engineOn('洽谈会', [
    '副主任李明说，本届洽谈会共有271个国内外项目签约。',
    '李明说，贵州省、陕西省、四川省等共计115个项目在本届洽谈会上签约。',
    '本届洽谈会期间，举办了127场投资贸易和文化交流活动，其中包括开幕式、西部开发论坛等21场重大活动。',
  ]);

  it('should not answer for the whole with the total of a list, or with the part after 其中', () => {
    expect(engine.answer('洽谈会签了多少个项目').answer).toBe('271个');
    expect(engine.answer('洽谈会期间搞了多少场活动').answer).toBe('127场');
  });

  it('should answer for the part when the question names it, its items or their kind', () => {
    expect(engine.explain('兄弟省份签了多少个项目', 1).candidates[0]?.text).toBe('115个');
    expect(engine.answer('重大活动有多少场').answer).toBe('21场');
  });
});

describe('money asked as 多少钱', () => {
  it('should not look for 钱 in the evidence: 多少钱 is how money is asked', () => {
    const engine = engineOn('洽谈会', ['本届洽谈会共有271个项目签约，签约总额5497.8亿元，涉及智能制造等领域。']);
    const best = engine.explain('签约总额多少钱啊', 1).candidates[0];
    expect(best?.text).toBe('5497.8亿元');
    expect(best?.covered).toBe(1); // every word of the question is in the evidence
  });
});

describe('a part asked with 其中', () => {
  it('should rank the figure the article gives as a part above the whole', () => {
    const engine = fixtureApp('004_hk-investhk.txt').engine;
    expect(engine.explain('其中内地企业有多少间？', 1).candidates[0]?.text).toBe('近300间');
  });

  it('should read a part asked after a comma, and named with a synonym of the article\'s word (大陆 for 内地)', () => {
    const engine = fixtureApp('004_hk-investhk.txt').engine;
    expect(engine.answer('去年投资推广署帮的企业里面，大陆来的有多少间？').answer).toBe('近300间');
  });
});

describe('a figure of something else than what is counted or measured', () => {
  it('should read a verb and a noun after 个 as the noun counted (就业岗位), not after 人', () => {
    expect(countedNoun('创造了多少个就业岗位')).toBe('就业岗位');
    expect(countedNoun('多少人使用客家语')).toBe('');
  });

  it('should not count jobs with a figure of firms', () => {
    const e = fixtureApp('004_hk-investhk.txt').engine;
    expect(e.answer('投资推广署去年帮企业来港，为香港创造了多少个就业岗位？').answer).toBeNull();
    expect(e.answer('去年协助多少间企业来港').answer).toBe('560间');
  });

  it('should not give a calendar month (去年11月) or a time ago (3年前) for 多少年', () => {
    const e = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(e.answer('台糖湖滨生态园区的地三井要用多少年').answer).toBeNull();
    expect(e.answer('三井跟台糖的合约签了多少年？').answer).toBeNull();
    expect(e.answer('林佳龙多少年前到东京拜会').answer).toBe('3年');
  });

  it('should end a figure at its unit, not at the verb after it (40间来自美国)', () => {
    const e = fixtureApp('004_hk-investhk.txt').engine;
    expect(e.answer('美国企业有多少间').answer).toBe('40间');
    expect(e.answer('去年来港的美国企业有多少间').answer).toBe('40间');
  });

  it('should take the part a sentence opening with 当中 counts when the question asks for a part (企业里有多少来自内地)', () => {
    const e = fixtureApp('004_hk-investhk.txt').engine;
    expect(e.answer('去年协助的企业里有多少来自内地').answer).toContain('300间');
    expect(e.answer('去年投资推广署协助的企业里有多少来自内地').answer).toContain('300间');
  });

  it('should keep the word that makes a figure approximate, unless the question says one itself', () => {
    const e = fixtureApp('004_hk-investhk.txt').engine;
    expect(e.answer('估计首年为香港经济带来多少投资').answer).toBe('逾690亿元');
    expect(e.answer('估计首年为香港经济带来超过多少投资').answer).toBe('690亿元');
  });

  it('should read 跟2024年比升了多少 as asking for the change, with its year as the one compared with', () => {
    const e = fixtureApp('004_hk-investhk.txt').engine;
    expect(e.answer('投资推广署去年协助的企业数跟2024年比升了多少').answer).toBe('逾4%');
  });

  it('should count the people a sentence names when it gives no head count, and not a list that ends in 等', () => {
    const listed = engineOn('论坛在京举行', ['会上，甲公司董事长王大明、乙大学教授李小红、丙医院院长陈志刚分别作了主题演讲。']);
    expect(listed.answer('一共几位嘉宾作了主题演讲').answer).toBe('3位');
    expect(listed.answer('有几个专家作了主题演讲').answer).toBe('3位');
    const some = engineOn('论坛在京举行', ['会上，甲公司董事长王大明、乙大学教授李小红等分别作了主题演讲。']);
    expect(some.answer('一共几位嘉宾作了主题演讲').answer).toBeNull();
  });
});

describe('a figure of one statement among several', () => {
  const e = engineOn('论坛', ['商务委副主任李青说，本届论坛共有200个项目签约，签约总额900亿元，涉及智能制造、新材料等领域。其中，开幕式现场集中签约项目80个，签约总额500亿元；“央企江海行”活动现场签约项目30个，签约总额150亿元。']);

  it('should be the one whose statement names what the question does (开幕式), 金额 counting nothing', () => {
    expect(e.answer('论坛开幕式上集中签约的金额有多少').answer).toBe('500亿元');
    expect(e.answer('央企江海行活动签约金额多少').answer).toBe('150亿元');
  });
});

describe('a total asked of what the report is set in', () => {
  it('should not take the dateline’s place, found in a part’s name, for a word naming the part', () => {
    const e = createEngine([buildArticle({ id: 'd', title: '博览会闭幕', paragraphs: ['新华社江海5月19日电(记者王明)本届博览会期间,举办了86场投资贸易活动,其中包括江海峰会、投资论坛等重大活动12场。'] })], seedApp().engine.intents);
    expect(e.answer('江海博览会期间一共搞了多少场活动').answer).toBe('86场');
  });
});

describe('jobs asked for', () => {
  it('should be counted in jobs or people, never answered with an amount invested', () => {
    const e = engineOn('签约', ['此次共签约项目14个，总投资达86.6亿元。', '园区建成后将提供超过3000个就业岗位。']);
    expect(e.answer('签约的这14个项目能带动多少就业').answer).toBeNull();
    expect(e.answer('园区能提供多少就业岗位').answer).toBe('超过3000个');
  });
});

describe('a year offered for a count', () => {
  it('should not answer how many, unless years are asked', () => {
    expect(seedApp().engine.answer('杭州医药制造业一共有多少家规上企业').answer).toBeNull();
  });
});

describe('the size of a ranking asked with 几百强', () => {
  it('should be answered with the ranking, not a count', () => {
    expect(askedUnit('区域总部是世界几百强企业的')).toBe('强');
    expect(seedApp().engine.answer('运河网谷落地的区域总部是世界几百强企业的').answer).toBe('500强');
  });
});
