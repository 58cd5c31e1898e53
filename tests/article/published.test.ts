import { describe, expect, it } from 'vitest';
import { inCalendarYears, publishedYear } from '../../src/article/published.js';
import { fixtureApp, seedApp } from '../helpers.js';

const article = (file: string) => fixtureApp(file).engine.articles[0];

describe('the year a report was published', () => {
  it('should read it from the dateline or a notice line that dates the report, and give none otherwise', () => {
    expect(publishedYear(article('003_taichung-mitsui.txt'))).toBe(2019);
    expect(publishedYear(article('001_chongqing-xiqiahui.txt'))).toBe(2019);
    // 人民网杭州10月18日电, and a headline of 2023 among the notices: no year.
    expect(publishedYear(seedApp().engine.articles[0])).toBeNull();
  });

  it('should give a claim’s 去年 as a calendar year only where the report never says 去年 itself', () => {
    expect(inCalendarYears('西洽会是去年才由渝洽会升级过来的', article('001_chongqing-xiqiahui.txt'))).toBe('西洽会是2018年才由渝洽会升级过来的');
    expect(inCalendarYears('台糖是去年评选三井的', article('003_taichung-mitsui.txt'))).toBe('台糖是去年评选三井的');
  });
});

describe('yes/no claims with a year said from the report’s day', () => {
  it('should check them against the report’s calendar', () => {
    const e = fixtureApp('001_chongqing-xiqiahui.txt').engine;
    expect(e.answer('西洽会是去年才由渝洽会升级过来的吗？').answer).toBe('对');
    expect(e.answer('西洽会是今年才升级的吗').answer).toBe('不对，文章说是2018年');
  });
});
