import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle, joinContinuations, parseArticle, parseDateline, splitSentences } from '../../src/article/structure.js';
import { mayBeName } from '../../src/article/people.js';
import { ROOT } from '../helpers.js';

const seed = parseArticle('seed', readFileSync(`${ROOT}seeds/000_cc4e5c5c2185e5a5.txt`, 'utf8'));

describe('parseArticle on the seed article', () => {
  it('should take the first line as the title, repaired', () => {
    expect(seed.title).toBe('“生物醫藥產業高質量發展”主題座談會共議創新發展');
    expect(seed.titleNorm).toBe('“生物医药产业高质量发展”主题座谈会共议创新发展');
  });

  it('should read the dateline: source, place, date, reporter', () => {
    expect(seed.dateline).toMatchObject({ source: '人民网', place: '杭州', date: '10月18日', reporter: '郭扬' });
  });

  it('should keep five body paragraphs, the dateline off the first', () => {
    expect(seed.paragraphs).toHaveLength(5);
    expect(seed.paragraphs[0]?.text.startsWith('日前')).toBe(true);
    expect(seed.script).toBe('traditional');
  });

  it('should split sentences and keep each with its paragraph', () => {
    expect(seed.sentences).toHaveLength(10);
    expect(seed.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2, 2, 2, 3, 3, 4, 4]);
    for (const s of seed.sentences) expect(s.norm.length).toBe(s.text.length);
  });

  it('should set the copyright notice and the headline list apart', () => {
    expect(seed.boilerplate[0]?.startsWith('版權聲明')).toBe(true);
    expect(seed.boilerplate).toHaveLength(11);
    const body = seed.sentences.map((s) => s.norm).join('');
    expect(body).not.toContain('版权');
    expect(body).not.toContain('乌镇');
  });

  it('should find the people with their roles', () => {
    const roles = Object.fromEntries(seed.people.map((p) => [p.name, p.roles.join('；')]));
    expect(roles).toEqual({
      郭扬: '人民网记者',
      张驰挺: '杭州大运河数智未来城管委会副主任',
      姜秀超: '招商蛇口产业园区杭州公司副总经理',
      张俊峰: '全国卫生产业企业管理协会副会长、中国技术交易所医学成果转化中心主任委员',
      鞠振宇: '暨南大学衰老与再生医学研究院院长',
      张莹尹: '杭州市卫生健康委员会科技教育处处长',
      包晓东: '拱墅区副区长',
    });
  });
});

describe('other articles', () => {
  it('should structure a Simplified report without title line or boilerplate', () => {
    const a = parseArticle('x', '新华社北京3月5日电（记者王小明 李华）十四届全国人大二次会议5日上午开幕。会议听取了报告。\n代表们认真审议。');
    expect(a.title).toBe('');
    expect(a.dateline).toMatchObject({ source: '新华社', place: '北京', date: '3月5日', reporter: '王小明 李华' });
    expect(a.paragraphs).toHaveLength(2);
    expect(a.people.map((p) => p.name)).toEqual(['王小明', '李华']);
    expect(a.script).toBe('simplified');
  });

  it('should not take a common word after a title for a name', () => {
    const a = buildArticle({ id: 'd', title: '委员会', paragraphs: ['委员会主任方面的工作由他负责。研究院院长倪匡出席了会议。'] });
    expect(a.people.map((p) => p.name)).toEqual(['倪匡']);
  });

  it('should build an article from data-set paragraphs', () => {
    const a = buildArticle({ id: 'd', title: '梵文', paragraphs: ['在歐洲，梵語的學術研究開創。學者發現印歐語系。', '第二段。'] });
    expect(a.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(a.dateline).toBeNull();
  });

  it('should join a sentence that leans on the one before it to that one', () => {
    expect(joinContinuations(['半西方式握拍常被底线型选手使用。', '因为用这种握法可以打出稳定的上旋球。', '西方式握拍适合处理高球。']))
      .toEqual(['半西方式握拍常被底线型选手使用。因为用这种握法可以打出稳定的上旋球。', '西方式握拍适合处理高球。']);
    expect(joinContinuations(['這是第一句。', '其後是第二句。'])).toEqual(['這是第一句。其後是第二句。']);
    expect(joinContinuations(['他来了。'])).toEqual(['他来了。']);
  });

  it('mayBeName should refuse words holding function characters', () => {
    expect(mayBeName('周西成')).toBe(true);
    expect(mayBeName('上的')).toBe(false);
    expect(mayBeName('史上')).toBe(false);
    expect(mayBeName('周')).toBe(false);
  });

  it('mayBeName should refuse words a dictionary knows only as common ones (史称, 死后)', () => {
    expect(mayBeName('史称')).toBe(false);
    expect(mayBeName('死后')).toBe(false);
    expect(mayBeName('张驰挺')).toBe(true);
  });

  it('parseDateline should ignore a line that is not a dateline', () => {
    expect(parseDateline('日前，座谈会在杭州召开。')).toBeNull();
  });

  it('splitSentences should keep a closing quote with its sentence', () => {
    expect(splitSentences('“甲。”乙说，“丙！丁？”戊')).toEqual(['“甲。”', '乙说，“丙！', '丁？”', '戊']);
  });
});

describe('header lines and other datelines', () => {
  it('should read 来源/作者/时间 header lines as the report facts, not as body text', () => {
    const a = parseArticle('x', '某市签约271个项目\n来源:新华网 作者:赵宇飞 伍鲲鹏 时间:2019-05-19\n新华社重庆5月19日电(记者赵宇飞、伍鲲鹏) 西洽会19日在重庆闭幕。\n');
    expect(a.dateline).toMatchObject({ source: '新华社', place: '重庆', date: '5月19日', reporter: '赵宇飞、伍鲲鹏' });
    expect(a.sentences[0]?.norm).toBe('西洽会19日在重庆闭幕。');
  });

  it('should read a Taiwan dateline after a photo caption, with the date of a date line', () => {
    const a = parseArticle('x', '三井加碼投資台中\n林佳龍見證簽約儀式。(擷取自臉書)\n2019/03/28 13:13\n〔記者黃鐘山/台中報導〕日商三井加碼投資台中。\n');
    expect(a.dateline).toMatchObject({ reporter: '黄钟山', place: '台中', date: '2019年3月28日' });
  });

  it('should take a byline alone for the author', () => {
    const a = parseArticle('x', '投資推廣署：去年助560間企業來港\n撰文：陶嘉心\n投資推廣署署長劉凱旋今日表示，去年協助560間企業。\n');
    expect(a.dateline?.reporter).toBe('陶嘉心');
    expect(a.sentences).toHaveLength(1);
  });
});
