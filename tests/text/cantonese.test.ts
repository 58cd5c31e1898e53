import { describe, expect, it } from 'vitest';
import { copulaAfterNames, fromCantonese } from '../../src/text/cantonese.js';

describe('Cantonese questions', () => {
  it('should read 边个 as 谁 alone and as 哪个 before a noun', () => {
    expect(fromCantonese('投资推广署署长系边个')).toBe('投资推广署署长是谁');
    expect(fromCantonese('刘凯旋系喺边个节目讲嘅')).toBe('刘凯旋是在哪个节目讲的');
    expect(fromCantonese('呢篇报道系边个媒体发嘅')).toBe('这篇报道是哪个媒体发的');
    // jieba tags 节 a time and 上台 a place: the one is a noun asked which of, the other no name.
    expect(fromCantonese('松原呢次签约系边个节嘅系列活动')).toBe('松原这次签约是哪个节的系列活动');
    expect(fromCantonese('仲有边个上台推介？')).toBe('还有谁上台推介？');
    // 话 is the verb 说 (jieba tags it a noun): 边个话 is who said.
    expect(fromCantonese('边个话拱墅系城市之眼')).toBe('谁说拱墅是城市之眼');
  });

  it('should read 话 as 说, 搵 as 找 and count 几多间 in 间, as Hong Kong writes companies', () => {
    expect(fromCantonese('刘凯旋话最少有几多间企业想进驻北都')).toBe('刘凯旋说最少有多少间企业想进驻北都');
    expect(fromCantonese('投资推广署会搵边个帮手')).toBe('投资推广署会找谁帮手');
  });

  it('should read 入面 as 里面, and 系咪咁讲 as asking whether what comes before holds', () => {
    expect(fromCantonese('企业入面大陆嚟嘅有几多间')).toBe('企业里面大陆来的有多少间');
    expect(fromCantonese('内地企业多数当香港系母港，系咪咁讲')).toBe('内地企业多数当香港是母港，对不对');
  });

  it('should read 呢啲 as 这些 and 嘢 as 东西', () => {
    expect(fromCantonese('刘凯旋喺边个节目讲呢啲嘢')).toBe('刘凯旋在哪个节目讲这些东西');
  });

  it('should read 乜 alone as 什么, 边位 as 哪位 and 仲有 as 还有', () => {
    expect(fromCantonese('卫健委科教处处长叫乜名')).toBe('卫健委科教处处长叫什么名');
    expect(fromCantonese('协会副会长系边位')).toBe('协会副会长是哪位');
    expect(fromCantonese('仲有边个？')).toBe('还有谁？');
  });

  it('should read 啲乜(嘢) and 啲咩 as 哪些: they ask for several things, not for 些什么', () => {
    expect(fromCantonese('运河网谷引进咗啲乜嘢龙头企业')).toBe('运河网谷引进了哪些龙头企业');
    expect(fromCantonese('想落户北都嘅企业涉及啲乜行业')).toBe('想落户北都的企业涉及哪些行业');
    expect(fromCantonese('会上有啲咩嘉宾')).toBe('会上有哪些嘉宾');
  });

  it('should read 系 alone as 是, but not inside 关系, and 边 before a measure word as 哪', () => {
    expect(fromCantonese('张莹尹系杭州卫健委科教处处长，啱唔啱？')).toBe('张莹尹是杭州卫健委科教处处长，对不对？');
    expect(fromCantonese('佢哋系咩关系')).toBe('他们是什么关系');
    expect(fromCantonese('节目系边日播嘅？')).toBe('节目是哪天播的？');
  });

  it('should leave a question with no Cantonese marker alone', () => {
    expect(fromCantonese('拱墅区系什么区')).toBe('拱墅区系什么区');
  });
});

describe('系 as the copula', () => {
  const people = new Set(['李华', '王明远']);

  it('should read 系 right after a person the articles name as 是, with no other Cantonese word', () => {
    expect(copulaAfterNames('李华系市长？', people)).toBe('李华是市长？');
    expect(copulaAfterNames('王明远系华新研究院院长吗', people)).toBe('王明远是华新研究院院长吗');
  });

  it('should keep 系 after anything but a name, and inside a word that holds it', () => {
    expect(copulaAfterNames('中文系有几个教授', people)).toBe('中文系有几个教授');
    expect(copulaAfterNames('李华系列讲座在哪办', people)).toBe('李华系列讲座在哪办');
  });
});

describe('Cantonese words that no other marker announces', () => {
  it('should read 巴仙 as per cent, and 点解 and 点样 alone as Cantonese', () => {
    expect(fromCantonese('项目占总数几多巴仙')).toBe('项目占总数多少%');
    expect(fromCantonese('三井点解拣东区')).toBe('三井为什么拣东区');
    expect(fromCantonese('投资推广署点样帮企业')).toBe('投资推广署怎样帮企业');
  });

  it('should read 边个 before a place’s word as 哪个, not as 谁', () => {
    expect(fromCantonese('座谈会喺杭州边个区开')).toBe('座谈会在杭州哪个区开');
  });

  it('should read 同 before the one asked (同边间) as 跟', () => {
    expect(fromCantonese('三井系同边间公司签约')).toBe('三井是跟哪家公司签约');
  });
});

describe('点做 and 点办', () => {
  it('should read them as asking how, but not 快点做 (do it quickly) in a question', () => {
    expect(fromCantonese('企业要地，署方点做')).toBe('企业要地，署方怎么做');
    expect(fromCantonese('搵唔到地点办')).toBe('找不到地怎么办');
    expect(fromCantonese('佢叫我快点做')).toBe('他叫我快点做');
  });
});

describe('同 and 紧', () => {
  it('should read 同 between two nouns as 和, but keep it inside a written word', () => {
    expect(fromCantonese('中东同东盟嘅企业多咗')).toBe('中东和东盟的企业多了');
    expect(fromCantonese('佢哋系同事嚟嘅')).toBe('他们是同事来的');
  });

  it('should drop 紧 after a verb, saying it goes on, but keep it inside a written word', () => {
    expect(fromCantonese('佢而家做紧咩')).toBe('他而家做什么');
    expect(fromCantonese('佢哋抓紧时间做嘢')).toBe('他们抓紧时间做东西');
  });
});

describe('边 before a measure word, and 中意', () => {
  it('should read 系边年 as 是哪年, with nothing else Cantonese in the question', () => {
    expect(fromCantonese('运河网谷系边年开园')).toBe('运河网谷是哪年开园');
  });

  it('should read 中意 as 喜欢', () => {
    expect(fromCantonese('三井点解中意东区')).toBe('三井为什么喜欢东区');
  });

  it('should read 起 after 要 or before 嘅 as building', () => {
    expect(fromCantonese('远航集团要起嘅商场叫咩')).toBe('远航集团要建的商场叫什么');
  });
});
