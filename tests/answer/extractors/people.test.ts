import { describe, expect, it } from 'vitest';
import { engineOn, fixtureApp, seedApp } from '../../helpers.js';

describe('posts a person took', () => {
  it('should answer 担任什么职务 with the post the dated sentence gives after 任', () => {
    const e = engineOn('罗保铭', ['罗保铭，男，汉族，天津人。', '1992年4月，任中共天津市大港区委副书记、代区长（1993年3月当选区长）。', '2001年1月，任中共海南省委副书记。']);
    expect(e.answer('1992年4月，罗保铭担任什么职务？').answer).toBe('中共天津市大港区委副书记、代区长');
    expect(e.answer('2001年1月，罗保铭担任什么职务？').answer).toBe('中共海南省委副书记');
  });

  it('should still answer with the person when the question names the post and asks who', () => {
    const e = engineOn('浙江', ['民国6年，北洋政府任命杨善德为浙江督军，齐耀珊任浙江省长。']);
    expect(e.answer('北洋政府于民国6年时任命哪一个人担任浙江督军的职位?').answer).toBe('杨善德');
  });
});

describe('the speaker of a quotation', () => {
  it('should name the speaker of a quotation that stands before the sentence naming them', () => {
    const engine = seedApp().engine;
    expect(engine.answer('说拱墅GDP首次破2000亿的是哪位领导').answer).toBe('包晓东');
  });
});

describe('everyone a question asks for', () => {
  it('should list the people one statement names together, in order', () => {
    const e = engineOn('签约仪式', ['市委书记、市人大常委会主任李相国,市委常委、常务副市长李岩,市政府秘书长刘文占出席活动。']);
    expect(e.answer('出席活动的领导都有谁？').answer).toBe('李相国、李岩、刘文占');
  });

  it('should read 哪些县领导 (a level before 领导) as asking for everyone', () => {
    const e = engineOn('签约', ['12月5日，某县招商签约仪式在县宾馆举行。签约仪式是某某节系列活动之一，由县委、县政府主办。县委书记王一，县委常委、副县长李二，县政协副主席赵三出席活动。']);
    expect(e.answer('签约仪式有哪些县领导出席')).toMatchObject({ kind: 'people', answer: '王一、李二、赵三' });
  });

  it('should read the size of the list asked as no figure the article must give', () => {
    const engine = seedApp().engine;
    expect(engine.answer('做主题演讲的3位嘉宾分别是谁？').answer).toBe('张俊峰、鞠振宇、张莹尹');
  });

  it('should list the doers of the deed asked, each paired with an item or not, and not those of another deed', () => {
    const engine = seedApp().engine;
    expect(engine.answer('做推介的有谁').answer).toBe('张驰挺、姜秀超');
    expect(engine.answer('有哪些人做了主题演讲').answer).toBe('张俊峰、鞠振宇、张莹尹');
  });
});

describe('a speaker named by a pronoun', () => {
  it('should take 「她指，…」 for the words of the person named before', () => {
    const e = engineOn('投资推广署', ['署长刘凯旋表示，中东及东盟地区的来港企业亦逐步增加。', '她指，以往外来企业需要土地，署方都会找私人发展商协助，在发展北都之后，就有无限机遇。']);
    expect(e.answer('谁说发展北都之后就有无限机遇？').answer).toBe('刘凯旋');
  });

  it('should not give the speaker for whom the sentence’s own doer turns to (署方会找谁)', () => {
    const e = engineOn('投资推广署', ['署长刘凯旋表示，中东及东盟地区的来港企业亦逐步增加，署方会继续引进企业来港。', '她指，以往外来企业需要土地，署方都会找私人发展商协助。']);
    expect(e.answer('以前外来企业要土地，署方会找谁帮忙').answer).toBeNull();
  });
});

describe('an organisation asked of no one', () => {
  it('should answer 哪个单位 with an organisation the sentence names', () => {
    const e = engineOn('马祖', ['马祖国家风景区于1999年成立，由交通部观光局负责管理，范围包括南竿与北竿。']);
    expect(e.answer('负责管理马祖国家风景区的单位为？').answer).toBe('交通部观光局');
  });
});

describe('people the article describes rather than names', () => {
  it('should answer who did something with the described subject of that verb', () => {
    const engine = seedApp().engine;
    expect(engine.answer('除了演讲嘉宾还有谁分享了？').answer).toBe('来自各家医院和研究机构的多位专家');
    expect(engine.answer('谁进行了分享？').answer).toBe('来自各家医院和研究机构的多位专家');
    expect(engine.answer('谁做了主题演讲？').answer).toBe('张俊峰、鞠振宇、张莹尹');
  });
});

describe('the doer of the deed asked', () => {
  it('should answer 谁主持 with the name the article gives 主持 to, though another sentence holds more of the question', () => {
    const { engine } = fixtureApp('002_songyuan-signing.txt');
    expect(engine.answer('松原投资说明会是谁主持的').answer).toBe('李继东');
    // 郭尔罗斯 of the sentence naming the ceremony reads first, but as no person: the doer's clause is no guess.
    expect(engine.answer('松原招商项目签约仪式是谁主持的？').answer).toBe('李继东');
  });
});

describe('doers paired with their items by 分别', () => {
  it('should give the deed asked to the doer whose item the question names, not the name nearest its words', () => {
    expect(seedApp().engine.answer('谁给大家介绍了拱墅区的营商环境？').answer).toBe('张驰挺');
    expect(seedApp().engine.answer('谁推介了运河网谷项目').answer).toBe('姜秀超');
  });
});

describe('a time word before 是谁', () => {
  it('should read 会上是谁推介的… as asking who presented it, not who 会上 is', () => {
    const e = engineOn('推介会', ['会议现场，某区副区长王一、某公司副总经理李二分别对某区营商环境、新园区项目作深入推介。']);
    expect(e.answer('会上是谁推介的新园区项目').answer).toBe('李二');
  });
});

describe('the bodies 由 names as the doers of the deed asked', () => {
  it('should answer 谁主办的 with them, and not another deed', () => {
    const songyuan = fixtureApp('002_songyuan-signing.txt').engine;
    expect(songyuan.answer('松原投资说明会是谁主办的').answer).toBe('市委、市政府');
    expect(songyuan.answer('松原投资说明会是谁承办的').answer).toBeNull();
  });

  it('should take 「X在致辞中」 as X giving the speech', () => {
    expect(fixtureApp('002_songyuan-signing.txt').engine.answer('松原那个签约仪式上谁致的辞').answer).toBe('李岩');
  });
});

describe('the company a thing belongs to', () => {
  it('should give the company whose name the article writes before the thing', () => {
    expect(seedApp().engine.answer('运河网谷是哪家企业搞的项目').answer).toBe('招商蛇口');
  });

  it('should not guess a company for a thing no company name stands before', () => {
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('LaLaport是哪家公司的商场').answer).toBeNull();
  });
});

describe('the body a post is held at, asked with 哪里', () => {
  it('should answer 是哪里的副会长 with the organisation, not a place in its name', () => {
    const e = seedApp().engine;
    expect(e.answer('张俊峰是哪里的副会长').answer).toBe('全国卫生产业企业管理协会');
  });
});

describe('a person asked by where they came from', () => {
  it('should read 过来 (「暨南大学过来的」) as no word the article must hold', () => {
    expect(seedApp().engine.answer('暨南大学过来的那位专家叫什么名字').answer).toBe('鞠振宇');
  });
});

describe('the post held in the body the question names', () => {
  const e = engineOn('论坛', ['会上，江海市商会副会长、华新研究院院长王明远，华新科技公司董事长兼首席执行官李青作了发言。']);

  it('should give only the post in that body when a role joins several', () => {
    expect(e.answer('王明远在研究院是什么职务').answer).toBe('华新研究院院长');
    expect(e.answer('王明远在商会担任什么').answer).toBe('江海市商会副会长');
  });

  it('should keep a 兼 post that names no body with the body before it', () => {
    expect(e.answer('李青在华新科技公司担任什么职务').answer).toBe('华新科技公司董事长兼首席执行官');
  });

  it('should keep the whole role when the question names no body', () => {
    expect(e.answer('王明远是干什么的').answer).toBe('江海市商会副会长、华新研究院院长');
  });
});

describe('who gave an account of something', () => {
  it('should be the one who said it, asked with 介绍 and 情况', () => {
    const e = engineOn('博览会', ['江海市商务局副局长王明远说，本届博览会共有88个项目签约，签约总额120亿元。']);
    expect(e.answer('博览会的签约情况是谁出来介绍的').answer).toBe('王明远');
  });
});

describe('the organisation asked by its kind', () => {
  it('should be named up to the kind’s word when the post is held in a part of it', () => {
    const e = engineOn('论坛', ['江海大学生命科学研究院院长王明远出席论坛。']);
    expect(e.answer('王明远是哪所大学的').answer).toBe('江海大学');
    expect(e.answer('王明远是哪个研究院的').answer).toBe('江海大学生命科学研究院');
  });

  it('should be the one of the kind asked when another of the person’s ties it (张俊峰’s 协会 and 交易所)', () => {
    expect(seedApp().engine.answer('张俊峰是哪个交易所的').answer).toBe('中国技术交易所');
  });
});

describe('a post asked of another time', () => {
  it('should not be the one the article gives', () => {
    expect(seedApp().engine.answer('包晓东当副区长之前是做什么的').answer).toBeNull();
  });

  it('should not be read into a time word inside a name (未来 of 数智未来城)', () => {
    expect(seedApp().engine.answer('张驰挺在未来城管委会是什么职务').answer).toBe('杭州大运河数智未来城管委会副主任');
  });
});
