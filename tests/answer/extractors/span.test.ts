import { beforeAll, describe, expect, it } from 'vitest';
import { placedTokens } from '../../../src/answer/extractors/span.js';
import { engineOn } from '../../helpers.js';
import { loadSegmenter } from '../../../src/text/segment.js';

describe('placedTokens', () => {
  beforeAll(() => loadSegmenter());
  const names = (text: string): string[] => placedTokens(text).filter((t) => t.tag === 'nr').map((t) => t.word);

  it('should keep a transliterated name whole however jieba cuts it', () => {
    expect(names('被苏格兰人约翰·洛吉·贝尔德在伦敦')).toContain('约翰·洛吉·贝尔德');
    expect(names('美军司令温菲尔德·史考特订定蟒蛇计划')).toContain('温菲尔德·史考特');
    expect(names('隆纳·雷根总统授予他')).toContain('隆纳·雷根');
    expect(names('并大肆批评赫伯特•胡佛的执政失败')).toContain('赫伯特•胡佛');
    expect(names('自从威廉·库克和查尔斯·惠斯通展示出')).toEqual(['威廉·库克', '查尔斯·惠斯通']);
    expect(names('由托尼·赫尔安排接任')).toEqual(['托尼·赫尔']);
    expect(names('巴拉克·欧巴马赢得选举')).toEqual(['巴拉克·欧巴马']);
    expect(names('保罗·高特列本·尼普可夫早在1884年')).toEqual(['保罗·高特列本·尼普可夫']);
  });

  it('should keep a regnal ordinal with its name (狄奥多西二世), not with a pronoun', () => {
    expect(names('狄奥多西二世皇帝')).toContain('狄奥多西二世');
    expect(names('巴西尔二世登基')).toContain('巴西尔二世');
    expect(names('他在一世之内')).not.toContain('他在一世');
  });

  it('should give every token its offsets in the text', () => {
    const text = '会中，威廉·琼斯发表了言论';
    for (const t of placedTokens(text)) expect(text.slice(t.start, t.end)).toBe(t.word);
  });
});

describe('span answers to 谁 questions', () => {
  it('should take the name that opens the clause, its subject, over a place nearer the question words', () => {
    expect(engineOn('西北水道', ['罗尔德·阿蒙森在1903年乘小船从大西洋进入西北水道，3年后到达阿拉斯加，成为第一个乘船通过整个西北水道的人。']).answer('第一个乘船通过整个西北水道的人是谁？').answer).toBe('罗尔德·阿蒙森');
  });
});

describe('names jieba does not know', () => {
  it('should take the name after a title without the verb that follows it', () => {
    const e = engineOn('西沙群岛', ['1947年1月21日，中国国防部长白崇禧宣称：「西沙群岛主权属于我国，不仅历史、地理上有所根据。」']);
    expect(e.answer('1947年的时候，当时中国的国防部长是谁？').answer).toBe('白崇禧');
  });

  it('should take an unknown word made of names\' characters for a name as surely as a known one', () => {
    const e = engineOn('福茂唱片', ['福茂唱片早年签下的台湾歌手包括庾澄庆，后来也签下了多位新人。']);
    expect(e.answer('福茂唱片签下的台湾歌手是谁？').answer).toBe('庾澄庆');
  });
});

describe('transliterated names in a run of words', () => {
  it('should answer the dotted name without the verb after it', () => {
    const e = engineOn('阿森纳', ['于战后，时任总教练汤·韦迪加成功夺得1947-48赛季的甲级联赛冠军，与桑德兰并列，成为当时英格兰获得顶级联赛冠军数目最多的俱乐部之一。']);
    expect(e.answer('于1947-48赛季的甲级联赛时哪一个人担任阿森纳球队的总教练?').answer).toBe('汤·韦迪加');
  });
});

describe('names after a title', () => {
  it('should not take a word after a title for a name when it does not read like one (总裁一职)', () => {
    const e = engineOn('BBC', ['2012年11月11日，英国广播公司原行政总裁乔治·恩特威斯尔宣布引咎辞职，由托尼·赫尔安排接任行政总裁一职，成为2012年9月17日上任时最短命总裁。']);
    expect(e.answer('BBC有史以来上任时最短命总裁是哪一位?').answer).toBe('乔治·恩特威斯尔');
  });
});

describe('unknown names with a function character glued on', () => {
  it('should answer the name without the character jieba glued to it', () => {
    const e = engineOn('刘裕', ['刘裕是南朝宋的开国皇帝。北魏谋臣崔浩亦说：「刘裕之平祸乱，司马德宗之曹操也。」']);
    expect(e.answer('「刘裕之平祸乱，司马德宗之曹操也。」这句评价是出自哪一个人?').answer).toBe('崔浩');
  });

  it('should cut the character off when jieba split the name and the character elsewhere (朱常|清为, 吴珈|庆则)', () => {
    const words = (text: string): string[] => placedTokens(text).map((t) => t.word);
    expect(words('拥立朱常清为监国')).toContain('朱常清');
    expect(words('吴珈庆则于2005年获得冠军')).toContain('吴珈庆');
    expect(words('好莱坞的专栏作家西德尼·斯科尔斯基在他的文章中')).toContain('西德尼·斯科尔斯基');
    expect(words('张学良自任会长')).toContain('张学良');
  });

  it('should cut a function character glued before an unknown name (如王怡)', () => {
    expect(placedTokens('如王怡认为公民').map((t) => t.word)).toContain('王怡');
  });

  it('should not give a whole name, a 某氏 name or a preposition a piece of the next word', () => {
    const words = (text: string): string[] => placedTokens(text).map((t) => t.word);
    expect(words('却把妾室刘玉娘立为皇后')).toContain('刘玉娘');
    expect(words('仅把正室韩氏封为淑妃')).toContain('韩氏');
    expect(words('儒勒·哈杜安·孟萨尔从于1670年去世的勒沃')).toContain('儒勒·哈杜安·孟萨尔');
  });
});

describe('titles jieba tags as names', () => {
  it('should answer 谁 with the name after a title, not the title with it (闯王|李自成, 侍中|李成桂)', () => {
    expect(engineOn('南明', ['崇祯十七年三月，闯王李自成攻陷北京，崇祯帝自缢于煤山。']).answer('谁攻陷了北京?').answer).toBe('李自成');
    expect(engineOn('朝鲜', ['朝鲜王朝由原高丽王朝守门下侍中李成桂建立。']).answer('朝鲜王朝是由哪一个人所建立的?').answer).toBe('李成桂');
  });
});

describe('common words jieba tags as names', () => {
  it('should not answer 谁 with a word a general dictionary reads only as a common one (祝福, 晋升)', () => {
    const engine = engineOn('明仁', ['明仁出生于东京，是裕仁天皇和香淳皇后的第五个孩子，而且是第一个男孩，因而受到了国民盛大的祝福。']);
    expect(engine.answer('裕仁天皇和香淳皇后的第五个孩子是谁？').answer).toBe('明仁');
  });
});

describe('people jieba splits or tags as places', () => {
  it('should answer 谁 with the whole name CC-CEDICT knows (山本|五十六)', () => {
    const engine = engineOn('珍珠港', ['珍珠港事件由日本海军大将山本五十六策划，目的是摧毁美国太平洋舰队。']);
    expect(engine.answer('珍珠港事件是谁策划的？').answer).toBe('山本五十六');
  });
});
