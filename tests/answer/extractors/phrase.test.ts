import { describe, expect, it } from 'vitest';
import { cloze, enumerationAround } from '../../../src/answer/extractors/phrase.js';
import { engineOn, everyArticleApp, fixtureApp, seedApp } from '../../helpers.js';

const engine = seedApp().engine;

describe('questions for every item (哪些, 有啥)', () => {
  it('should take the whole enumeration an item stands in, from after the verb that governs it', () => {
    const text = '正在高水平打造时尚之都、数字新城、运河明珠,锚定产业主赛道';
    expect(enumerationAround(text, text.indexOf('数字新城'), text.indexOf('数字新城') + 4)).toEqual({ text: '时尚之都、数字新城、运河明珠', start: text.indexOf('时尚之都') });
    expect(enumerationAround(text, text.indexOf('锚定'), text.indexOf('锚定') + 2)).toBeNull();
    const etc = '许新成说,贵州省、陕西省、四川省等共计115个项目在本届西洽会上签约';
    expect(enumerationAround(etc, etc.indexOf('陕西省'), etc.indexOf('陕西省') + 3)?.text).toBe('贵州省、陕西省、四川省');
    const fields = '涵盖生物化工、农产品加工、旅游开发等多个领域';
    expect(enumerationAround(fields, fields.indexOf('农产品'), fields.indexOf('农产品') + 5, '领域')?.text).toBe('生物化工、农产品加工、旅游开发');
  });

  it('should answer a 哪些 question with all the items', () => {
    expect(engine.answer('运河网谷重点聚焦哪些产业？').answer).toBe('生命健康、数字经济产业');
    expect(engine.answer('拱墅产业数字化有啥优势').answer).toBe('发展基础好、机遇多、创新氛围浓');
  });

  it('should give a list the sentence introduces as what is asked, though its words stand in the sentence before', () => {
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('松原这次签约的招商项目涵盖哪些领域').answer).toBe('生物化工、农产品加工、机械制造、建材生产、清洁能源、旅游开发');
    const hk = fixtureApp('004_hk-investhk.txt').engine;
    expect(hk.answer('刘凯旋说有意进驻北都的企业包括哪些行业？').answer).toBe('教育、国际学校、外地大学、现代物流、现代仓储、旅游业');
    // A list of trades is no list of the companies asked.
    expect(hk.answer('想进驻北都的那30间企业具体是哪几家公司？').answer).toBeNull();
  });

  it('should give a list whose items are each of the kind asked, in the words of the quote its sentence goes on from', () => {
    const chongqing = fixtureApp('001_chongqing-xiqiahui.txt').engine;
    expect(chongqing.answer('有哪些兄弟省份在会上签约了？').answer).toBe('贵州省、陕西省、山东省、山西省、四川省');
    // The kind asked before 有哪些.
    expect(everyArticleApp().engine.answer('在西洽会上签约的兄弟省份有哪些？').answer).toBe('贵州省、陕西省、山东省、山西省、四川省');
  });

  it('should read 行业 after 哪些 as the kind asked, which the article states by naming the trades', () => {
    const hk = fixtureApp('004_hk-investhk.txt').engine;
    expect(hk.answer('想进北都的企业包括哪些行业').answer).toBe('教育、国际学校、外地大学、现代物流、现代仓储、旅游业');
  });

  it('should start the first item after the verb that governs the list, not after the item\'s own verb (智能制造)', () => {
    const chongqing = fixtureApp('001_chongqing-xiqiahui.txt').engine;
    expect(chongqing.answer('西洽会签约项目涉及哪些领域').answer).toBe('智能制造、生物制药、新材料、新能源汽车、高端装备、现代物流、生态保护');
  });

  it('should read 附近有什么 as asking for every item there, never with the frame (以…为核心) around the place', () => {
    const taichung = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(taichung.answer('台中车站附近有什么').answer).toBe('建国市场、旧台中车站(铁道文化园区)、20号仓库、大鲁阁新时代广场、秀泰影城');
  });

  it('should read 涉及什么 as asking for every item the article lists', () => {
    const hk = fixtureApp('004_hk-investhk.txt').engine;
    expect(hk.answer('想进驻北都的企业涉及什么行业').answer).toBe('教育、国际学校、外地大学、现代物流、现代仓储、旅游业');
  });

  it('should give, of a list that mixes kinds, only the items of the kind asked', () => {
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('松原签约会上受邀来的商会有哪些').answer).toBe('松原广东商会、北京吉林企业商会');
  });
});

describe('what stands around a place, asked as places', () => {
  it('should list every place the sentence names near it for 附近有什么地方', () => {
    const e = engineOn('车站', ['王市长强调，以新车站为核心，邻近有中山市场、旧车站、8号仓库、时代广场，加上新商场，将形成商圈。']);
    expect(e.answer('新车站附近有什么地方').answer).toBe('中山市场、旧车站、8号仓库、时代广场');
  });
});

describe('a noun asked in several words', () => {
  it('should read 以X为主题 for the 主题口号 asked', () => {
    const engine = seedApp().engine;
    expect(engine.explain('这次座谈活动的主题口号是啥', 1).candidates[0]?.text).toBe('创新发展,聚力共赢');
  });

  it('should answer with X of 以X为主题 over the words that stand next to the question’s other words', () => {
    // 「…主题座谈活动在杭州市拱墅区招商蛇口运河网谷召开」: what follows 座谈活动 is where it met, not its slogan.
    expect(seedApp().engine.answer('座谈活动的主题口号是什么').answer).toBe('创新发展,聚力共赢');
    expect(seedApp().engine.answer('这次座谈活动的主题口号是什么呀').answer).toBe('创新发展,聚力共赢');
  });
});

describe('the name of a thing asked by its kind', () => {
  const e = engineOn('投资推广', ['署长刘凯旋今日出席港台节目《星期六问责》时表示，去年协助560间企业在港开设业务。', '未来三井将在台糖湖滨生态园区打造占地4.36公顷的购物商场LaLaport。']);

  it('should answer 哪个节目 and 叫什么 with the name the kind introduces, not the kind', () => {
    expect(e.answer('刘凯旋是在哪个节目上说的？').answer).toBe('《星期六问责》');
    expect(e.answer('三井要在台糖园区盖的商场叫什么？').answer).toBe('LaLaport');
    expect(e.answer('刘凯旋是在什么电台节目上说的？').answer).toBe('《星期六问责》');
  });

  it('should take a name set off by a dash up to its kind, asked for its full name', () => {
    expect(engine.answer('运河网谷所在的那个省级特色小镇全名叫什么').answer).toBe('杭州拱墅智慧网谷数字经济小镇');
  });

  it('should take a quoted name a few words before its kind, or a word for it', () => {
    expect(engine.answer('这次活动叫什么名字').answer).toBe('生物医药产业高质量发展');
    expect(engine.answer('座谈会叫什么名字').answer).toBe('生物医药产业高质量发展');
  });
});

describe('how something stands (是什么情况, 咋样)', () => {
  it('should answer with what the article says of it, not a word beside it', () => {
    expect(engine.answer('包晓东在推介的时候提到拱墅区2022年GDP是什么情况？').answer).toBe('首次突破2000亿元');
    expect(engine.answer('拱墅区2022年GDP咋样了').answer).toBe('首次突破2000亿元');
  });
});

describe('a cloze said the article’s way', () => {
  it('should match the words around the gap by their synonyms (处于什么阶段 → 正进入加速爆发期)', () => {
    expect(seedApp().engine.answer('杭州生物医药产业现在处于什么阶段？').answer).toBe('加速爆发期');
  });

  it('should not let the gap run over ；into the next statement', () => {
    // 公司 said as 企业 finds 「…全国卫生产业企业」 after a ；: the gap from 姜秀超 would run over it.
    expect(seedApp().engine.answer('姜秀朝哪家公司的').answer).toBe('招商蛇口产业园区杭州公司');
  });
});

describe('the noun a question word modifies', () => {
  const engine = engineOn('投资说明会', ['此次活动是查干湖第十六届冰雪渔猎文化旅游节系列活动之一，由市委、市政府主办。']);

  it('should fill the gap though the article does not use the noun (哪个单位主办 of 由市委、市政府主办)', () => {
    expect(engine.answer('活动由哪个单位主办的').answer).toBe('市委、市政府');
    expect(engine.answer('这个活动是哪个节庆的系列活动之一？').answer).toBe('查干湖第十六届冰雪渔猎文化旅游节');
  });

  it('should read 以什么身份 as what the person did it as, not their post', () => {
    const e = engineOn('三井', ['交通部长林佳龙受邀出席签约仪式，并在脸书贴文表示，以「媒人」身分见证签约。']);
    expect(e.answer('林佳龙是以什么身份见证签约的').answer).toBe('媒人');
  });
});

describe('what a thing was called before', () => {
  it('should read 以前叫啥名字 and 原名叫什么 as 「…的前身为…」', () => {
    const e = fixtureApp('001_chongqing-xiqiahui.txt').engine;
    expect(e.answer('西洽会以前叫啥名字').answer).toContain('全球采购会');
    expect(e.answer('西洽会原名叫什么').answer).toContain('全球采购会');
  });
});

describe('以什么为Y', () => {
  it('should answer with X alone, not X为Y', () => {
    const e = engineOn('三井', ['未来三井将在台糖湖滨生态园区打造以亲子为主题、占地4.36公顷的购物商场LaLaport。']);
    expect(e.answer('LaLaport以什么为主题').answer).toBe('亲子');
  });
});

describe('the full name of a short one', () => {
  const e = engineOn('第二届西洽会闭幕', ['第二届“西洽会”19日在重庆闭幕。', '“西洽会”的前身为全球采购会，2018年起升级为“中国西部国际投资贸易洽谈会”。']);

  it('should answer 全称 with the quoted name that holds the short one’s characters in order and ends as it does', () => {
    expect(e.answer('西洽会的全称是什么？').answer).toBe('中国西部国际投资贸易洽谈会');
  });

  it('should not answer for a short name the article never writes out', () => {
    expect(e.answer('渝洽会的全称是什么？').answer).toBeNull();
  });
});

describe('a reader’s 「一个什么样的」', () => {
  it('should read 「处在一个什么样的阶段」 as 「处在什么阶段」, and keep a final 什么样的 as it is', () => {
    expect(cloze('松原眼下处在一个什么样的阶段')).toMatchObject({ left: '松原眼下处在', right: '阶段' });
    expect(cloze('用药方式是什么样的')).toMatchObject({ left: '用药方式是', right: '的' });
    const e = engineOn('投资说明会', ['李岩在致辞中说，当前，松原正处在转型发展、振兴发展的关键阶段。']);
    expect(e.answer('李岩说松原眼下处在一个什么样的阶段？').answer).toBe('转型发展、振兴发展的关键阶段');
  });
});

describe('a reader’s closing particle', () => {
  it('should leave 啊, 呢, 呀 out of the cloze’s right side', () => {
    expect(cloze('松原眼下处在什么阶段啊')).toMatchObject({ left: '松原眼下处在', right: '阶段' });
    expect(cloze('座谈会的主题是什么呢')).toMatchObject({ right: '' });
  });
});

describe('a reader’s 到底 and 究竟', () => {
  it('should not weigh them as words the article must hold', () => {
    const e = everyArticleApp().engine;
    expect(e.answer('西洽会签约总额到底是多少？').answer).toBe('5497.8亿元');
    // 这回 is 这次; 那边 points at what the question names.
    expect(seedApp().engine.answer('这回座谈的主题口号是啥').answer).toBe('创新发展,聚力共赢');
    expect(seedApp().engine.answer('运河网谷那边招进来几家上市公司啊').answer).toBe('4家');
  });
});

describe('a sentence that goes on from the one before (涵盖…)', () => {
  it('should hold the words of the sentence before as evidence', () => {
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('松原签这14个招商项目，图的是什么？有什么作用？').answer).toContain('注入强劲动力');
  });
});

describe('a list the sentence says its subject includes', () => {
  it('should be the answer to 哪些 asked of that subject, and not to a part of it', () => {
    const hk = fixtureApp('004_hk-investhk.txt').engine;
    expect(hk.answer('想进驻北都的都是哪些行业').answer).toBe('教育、国际学校、外地大学、现代物流、现代仓储、旅游业');
    expect(hk.answer('想进驻北都的企业有哪些来自中东').answer).toBeNull();
  });
});

describe('what was discussed, asked colloquially', () => {
  it('should read 聊 as 探讨 and 聊了些什么 as 聊了什么', () => {
    expect(engine.answer('这个座谈会大家都聊了些什么').answer).toBe('长三角生物医药产业的现状和发展趋势');
    expect(engine.answer('会上嘉宾们主要聊了些啥').answer).toBe('长三角生物医药产业的现状和发展趋势');
  });
});

describe('a frame the question word modifies', () => {
  it('should answer 什么主题 with what 以…为主题 holds', () => {
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('台中三井新商场主打什么主题').answer).toBe('亲子');
  });
});

describe('a name given in praise, asked in a reader’s words', () => {
  it('should read 被人叫做 as the 被誉为 the article says', () => {
    expect(seedApp().engine.answer('拱墅区被人叫做什么').answer).toContain('杭州之心');
  });
});

describe('every item asked with 有些什么', () => {
  it('should list the items, in Mandarin as in Cantonese', () => {
    expect(seedApp().engine.answer('拱墅正在高水平打造有些什么').answer).toBe('时尚之都、数字新城、运河明珠');
    expect(everyArticleApp().engine.answer('想進駐北都嘅企業有啲咩行業').answer).toContain('國際學校');
  });
});

describe('a list whose every item is of the kind asked', () => {
  it('should give the provinces for 兄弟省份都是哪些, not a piece of another sentence about them', () => {
    expect(everyArticleApp().engine.answer('本届西洽会上签约的兄弟省份都是哪些').answer).toBe('贵州省、陕西省、山东省、山西省、四川省');
  });
});

describe('how something goes, asked with a complement', () => {
  it('should read 发展得咋样 as 发展咋样: the article says how right after the verb', () => {
    const e = engineOn('产业', ['2023年，江海医药产业龙头企业发展强劲，展现出强大的动能。']);
    expect(e.answer('江海医药龙头企业发展得咋样').answer).toBe('强劲');
  });
});

describe('a cloze whose left side is found only as one character, clauses away', () => {
  it('should fill the gap with the clause the right side stands in, not the whole quotation', () => {
    const e = engineOn('园区', ['王副县长在会上说，“新园区已经通过验收，一座智造新城正在悄然成形。”']);
    expect(e.answer('王副县长说什么正在悄然成形').answer).toBe('一座智造新城');
  });
});

describe('a gap whose clause names the doer with 由', () => {
  const e = engineOn('签约', ['12月5日，某县招商签约仪式在县宾馆举行。签约仪式是某某节系列活动之一，由县委、县政府主办。']);

  it('should answer 是哪家主办的 with the doer after 由, not the whole gap', () => {
    expect(e.answer('签约仪式是哪家主办的').answer).toBe('县委、县政府');
  });

  it('should confirm the doer claimed when it is the one 由 names, and deny another', () => {
    expect(e.answer('签约仪式是县委县政府主办的吗').answer).toBe('对');
    expect(e.answer('签约仪式是县人大主办的吗').answer).toBe('不对，文章说是县委、县政府');
    expect(e.answer('签约仪式是县政协主办的吗').answer).toBe('不对，文章说是县委、县政府');
  });
});

describe('the kind asked before 有哪几个 and the deed after it', () => {
  it('should list the items of that kind (兄弟省份 → 甲省、乙省…)', () => {
    const e = engineOn('博览会', ['“兄弟省份也积极参与本届博览会，开展了多场推介活动。”主任说，甲省、乙省、丙省等共计30个项目在本届博览会上签约，投资总额达50亿元。']);
    expect(e.answer('博览会上兄弟省份有哪几个来签约').answer).toBe('甲省、乙省、丙省');
  });
});

describe('a frame said another way (拿X做Y for 以X作为Y)', () => {
  const e = engineOn('航运', ['报告指出，随着船队扩大，多数船东一般以宁波作为母港，并在当地设立结算中心。']);

  it('should find what fills the frame however the reader opens and links it', () => {
    expect(e.answer('多数船东一般拿什么做母港').answer).toBe('宁波');
  });

  it('should deny a claim that puts another value in the frame, and confirm the article\'s', () => {
    expect(e.answer('多数船东一般拿上海做母港，是吗').answer).toBe('不对，文章说是宁波');
    expect(e.answer('多数船东一般把宁波当母港吧').answer).toBe('对');
  });
});

describe('lists whose kind is named after them or by the kinds of area they hold', () => {
  const e = engineOn('博览会', [
    '新华社、《光明日报》、《经济日报》等10多家中央和地方媒体记者现场报道了博览会。',
    '“兄弟省区市也积极参与了本届博览会。”主任说，江苏省、浙江省、安徽省等共计40个项目在本届博览会上签约。',
  ]);

  it('should give the items the noun asked names after the 等 that closes them', () => {
    expect(e.answer('现场报道博览会的媒体有哪些').answer).toBe('新华社、《光明日报》、《经济日报》');
  });

  it('should give the areas a noun of several area kinds asks for (省区市)', () => {
    expect(e.answer('在博览会上签约的兄弟省区市有哪些').answer).toBe('江苏省、浙江省、安徽省');
  });
});
