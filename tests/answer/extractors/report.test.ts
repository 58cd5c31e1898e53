import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/structure.js';
import { createEngine } from '../../../src/answer/engine.js';
import { everyArticleApp, seedApp } from '../../helpers.js';

const engine = seedApp().engine;

describe('questions about the report itself', () => {
  it('should answer the title, outlet, date, place and author from the structure', () => {
    expect(engine.answer('这篇报道的标题是什么？').answer).toBe('“生物医药产业高质量发展”主题座谈会共议创新发展');
    expect(engine.answer('这篇报道来自哪家媒体？').answer).toBe('人民网');
    expect(engine.answer('这篇稿子是哪天发的').answer).toBe('10月18日');
    expect(engine.answer('电头是哪个城市').answer).toBe('杭州');
    expect(engine.answer('这篇是谁写的？').answer).toBe('郭扬');
    expect(engine.answer('這篇報導是幾月幾號發的').answer).toBe('10月18日');
  });

  it('should give the lead as the gist, with itself as evidence', () => {
    const a = engine.answer('这篇新闻主要讲什么？');
    expect(a.intent).toBe('report');
    expect(a.answer).toContain('座谈活动在杭州市拱墅区招商蛇口运河网谷召开');
    expect(a.evidence).toContain('座谈活动');
  });

  it('should give the gist however a reader asks it of the report, but not what a person in it said', () => {
    for (const q of ['这篇讲的啥', '这条新闻是关于什么的', '这篇报道想说明什么', '说下这个新闻的要点', '能概括下这个报道吗', '这新闻啥内容', '这篇新闻的核心内容是什么']) {
      expect(engine.answer(q), q).toMatchObject({ intent: 'report', kind: 'gist' });
    }
    expect(engine.answer('这篇报道里张俊峰讲了什么').intent).not.toBe('report');
    expect(engine.answer('这篇报道的记者是谁').answer).toBe('郭扬');
  });

  it('should say it does not know the outlet of a report without a dateline or source line', () => {
    const plain = parseArticle('x', '某地举行座谈会\n某地今天举行座谈会，多位专家出席。\n');
    const e = createEngine([plain], engine.intents);
    expect(e.answer('这篇报道来自哪家媒体？').answer).toBeNull();
    expect(e.answer('这篇文章主要讲什么').answer).toBe('某地今天举行座谈会，多位专家出席。');
  });
});

describe('the lead under a subtitle', () => {
  it('should skip a short subtitle line for the gist', () => {
    const a = parseArticle('x', '我市举行投资说明会\n李相国出席活动\n12月27日，我市投资说明会在郭尔罗斯宾馆举行，共签约项目14个。\n');
    const e = createEngine([a], engine.intents);
    expect(e.answer('这篇新闻主要讲什么？').answer).toBe('12月27日，我市投资说明会在郭尔罗斯宾馆举行，共签约项目14个。');
  });

  it('should not give the dateline for a year it does not hold, and say what it gives', () => {
    expect(engine.answer('文章是哪年发的')).toMatchObject({ answer: null, note: '文章只给出日期10月18日，没有年份' });
    expect(engine.answer('这篇稿子是哪天发的').answer).toBe('10月18日');
  });

  it('should read the report a question names by its matter (…那篇是哪天发的) as the report asked about', () => {
    expect(everyArticleApp().engine.answer('日商三井加码投资台中那篇是哪天发的？').answer).toBe('2019年3月28日');
  });

  it('should not give the headline for an English title or a subtitle', () => {
    expect(engine.answer('这篇报道的英文标题是什么').answer).toBeNull();
    expect(engine.answer('这篇报道的副标题是什么').answer).toBeNull();
  });
});

describe('who published the report, asked with 谁 or claimed', () => {
  it('should read 这篇报道是谁发的 as asking for the outlet, and check a claimed one against it', () => {
    const seed = seedApp().engine;
    expect(seed.answer('这篇报道是谁发的').answer).toBe('人民网');
    expect(seed.answer('这篇报道是人民网发的吗').answer).toBe('对');
    expect(seed.answer('这篇报道是新华社发的吗').answer).toBe('不对，文章说是人民网');
  });
});


describe('who edited the report', () => {
  it('should give the editors a line after the report names, with that line as evidence', () => {
    const a = parseArticle('x', '某县举行推介会\n某县今天举行推介会，签约项目12个。\n责任编辑：王小明、李华\n');
    const e = createEngine([a], engine.intents);
    expect(e.answer('这篇报道的编辑是谁')).toMatchObject({ answer: '王小明、李华', evidence: '责任编辑：王小明、李华' });
    expect(e.answer('這條新聞嘅編輯係邊個').answer).toBe('王小明、李華');
  });

  it('should say it does not know the editor of a report that names none', () => {
    expect(engine.answer('这篇报道的编辑是谁')).toMatchObject({ intent: 'report', answer: null });
  });

  it('should not give the reporter for a photographer', () => {
    expect(engine.answer('这篇报道的摄影记者是谁').answer).toBeNull();
  });

  it('should read 那篇…是哪个记者写的 as asking for the reporter of the report named by its matter', () => {
    expect(engine.answer('那篇讲拱墅生物医药座谈会的是哪个记者写的').answer).toBe('郭扬');
  });
});

describe('who wrote the report, asked with 哪个', () => {
  it('should read 哪个写的 and Cantonese 边个撰文 as asking for the writer', () => {
    const a = parseArticle('x', '某县举行推介会\n撰文：王小明\n某县今天举行推介会，签约项目12个。\n');
    const e = createEngine([a], engine.intents);
    expect(e.answer('推介会那篇系边个撰文').answer).toBe('王小明');
    expect(engine.answer('这篇是哪个写的').answer).toBe('郭扬');
  });
});

describe('the gist of a report named by whom it names', () => {
  it('should be its lead, whether or not the lead holds the names', () => {
    const e = everyArticleApp().engine;
    expect(e.answer('李相国出席的那个松原签约活动新闻主要讲啥').answer).toContain('签约仪式');
  });

  it('should read 这条稿 as the report when its date is asked', () => {
    expect(engine.answer('这条稿几号发的').answer).toBe('10月18日');
  });
});
