import { describe, expect, it } from 'vitest';
import { organizationOf } from '../../../src/answer/extractors/people.js';
import { engineOn, fixtureApp, seedApp } from '../../helpers.js';

const engine = seedApp().engine;

describe("a named person's post, organisation, words and deeds", () => {
  it('should answer 干什么的 and 做什么工作 with the post', () => {
    expect(engine.answer('鞠振宇是干什么的？').answer).toBe('暨南大学衰老与再生医学研究院院长');
    expect(engine.answer('包晓东是做什么工作的').answer).toBe('拱墅区副区长');
  });

  it('should answer 在哪个单位 with the organisation of the post', () => {
    expect(engine.answer('姜秀超在哪家单位工作？').answer).toBe('招商蛇口产业园区杭州公司');
    expect(engine.answer('鞠振宇在哪个单位？').answer).toBe('暨南大学衰老与再生医学研究院');
    expect(organizationOf('拱墅区副区长')).toEqual(['拱墅区']);
    expect(organizationOf('全国卫生产业企业管理协会副会长、中国技术交易所医学成果转化中心主任委员')).toEqual([
      '全国卫生产业企业管理协会',
      '中国技术交易所医学成果转化中心',
    ]);
  });

  it('should answer 讲了什么 with what the person did, not their title', () => {
    expect(engine.answer('张俊峰讲了什么？').answer).toBe('进行了主题演讲');
  });

  it('should answer 说了什么 with the quotation the article gives the speaker', () => {
    const a = engine.answer('包晓东说了什么？');
    expect(a.answer).toContain('杭州之心');
    expect(a.evidence).toContain('锚定');
  });

  it('should answer what the speaker said of the thing asked with the sentence of the quotation that speaks of it', () => {
    const a = engine.answer('包晓东怎么评价拱墅产业数字化');
    expect(a.answer).toMatch(/^拱墅产业数字化发展基础好、机遇多、创新氛围浓.*发展。$/u);
    expect(engine.answer('包晓东推介时咋形容拱墅的').answer).toContain('杭州之心');
  });
});

describe('a named person’s post, whatever else the question says', () => {
  it('should answer with the post the article gives, but not for another time', () => {
    expect(engine.answer('鞠振宇现在在会上是什么职务？').answer).toBe('暨南大学衰老与再生医学研究院院长');
    expect(engine.answer('张驰挺之前在哪工作？').answer).toBeNull();
  });
});

describe('a list of guests', () => {
  it('should give each name the post it introduces, without the words that open the list', () => {
    const e = engineOn('潍坊招商论坛', ['潍坊市招商论坛日前举办，潍坊市市长赵亮主持论坛。出席论坛的嘉宾有万华化学集团股份有限公司董事长兼首席执行官廖增太，潍柴动力股份有限公司董事长谭旭光等。']);
    expect(e.answer('廖增太是干什么的？').answer).toBe('万华化学集团股份有限公司董事长兼首席执行官');
    expect(e.answer('廖增太在哪家公司？').answer).toBe('万华化学集团股份有限公司');
    expect(e.answer('谁是潍柴动力股份有限公司董事长？').answer).toBe('谭旭光');
    expect(e.answer('谁主持了潍坊招商论坛？').answer).toBe('赵亮');
  });
});

describe('A、B分别对X、Y作…', () => {
  it('should answer what each of them did it to', () => {
    expect(engine.answer('姜秀超推介了什么？').answer).toBe('运河网谷项目');
    expect(engine.answer('张驰挺推介的是啥内容').answer).toBe('杭州市拱墅区营商环境');
  });
});

describe('what a speech held, asked of a speaker the article only says spoke', () => {
  const e = engineOn('论坛', ['会上，某协会会长王小明，某大学教授李小红分别进行了主题演讲。']);

  it('should say the article gives no words of theirs for 具体讲了什么 or 哪些观点, and what it does give', () => {
    for (const q of ['王小明具体讲了什么', '王小明讲了哪些观点']) {
      expect(e.answer(q), q).toMatchObject({ answer: null, note: '文章没有给出王小明讲话的内容，只说王小明进行了主题演讲' });
    }
  });

  it('should still answer 讲了什么 with what they did', () => {
    expect(e.answer('王小明讲了什么').answer).toBe('进行了主题演讲');
  });
});

describe('what someone did, not only what to', () => {
  it('should answer 做了什么 with the deed, and 推介了什么 with its object', () => {
    expect(engine.answer('姜秀超做了什么？').answer).toBe('对运河网谷项目作深入推介');
    expect(engine.answer('姜秀超推介了什么？').answer).toBe('运河网谷项目');
  });
});

describe('what someone said, asked of one who only attended', () => {
  it('should not give what a person did for what they said, unless the deed is speaking', () => {
    const engine = engineOn('签约仪式', ['市委书记李岩致辞，市长李相国等领导出席活动。']);
    expect(engine.answer('李相国讲了什么').answer).toBeNull();
    expect(engine.answer('李相国做了什么').answer).toContain('出席活动');
  });
});

describe('what someone said, asked by its content', () => {
  it('should not answer 讲了哪些观点 with that they gave a speech', () => {
    const engine = seedApp().engine;
    expect(engine.answer('鞠振宇在会上具体讲了哪些观点').answer).toBeNull();
    expect(engine.answer('张俊峰讲了什么？').answer).toBe('进行了主题演讲');
  });
});

describe('what the article does not quote', () => {
  it('should not give what someone presented as what they said, and say what the article gives', () => {
    const a = seedApp().engine.answer('姜秀超在推介时说了些什么？');
    expect(a.answer).toBeNull();
    expect(a.note).toBe('文章没有引用姜秀超的话，只说姜秀超对运河网谷项目作深入推介');
  });
});

describe('reported speech without quotation marks', () => {
  const e = fixtureApp('001_chongqing-xiqiahui.txt').engine;

  it('should take 「X说，…」 for what X said, and the quotation just before it', () => {
    expect(e.answer('许新成说了什么').answer).toContain('兄弟省区市也充分利用本届');
  });

  it('should read 「X怎么讲…」 as what X said of it', () => {
    const a = e.answer('许新成怎么讲兄弟省区市在西洽会上的情况');
    expect(a.intent).toBe('statement');
    expect(a.answer).toContain('充分利用');
  });
});

describe('a speaker a pronoun stands for, and a deed asked by its verb', () => {
  const e = fixtureApp('002_songyuan-signing.txt').engine;

  it('should take 「…。他说，…」 after the person for what they said', () => {
    expect(e.answer('李岩说了什么').answer).toBe('当前,松原正处在转型发展、振兴发展的关键阶段');
  });

  it('should not answer 推介了什么 with another deed (出席活动), but 做了什么 with it', () => {
    expect(e.answer('李岩推介了什么').answer).not.toBe('出席活动');
    expect(e.answer('李相国做了什么').answer).toBe('出席活动');
  });
});

describe('what a group said', () => {
  const e = engineOn('林佳龙出席签约', ['林佳龙强调，以台中车站为核心，邻近有建国市场。', '不少市民留言为他打气，表示「真的是四年当八年做」、「谢谢市长还是惦记台中」。']);

  it('should quote the group the question names as the speaker, even after a person', () => {
    expect(e.answer('市民留言都说了啥？').answer).toContain('四年当八年做');
    const taichung = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(taichung.answer('林佳龙发脸书说三井台糖签约后，市民留言都说了啥？').answer).toContain('四年当八年做');
    // A person asked about keeps their own words.
    expect(taichung.answer('林佳龙说了什么').answer).not.toContain('四年当八年做');
    // …but not a person named where the group speaks.
    expect(taichung.answer('市民在林佳龙脸书上留言说了什么').answer).toContain('四年当八年做');
  });
});

describe('a speaker asked by the post only one person holds', () => {
  it('should answer with what that person said, when the word before the post is theirs too', () => {
    const seed = seedApp().engine;
    expect(seed.answer('拱墅那位副区长推介时说了些啥').answer).toBe('拱墅区作为杭州核心城区,一直被誉为‘杭州之心’‘城市之眼’,2022年全区GDP首次突破2000亿元。');
    expect(seed.answer('拱墅的副区长是怎么评价拱墅产业数字化的？').answer).toContain('拱墅产业数字化发展基础好');
    // Asked who holds it, the post still gets the name.
    expect(seed.answer('拱墅区副区长是谁').answer).toBe('包晓东');
    // A post the word before it does not qualify (上城区的副区长) names no one.
    expect(seed.answer('上城区副区长说了什么').answer).toBeNull();
  });
});
