import { describe, expect, it } from 'vitest';
import { agrees, claimOf } from '../../../src/answer/extractors/yesno.js';
import { engineOn, everyArticleApp, fixtureApp, seedApp } from '../../helpers.js';

const engine = seedApp().engine;

describe('yes/no claims', () => {
  it('should confirm a claim a clause holds whole, with the sentence', () => {
    const a = engine.answer('运河网谷签约了147家客户吗？');
    expect(a).toMatchObject({ intent: 'yesno', answer: '对' });
    expect(a.evidence).toContain('签约客户147家');
  });

  it('should say 不对 with the article figure when the claimed one is wrong', () => {
    expect(engine.answer('运河网谷签约客户150家，对吗？').answer).toBe('不对，文章说是147家');
    expect(engine.answer('运河网谷有5家上市企业吗').answer).toBe('不对，文章说是4家');
  });

  it('should check a claimed post whole against the posts the article gives the person', () => {
    expect(engine.answer('包晓东是拱墅区副区长吗？').answer).toBe('对');
    expect(engine.answer('包晓东是拱墅区区长吗？').answer).toBe('不对，文章说包晓东是拱墅区副区长');
    expect(engine.answer('张俊峰是协会会长吗').answer).toMatch(/^不对/u);
  });

  it('should not read a claim about something else than an organisation as one (是男的吗)', () => {
    const e = engineOn('投资推广署', ['投资推广署署长刘凯旋今日出席港台节目时表示，去年协助560间企业在港开设业务。']);
    expect(e.answer('刘凯旋是男的吗').answer).toBeNull();
    expect(e.answer('刘凯旋是投资推广署的吗').answer).toBe('对');
  });

  it('should deny a claimed organisation that is someone else\'s, or a university by its short form', () => {
    expect(engine.answer('张驰挺是招商蛇口的吗').answer).toBe('不对，文章说张驰挺是杭州大运河数智未来城管委会副主任');
    expect(engine.answer('姜秀超是招商蛇口的吗').answer).toBe('对');
    expect(engine.answer('鞠振宇是浙大的吗').answer).toBe('不对，文章说鞠振宇是暨南大学衰老与再生医学研究院院长');
  });

  it('should not deny a post the article never gives anyone near the person, and say what it does give', () => {
    const open = engine.answer('张俊峰是教授吗');
    expect(open.answer).toBeNull();
    expect(open.note).toContain('文章没有说张俊峰是教授');
    expect(engine.answer('姜秀超是总经理吗').answer).toMatch(/^不对，文章说姜秀超是.*副总经理$/u);
  });

  it('should read an organisation abbreviated in the claim', () => {
    expect(engine.answer('张莹尹是卫健委的吗').answer).toBe('对');
    expect(engine.answer('鞠振宇是浙江大学的吗').answer).toMatch(/^不对/u);
  });

  it('should say 不对 when the article gives another date, place or person than the claim', () => {
    expect(engine.answer('运河网谷2021年开园的吗').answer).toMatch(/^不对.*2022年6月/u);
    expect(engine.answer('会议是在上海开的对吗').answer).toMatch(/^不对/u);
    expect(engine.answer('记者是张驰挺吗').answer).toBe('不对，文章说是郭扬');
  });

  it('should not settle a claim the article says nothing about', () => {
    expect(engine.answer('运河网谷有食堂吗？').answer).toBeNull();
  });

  it('should hold each claimed figure to the clause with its unit, not to a name that has the number (世界500强)', () => {
    const e = engineOn('第二届西洽会闭幕', ['第二届西洽会19日在重庆闭幕。', '此次西洽会共有95个国家(地区),30个省区市,2个特别行政区参展参会，其中世界500强企业300家。']);
    expect(e.answer('西洽会有500家世界500强企业参展参会，对吗？').answer).toBe('不对，文章说是300家');
    expect(e.answer('西洽会有300家世界500强企业参展参会，对吗？').answer).toBe('对');
    // 第二届 is no count of 2个特别行政区, and 个省区 no area: a claim about a firm the article never names is not settled.
    expect(e.answer('日本三井也在第二届西洽会上签约了吗？').answer).toBeNull();
    expect(e.answer('这是第三届西洽会对吧？').answer).toMatch(/^不对/u);
  });

  it('should not read a deed done somewhere (在会上宣布了…) as a claim about a place', () => {
    expect(engine.answer('张莹尹在会上宣布了新的扶持资金吗').answer).toBeNull();
    expect(engine.answer('座谈会是在上海开的吗').answer).toMatch(/^不对，文章说是杭州/u);
  });

  it('should read a statement asked with a question mark as a claim, but not a bare noun phrase', () => {
    expect(engine.answer('包晓东是拱墅区区长？').answer).toBe('不对，文章说包晓东是拱墅区副区长');
    expect(engine.answer('拱墅GDP突破3000亿了？').answer).toBe('不对，文章说是2000亿元');
    expect(engine.answer('座谈会主题？').intent).not.toBe('yesno');
    expect(engine.answer('运河网谷最好的成绩是几胜?').intent).not.toBe('yesno'); // any question word makes it an open question
  });

  it('should not deny a claim that names a part of the organisation the article gives', () => {
    expect(engine.answer('郭扬是人民网浙江分社的记者吗').answer).toBeNull();
    expect(engine.answer('郭扬是新华社的记者吗').answer).toMatch(/^不对/u);
  });

  it('should read 「X是Y之一」 as what 「X已成为Y中的重要一环」 says', () => {
    expect(engine.answer('生物医药是杭州五大产业链之一吗').answer).toBe('对');
  });

  it('should read 「X是A V的」 as who did it, not as what X is', () => {
    expect(engine.answer('这篇是新华社发的？').answer).toBe('不对，文章说是人民网');
    expect(engine.answer('这篇是人民网发的？').answer).toBe('对');
    const two = engineOn('台中市长林佳龙见证三井签约', ['台中市长林佳龙今天以「媒人」身分见证台糖与日商三井不动产签约仪式。', '林佳龙表示,3年前到东京拜会,促成三井Outlet Park成功落脚台中港。']);
    expect(two.answer('签约是三井跟台糖签的，对吧？').answer ?? '').not.toMatch(/^不对/u); // 签约 is not claimed to be something (仪式)
  });

  it('should deny a cleft (「…是X主办的」) only with another doer, never with a phrase', () => {
    expect(engine.answer('这次座谈是浙江省卫健委主办的，对吗？').answer).toBeNull(); // not 「文章说是主题座谈」
  });

  it('should ask for the figure without the claim\'s bound, and with it when that finds nothing', () => {
    const hk = fixtureApp('004_hk-investhk.txt').engine;
    expect(hk.answer('企业数量比2024年升了超过10%，是不是？').answer).toMatch(/^不对，文章说是(?:逾)?4%$/u);
    expect(engine.answer('拱墅区2022年GDP头一回超过两千亿，是不是？').answer).toBe('对');
  });

  it('should read a claim that abbreviates a name (高新区 of 高新技术产业园区, not a person 高新区)', () => {
    expect(engine.answer('数智未来城已经进了省级高新区创建名单，是吧').answer).toBe('对');
  });

  it('should check the date a claim gives after 是, not the figure it is claimed of', () => {
    expect(engine.answer('杭州医药制造业产值1150亿元是2021年的吗').answer).toBe('不对，文章说是2022年');
    expect(engine.answer('杭州医药制造业产值1150亿元是2022年的吗').answer).toBe('对');
  });

  it('should deny 「X是Y」 only when the article is sure what X is', () => {
    expect(engine.answer('运河网谷主导产业是生物医药吗').answer).toBe('不对，文章说是数字科技');
    expect(engine.answer('座谈会是人民网主办的吗').answer).toBeNull(); // the article names no organiser
  });

  it('should answer in the script of the question', () => {
    expect(engine.answer('張馳挺是管委會副主任嗎？').answer).toBe('對');
  });

  it('should not take an open question that ends in 吗 for a claim', () => {
    expect(engine.answer('你知道谁是拱墅区副区长吗？').intent).toBe('who');
  });

  it('should work on any article, not only the seed', () => {
    const e = engineOn('签约仪式', ['镇江市举行投资推介会，现场签约项目15个，总投资120亿元。']);
    expect(e.answer('推介会签约了15个项目吗？').answer).toBe('对');
    expect(e.answer('推介会签约了20个项目吗？').answer).toBe('不对，文章说是15个');
  });
});

describe('claims checked more closely', () => {
  it('should read 「…，是不是」 at the end and 算不算 inside as asking for a claim', () => {
    expect(engine.answer('拱墅区2022年GDP首次突破2000亿，是不是？')).toMatchObject({ intent: 'yesno', answer: '对' });
    expect(engine.answer('生物医药算不算杭州五大产业链之一？')).toMatchObject({ intent: 'yesno', answer: '对' });
  });

  it('should not read a choice, a sentence cut off where its answer stands, or 那里 for 哪里 as a claim', () => {
    expect(engine.answer('运河网谷的主导产业是数字科技还是生物医药？').intent).not.toBe('yesno');
    expect(engine.answer('运河网谷引进众多龙头企业，目的是为了？').intent).not.toBe('yesno');
    expect(engine.answer('座谈会是在那里召开的？').intent).not.toBe('yesno');
    expect(engine.answer('这篇是新华社发的？').intent).toBe('yesno');
  });

  it('should compare figures as amounts, within the bound the claim sets', () => {
    expect(engine.answer('拱墅区2022年GDP头一回超过两千亿，是不是？').answer).toBe('对');
    expect(engine.answer('运河网谷签约客户一百多家，对吗？').answer).toBe('对');
    expect(engine.answer('运河网谷签约客户两百多家，对吗？').answer).toBe('不对，文章说是147家');
  });

  it('should not confirm a claim whose 是 says what the figure\'s clause does not', () => {
    expect(engine.answer('运河网谷那4家上市企业都是做生物医药的吗').answer).toBeNull();
  });

  it('should deny a claim whose word the clause says otherwise (去年 for 3年前, 国家级 for 省级)', () => {
    const e = engineOn('拜会', ['林佳龙表示，3年前到东京拜会，促成三井成功落脚台中港。', '数智未来城成功列入省级高新技术产业园区创建名单。']);
    expect(e.answer('林佳龙是去年到东京拜会的吗？').answer).toBe('不对，文章说是3年前');
    expect(e.answer('林佳龙是3年前到东京拜会的吗？').answer).toBe('对');
    expect(e.answer('数智未来城列入国家级高新技术产业园区创建名单了吗？').answer).toBe('不对，文章说是省级');
  });

  it('should deny that someone still holds a post when the article gives them another now', () => {
    const e = engineOn('三井', ['日商三井加码投资台中，交通部长林佳龙受邀出席三井与台糖签约仪式。']);
    expect(e.answer('林佳龙现在还是台中市长吗？').answer).toBe('不对，文章说林佳龙是交通部长');
    expect(e.answer('林佳龙是交通部长吗？').answer).toBe('对');
    // …and the post held at the event reported: 「以X身份出席」.
    expect(e.answer('林佳龙是以台中市长身份出席签约的吗？').answer).toBe('不对，文章说林佳龙是交通部长');
    // 身分, as Taiwan writes it, is 身份.
    expect(e.answer('林佳龍是以台中市長的身分出席簽約的嗎？').answer).toBe('不對，文章說林佳龍是交通部長');
    expect(e.answer('林佳龙是以交通部长的身分出席的吗').answer).toBe('对');
  });

  it('should deny a post the article gives someone else, unless it is claimed as held as well', () => {
    const e = engineOn('签约仪式', ['副市长李继东主持活动。市委常委、常务副市长李岩，市政协副主席车亦雪出席活动。']);
    expect(e.answer('车亦雪是副市长吧？').answer).toBe('不对，文章说车亦雪是市政协副主席');
    expect(e.answer('车亦雪也是副市长吗？').answer).toBeNull();
    // A post nobody in the article holds may still be theirs.
    expect(e.answer('车亦雪是教授吗？').answer).toBeNull();
  });

  it('should deny a figure claimed for a place when the article gives it to another area', () => {
    expect(engine.answer('1150亿是拱墅区的医药制造业产值吗').answer).toBe('不对，文章说是杭州市的');
    expect(engine.answer('1150亿是杭州市的医药制造业产值吗').answer).toBe('对');
  });

  it('should not confirm a figure of the whole 区 for the city it lies in', () => {
    expect(engine.answer('杭州GDP突破2000亿了吗').answer).toBeNull();
    expect(engine.answer('拱墅区GDP突破2000亿了吗').answer).toBe('对');
  });

  it('should give each doer of 「A、B分别对X、Y作推介」 their own item', () => {
    expect(engine.answer('拱墅区营商环境是姜秀超介绍的吧？').answer).toBe('不对，文章说是张驰挺');
    expect(engine.answer('拱墅区营商环境是张驰挺推介的吧？').answer).toBe('对');
  });
});

describe('agrees', () => {
  it('should compare figures as amounts: 两千亿 is 2000亿元, 四成多 is 42.4%', () => {
    expect(agrees('两千亿', '2000亿元')).toBe(true);
    expect(agrees('四成多', '42.4%')).toBe(true);
    expect(agrees('五成多', '42.4%')).toBe(false);
    expect(agrees('超过1000亿', '2000亿元')).toBe(true);
    expect(agrees('近150家', '147家')).toBe(true);
    expect(agrees('近200家', '147家')).toBe(false);
  });

  it('should compare figures by their digits and names by their words', () => {
    expect(agrees('2000亿', '2000亿元')).toBe(true);
    expect(agrees('174家', '147家')).toBe(false);
    expect(agrees('杭州拱墅区', '杭州市拱墅区招商蛇口运河网谷')).toBe(true);
    expect(agrees('生物医药', '数字科技')).toBe(false);
    // One pair of a three-character name's two is another body: 市政协 is not 市政府.
    expect(agrees('市政协', '市委、市政府')).toBe(false);
    expect(agrees('市政府', '市委、市政府')).toBe(true);
  });
});

describe('claims about what something is', () => {
  it('should say 不对 only when no sentence comes close to the claim, else leave it unsettled', () => {
    expect(engine.answer('运河网谷主导产业是生物医药吗').answer).toBe('不对，文章说是数字科技');
    expect(engine.answer('生物医药是杭州五大产业链之一吗').answer ?? '').not.toMatch(/^不对/u);
  });

  it('should check where something lies by asking where it is', () => {
    expect(engine.answer('运河网谷在智慧网谷数字经济小镇里面吗').answer).toBe('对');
  });
});

describe('claims asked with 是不是 inside, and figures in tenths', () => {
  const e = fixtureApp('004_hk-investhk.txt').engine;

  it('should check a claim with 是不是 in it as one without', () => {
    expect(e.answer('投资额是不是创了历史新高').answer).toBe('对');
  });

  it('should read a claim that ends 「，是不是？」 without its question mark', () => {
    expect(e.answer('带来的投资额创了历史新高，是不是？').answer).toBe('对');
    expect(claimOf({ question: '这次带来的投资额创了历史新高，是不是？', match: null })).toBe('这次带来的投资额创了历史新高');
  });

  it('should read 一成 as 10 % and 不到 as below', () => {
    expect(e.answer('企业数目比2024年升了超过一成，是吧？').answer).toBe('不对，文章说是逾4%');
    expect(e.answer('企业数目比2024年升了不到一成，是吧？').answer).toBe('对');
  });
});

describe('a claimed place', () => {
  it('should be denied with the article’s place only when the engine is sure of it', () => {
    expect(fixtureApp('001_chongqing-xiqiahui.txt').engine.answer('西洽会在成都开的吗').answer).toBeNull(); // not 「不对，文章说是亚洲」
    expect(engine.answer('座谈会在上海开的吗').answer).toBe('不对，文章说是杭州市拱墅区招商蛇口运河网谷');
    // 这次 points at the article's own event; it is no word the article must hold.
    expect(engine.answer('這次座談會是在上海開的嗎？').answer).toBe('不對，文章說是杭州市拱墅區招商蛇口運河網谷');
  });

  it('should keep a name of Latin words whole', () => {
    const e = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(e.answer('三井Outlet Park是落腳在台中東區，對嗎？').answer).toBe('不對，文章說是臺中港');
  });
});

describe('a claim of when, said from the reader’s day', () => {
  it('should not deny 「是上个月签的约」 with what the subject is', () => {
    const e = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(e.answer('三井和台糖是上个月签的约吗？').answer).toBeNull();
  });
});

describe('a claim about what a sentence going on from the one before covers', () => {
  it('should confirm an item of 「涵盖…」 for the subject of the sentence before, and not a part for its whole', () => {
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('松原签的项目里有旅游开发的吗？').answer).toBe('对');
    expect(songyuan.answer('松原签约的项目里有房地产开发吗').answer).toBeNull();
    // 「当中近300间来自内地，40间来自美国」 is a part: its figures are not the whole's.
    expect(fixtureApp('004_hk-investhk.txt').engine.answer('投资推广署去年协助的企业里有300间来自美国，对吗').answer).toBe('不对，文章说是40间');
  });
});

describe('a claimed figure, day or frame checked against what the clause gives that very thing', () => {
  it('should deny a count the clause gives another noun, with the count it gives the claimed one', () => {
    expect(engine.answer('运河网谷落地的上市企业有7家，是不是').answer).toBe('不对，文章说是4家');
    expect(engine.answer('运河网谷培育了7家专精特新及国家高新技术企业吗').answer).toBe('对');
  });

  it('should read a claimed day field by field, not as the amount of its month', () => {
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('松原投资说明会暨招商签约仪式是12月28号办的对吗').answer).toBe('不对，文章说是12月27日');
    expect(songyuan.answer('松原签约仪式是12月27号办的吗').answer).toBe('对');
    expect(agrees('12月28号', '12月27日')).toBe(false);
    expect(agrees('6月', '2022年6月')).toBe(true);
  });

  it('should deny a claimed organisation that is not the person’s, post or no post, unless claimed as held as well', () => {
    expect(engine.answer('鞠振宇是浙大的教授吗').answer).toBe('不对，文章说鞠振宇是暨南大学衰老与再生医学研究院院长');
    expect(engine.answer('张驰挺也是拱墅区副区长吗').answer).toBeNull();
  });

  it('should ask what a frame (以…为主题) holds, and read a demonstrative after 的 as pointing at nothing more', () => {
    const taichung = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(taichung.answer('三井台中LaLaport是以运动为主题的商场吗').answer).toBe('不对，文章说是亲子');
    expect(taichung.answer('三井台中LaLaport是以亲子为主题的商场吗').answer).toBe('对');
    expect(engine.answer('运河网谷所在的那个小镇是国家级特色小镇吧').answer).toMatch(/^不对/u);
  });
});

describe('the head of a level claimed of someone who holds another post at that level', () => {
  it('should deny it with the posts the article gives them, and leave a post at no level of theirs open', () => {
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('李相国是松原市长吗').answer).toBe('不对，文章说李相国是市委书记、市人大常委会主任');
    expect(songyuan.answer('李岩是副市长吗').answer).toBe('对');
    expect(engine.answer('张驰挺是区长吗').answer).toBeNull();
  });
});

describe('claims hedged, passed on, framed or dated back from the report', () => {
  it('should deny a claimed partner with the one the article gives', () => {
    const taichung = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(taichung.answer('三井这次是跟台中市政府签约的，对吗？').answer).toBe('不对，文章说是台糖');
    expect(taichung.answer('三井是跟台糖签约的吗').answer).toBe('对');
  });

  it('should read who is said to have said it (那个副区长讲…) as no part of the claim', () => {
    expect(engine.answer('听说那个副区长讲拱墅2022年GDP首次破了2000亿，对吗？').answer).toBe('对');
    expect(engine.answer('副区长说拱墅GDP突破了3000亿对吗').answer).toBe('不对，文章说是2000亿元');
  });

  it('should read a hedge (应该是) and hearsay (有人说, 听说) as no part of the claim', () => {
    expect(engine.answer('姜秀超应该是招商蛇口杭州公司的总经理吧？').answer).toBe('不对，文章说姜秀超是招商蛇口产业园区杭州公司副总经理');
    expect(engine.answer('听说运河网谷签了150家客户,是真的吗').answer).toBe('不对，文章说是147家');
    expect(engine.answer('有人说去年杭州医药制造业总产值有1500亿,这个说法跟文章对得上吗').answer).toBe('不对，文章说是1150亿元');
    expect(engine.answer('运河网谷签约客户147家,这个说法准确吗').answer).toBe('对');
  });

  it('should deny a frame’s value with the article’s own value in the same frame, however unsure the answer', () => {
    const taichung = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(taichung.answer('三井台中东区的LaLaport是以运动为主题的吗').answer).toBe('不对，文章说是亲子');
    expect(taichung.answer('三井台中东区的LaLaport是以亲子为主题的吗').answer).toBe('对');
  });

  it('should check a time counted back (5年前) against the one the article gives', () => {
    const taichung = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(taichung.answer('林佳龙是5年前去东京拜会促成三井Outlet Park落脚台中的吗').answer).toBe('不对，文章说是3年前');
    expect(taichung.answer('林佳龙是3年前去东京拜会促成三井Outlet Park落脚台中的吗').answer).toBe('对');
  });
});

describe('a share claimed as half', () => {
  it('should read 一半 as 50%, and deny it only with a share said of the claimed thing', () => {
    const chongqing = fixtureApp('001_chongqing-xiqiahui.txt').engine;
    expect(chongqing.answer('外省在西洽会上签的项目占了一半以上，对吗').answer).toBe('不对，文章说是42.4%');
    expect(chongqing.answer('外省在西洽会上签的项目占了不到一半，对吗').answer).toBe('对');
    expect(fixtureApp('004_hk-investhk.txt').engine.answer('投资推广署去年协助来港的企业有一半以上是内地企业，对吗').answer).toBeNull();
  });
});

describe('a claimed place', () => {
  it('should leave one that names no particular place (国内) unsettled, and deny a particular one', () => {
    expect(engine.answer('座谈会是在国内开的吗').answer).toBeNull();
    expect(engine.answer('座谈会是在上海开的吗').answer).toBe('不对，文章说是杭州市拱墅区招商蛇口运河网谷');
  });
});

describe('a claimed post at a body the article gives the person posts at', () => {
  it('should deny another post at that very body, and leave one at a larger body or a seat on it open', () => {
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('参加松原签约仪式的姜国凡是市委副书记吗？').answer).toBe('不对，文章说姜国凡是市委常委、市委秘书长');
    expect(engine.answer('鞠振宇是暨南大学教授吗').answer).toBeNull();
  });

  it('should deny a deed the article gives others, and leave attending, or speaking when quoted, open', () => {
    expect(engine.answer('姜秀超有没有做主题演讲').answer).toBe('不对，文章说是对运河网谷项目作深入推介');
    expect(engine.answer('张俊峰有没有做主题演讲').answer).toBe('对');
    expect(engine.answer('鞠振宇参加了座谈会吗').answer).toBeNull();
    expect(engine.answer('包晓东发表了讲话吗').answer).toBeNull();
  });

  it('should deny the head of a body to someone the article places in a part of it', () => {
    expect(engine.answer('张莹尹是杭州市卫健委主任吗').answer).toBe('不对，文章说张莹尹是杭州市卫生健康委员会科技教育处处长');
    // The body named without its place.
    expect(engine.answer('杭州卫健委的张莹尹是卫健委主任，对吧？').answer).toBe('不对，文章说张莹尹是杭州市卫生健康委员会科技教育处处长');
    // 教授 heads nothing: a 研究院院长 may hold it at the university too.
    expect(engine.answer('鞠振宇是暨南大学教授吗').answer).toBeNull();
  });
});

describe('a claimed figure and a number inside a name', () => {
  it('should not confirm a count with a bare number that is part of a name (亚洲300)', () => {
    // With every article loaded, the sentence that names 亚洲300 is retrieved first.
    const all = everyArticleApp().engine;
    expect(all.answer('西洽会一共签约了300个项目吗').answer).toBe('不对，文章说是271个');
    expect(all.answer('西洽会签约了271个项目吗').answer).toBe('对');
  });
});

describe('a claimed change against a base', () => {
  it('should deny a change the article gives the other way against the same base, with its words', () => {
    const hk = fixtureApp('004_hk-investhk.txt').engine;
    expect(hk.answer('投推署去年協助嘅企業數目比2024年少咗，係咪？').answer).toBe('不對，文章說是較2024年升逾4%');
    expect(hk.answer('投推署去年协助的企业比2024年多了吗').answer).toBe('对');
  });
});

describe('a claimed place that is another part of the place the article gives', () => {
  it('should deny it with the article\'s place even when that answer is not sure enough to deny any place', () => {
    const taichung = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(taichung.answer('三井Outlet Park开在台中东区吗').answer).toBe('不对，文章说是台中港');
  });
});


describe('a doer claimed', () => {
  it('should confirm bodies the reader joins (市委市政府) by asking who, never deny by it', () => {
    const e = fixtureApp('002_songyuan-signing.txt').engine;
    expect(e.answer('松原这次投资说明会是市委市政府主办的吗？').answer).toBe('对');
    // Asked who wrote it, the article names its reporter: that does not deny 人民网记者.
    expect(seedApp().engine.answer('这篇报道是人民网记者写的吗').answer ?? '').not.toMatch(/^不对/u);
  });

  it('should read a demonstrative inside a name as pointing at nothing', () => {
    expect(seedApp().engine.answer('鞠振宇是暨南大学那个研究院的院长对吧').answer).toBe('对');
  });
});

describe('a claim about the report itself', () => {
  it('should not be denied with the report\'s lead, which settles no claim', () => {
    const a = seedApp().engine.answer('这篇报道是一篇评论吗');
    expect(a.answer ?? '').not.toContain('不对');
  });

  it('should check whose the report is against its outlet', () => {
    expect(seedApp().engine.answer('这篇报道是人民网的吗').answer).toBe('对');
    expect(seedApp().engine.answer('这篇报道是新华网的吗').answer).toBe('不对，文章说是人民网');
  });
});

describe('a claimed rank', () => {
  it('should be denied only by another rank, not by what the thing is', () => {
    expect(engine.answer('杭州医药制造业产值是全省第一吗').answer).toBeNull();
  });
});

describe('a claimed stage', () => {
  it('should be denied with the stage the article says it has come to', () => {
    expect(engine.answer('文中说杭州生物医药已经进入成熟期，对不对').answer).toBe('不对，文章说是加速爆发期');
    expect(engine.answer('杭州生物医药产业进入了加速爆发期吗').answer).toBe('对');
  });
});

describe('a claimed share', () => {
  it('should not be denied by how much something rose', () => {
    const hk = fixtureApp('004_hk-investhk.txt').engine;
    expect(hk.answer('去年协助的企业超过一半来自内地吗').answer).toBeNull();
    expect(hk.answer('去年来港企业比2024年升了10%吗').answer).toBe('不对，文章说是逾4%');
  });
});

describe('a claim stated with 系 or with a bare figure', () => {
  const e = engineOn('论坛', ['会上，江海市商会副会长王明远介绍，江海市去年新签约项目52个。']);

  it('should check 「某人系某职」 as 「某人是某职」', () => {
    expect(e.answer('王明远系江海市商会会长？').answer).toBe('不对，文章说王明远是江海市商会副会长');
    expect(e.answer('王明远係江海市商會副會長？').answer).toBe('對');
  });

  it('should check a figure asked with a question mark alone', () => {
    expect(e.answer('江海市去年新签约项目60个？').answer).toBe('不对，文章说是52个');
  });
});

describe('a claimed place of an event', () => {
  const e = engineOn('论坛', ['12月27日，江海市招商项目签约仪式在江海宾馆举行。', '第三届江海论坛19日在江海市闭幕，共有88个项目签约。']);

  it('should check the place before any event verb (闭幕), the edition the claim is about being no claimed figure', () => {
    expect(e.answer('第三届江海论坛是在临川闭幕的吧？').answer).toBe('不对，文章说是江海市');
  });

  it('should take a statement that puts something 在 a place, asked with a question mark, as a claim', () => {
    expect(e.answer('签约仪式在临川举行的？').answer).toBe('不对，文章说是江海宾馆');
  });
});

describe('what a claim says of a figure it is about', () => {
  it('should be said in that figure\'s own clause, not of other firms later in the sentence', () => {
    expect(everyArticleApp().engine.answer('运河网谷的4家上市企业是做生物医药的吗').answer).toBeNull();
    expect(everyArticleApp().engine.answer('运河网谷签约客户147家吗').answer).toBe('对');
  });
});

describe('a body of a local paper\'s own area, claimed with the area\'s name', () => {
  it('should be the body the paper names without it (松原市政协 of a Songyuan paper\'s 市政协)', () => {
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('车亦雪是松原市政协副主席吗').answer).toBe('对');
    expect(songyuan.answer('车亦雪是松原市政协主席吗').answer).toBe('不对，文章说车亦雪是市政协副主席');
  });
});

describe('a claim that an outlet’s reporter wrote the report', () => {
  it('should be checked against the outlet the dateline gives', () => {
    expect(engine.answer('这篇报道是新华社记者写的吗？').answer).toBe('不对，文章说是人民网');
    expect(engine.answer('这篇报道是人民网记者写的吗').answer).toBe('对');
  });
});

describe('a claim that names several people together', () => {
  it('should hold only when each of them is one the article gives', () => {
    const xinhua = everyArticleApp().engine;
    expect(xinhua.answer('新华社那篇西洽会的稿子是赵宇飞和许新成写的吗').answer).toBe('不对，文章说是赵宇飞、伍鲲鹏');
    expect(xinhua.answer('新华社那篇西洽会的稿子是赵宇飞和伍鲲鹏写的吗').answer).toBe('对');
  });
});

describe('what a claimed verb takes', () => {
  const e = engineOn('园区', ['园区以人工智能为核心方向,重点聚焦生物医药、新材料产业。']);

  it('should follow that verb in the article, not stand before it in another clause', () => {
    expect(e.answer('园区重点聚焦人工智能产业吗').answer).toBeNull();
    expect(e.answer('园区重点聚焦新材料产业吗').answer).toBe('对');
  });

  it('should be checked when the claim is stated with a question mark alone', () => {
    expect(e.answer('园区重点聚焦生物医药和新材料产业？').answer).toBe('对');
  });
});

describe('a claim only the headline makes', () => {
  const e = engineOn('市商务局：今年引进企业120家 过半来自长三角', ['市商务局局长王明表示，今年共引进企业120家，较去年增长一成。', '他说，明年将继续举办推介会。']);

  it('should be confirmed by the headline, shown as the evidence', () => {
    const a = e.answer('今年引进的企业过半来自长三角吗');
    expect(a.answer).toBe('对');
    expect(a.evidence).toBe('市商务局：今年引进企业120家 过半来自长三角');
  });

  it('should be denied when the headline names another place', () => {
    expect(e.answer('今年引进的企业过半来自珠三角，对吗').answer).toBe('不对，文章说是长三角');
  });
});

describe('claims checked against a frame, a milestone, a partner', () => {
  const e = engineOn('滨湖区经济', [
    '2023年，滨湖区全区GDP首次突破1500亿元，同比增长6%。',
    '创新园以智能制造为主导产业，以新材料为核心发展方向。',
    '昨日，远航集团与东方电力在城南新区签约，共建储能基地。',
    '交通局长王大明出席远航集团与东方电力签约仪式，并以「见证人」身分见证签约。',
  ]);

  it('should deny a milestone claimed first passed at another figure, but not a bound the figure passes', () => {
    expect(e.answer('滨湖区2023年GDP首次突破1000亿元吗').answer).toBe('不对，文章说是1500亿元');
    expect(e.answer('滨湖区2023年GDP突破1000亿元了吗').answer).toBe('对');
  });

  it('should deny what a claim puts in a frame the article fills otherwise (以…为主导产业)', () => {
    expect(e.answer('创新园是以生物医药为主导产业的吗').answer).toBe('不对，文章说是智能制造');
  });

  it('should deny a partner the article gives another, where the claim says where they signed', () => {
    expect(e.answer('远航集团在城南新区是跟华北电力签约的吗').answer).toBe('不对，文章说是东方电力');
  });

  it('should not deny with a word that only completes the subject’s name (签约|仪式)', () => {
    expect(e.answer('远航集团和东方电力签约是市长李四做见证人吗').answer).not.toBe('不对，文章说是仪式');
  });
});

describe('a claim of when and where', () => {
  const xq = fixtureApp('001_chongqing-xiqiahui.txt').engine;

  it('should deny the place of an event whose date the claim gives right', () => {
    expect(xq.answer('西洽会是2019年5月在成都闭幕的吗').answer).toBe('不对，文章说是重庆');
    expect(xq.answer('西洽会是2018年5月在成都闭幕的吗').answer).toBeNull();
  });

  it('should read a day without its year in the year the report was published', () => {
    expect(xq.answer('西洽会是2019年5月闭幕的吗').answer).toBe('对');
    expect(xq.answer('西洽会是2018年5月在重庆闭幕的吗').answer).toBe('不对，文章说是2019年5月19日');
  });

  it('should check the place of 「在X…」 up to the deed done there', () => {
    const e = engineOn('远航集团', ['远航集团加码投资滨江，与城东电力签约，将在东区打造购物中心。']);
    expect(e.answer('远航集团是在城西区打造购物中心吗').answer).toBe('不对，文章说是东区');
    expect(e.answer('远航集团是在东区打造购物中心吗').answer).toBe('对');
  });
});

describe('a place claimed with 是 before the verb of holding', () => {
  it('should be checked as 在X开的 is', () => {
    expect(engine.answer('座谈会是上海开的吗').answer).toMatch(/^不对，文章说是杭州/u);
    expect(engine.answer('座谈会是杭州开的吗').answer).toBe('对');
    expect(engine.answer('座谈会是市委开的吗').answer).toBeNull();
  });
});
