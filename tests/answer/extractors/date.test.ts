import { describe, expect, it } from 'vitest';
import { engineOn, fixtureApp } from '../../helpers.js';

describe('date answers', () => {
  const engine = engineOn('历史', ['1988年2月13日，该馆正式对外开放，吸引了大批游客。']);

  it('should answer as precisely as asked: the whole date, its year or its month', () => {
    expect(engine.answer('该馆什么时候正式对外开放？').answer).toBe('1988年2月13日');
    expect(engine.answer('该馆在哪一年正式对外开放？').answer).toBe('1988年');
    expect(engine.answer('该馆在哪个月正式对外开放？').answer).toBe('2月');
  });
});

describe('periods and era years', () => {
  const engine = engineOn('历史', ['在中国，茶在西汉时期已经成为宫廷中的饮料。佛教在12世纪之后在印度主要地区慢慢消失。', '民国七十九年，嘉义市将市区划分为东区、西区二区。']);

  it('should answer a period, a century and an era year', () => {
    expect(engine.answer('茶在中国的哪一个时期已经成为了宫廷中的饮料？').answer).toBe('西汉时期');
    expect(engine.answer('佛教从哪一个世纪之后在印度主要地区慢慢消失？').answer).toBe('12世纪');
    expect(engine.answer('嘉义市在哪一年将市区划分为东区、西区二区？').answer).toBe('民国七十九年');
  });
});

describe('dynasties', () => {
  it('should answer 哪个朝代 with a dynasty written X代 or by its name (商代, 北魏)', () => {
    const engine = engineOn('瓷器', ['目前世界上已知最早的瓷器出现于商代，称为原始青瓷。', '北魏时期，云冈石窟开始开凿。']);
    expect(engine.answer('已知最早的瓷器是哪个朝代的产物?').answer).toBe('商代');
    expect(engine.answer('云冈石窟是在哪个朝代开始开凿的?').answer).toBe('北魏时期');
  });
});

describe('decades and parts of centuries', () => {
  it('should answer a decade as a decade (1950年代), a part of a century with its part (12世纪后期)', () => {
    const engine = engineOn('历史', ['二冲程引擎发明于1950年代，在1990年仍是市场主流。', '到12世纪后期，东罗马帝国只剩下一个空壳。']);
    expect(engine.answer('二冲程引擎发明于何时?').answer).toBe('1950年代');
    expect(engine.answer('东罗马帝国从什么时候开始只剩下一个空壳?').answer).toBe('12世纪后期');
  });
});

describe('a time ago', () => {
  it('should answer 几年前 with the years ago, not a year 3', () => {
    const engine = engineOn('三井', ['林佳龙表示，3年前到东京拜会，促成三井成功落脚台中港。']);
    expect(engine.answer('林佳龙几年前去东京拜会三井').answer).toBe('3年前');
    // 拜访 is said of what the article calls 拜会 (data/synonyms.yaml).
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('林佳龙几年前去东京拜访三井的').answer).toBe('3年前');
  });
});

describe('a time ago asked as a year', () => {
  it('should not answer 哪年 with 3年前, and say what the article gives', () => {
    const engine = engineOn('三井', ['林佳龙表示，3年前到东京拜会，促成三井Outlet Park成功落脚台中港。']);
    const a = engine.answer('三井Outlet Park是哪年开幕的');
    expect(a.answer).toBeNull();
    expect(a.note).toContain('3年前');
  });
});

describe('a month said from the report\'s year', () => {
  it('should keep the word that says which year (去年11月), not give the month alone', () => {
    const engine = engineOn('三井', ['林佳龙推荐台糖湖滨生态园区，并在去年11月台糖也评选三井为最优投资人。']);
    expect(engine.answer('台糖啥时候评选三井为最优投资人').answer).toBe('去年11月');
  });
});

describe('a year and a month asked together', () => {
  it('should answer 哪年几月 with both', () => {
    const engine = engineOn('园区', ['自2022年6月开园以来，运河网谷签约客户147家。']);
    expect(engine.answer('运河网谷哪年几月开的园').answer).toBe('2022年6月');
    expect(engine.answer('运河网谷哪年开的园').answer).toBe('2022年');
  });
});

describe('a day without its month', () => {
  const engine = engineOn('第二届西洽会在重庆闭幕', ['新华社重庆5月19日电', '第二届中国西部国际投资贸易洽谈会19日在重庆闭幕，共有271个国内外项目签约。']);

  it('should answer 几号 with the day news gives alone, of the dateline’s month, but not for what the clause says did not happen then', () => {
    expect(engine.answer('洽谈会几号闭幕？').answer).toBe('5月19日');
    expect(engine.answer('第二届西洽会是几号开幕的？').answer).toBeNull(); // 19日 is when it closed (data/synonyms.yaml exclusive)
  });
});

describe('a month and a day asked together', () => {
  it('should answer 几月几号 with the day, not the month alone', () => {
    const engine = engineOn('签约', ['12月27日，江海市招商项目签约仪式在江海宾馆举行。']);
    expect(engine.answer('江海签约仪式是几月几号').answer).toBe('12月27日');
    expect(engine.answer('江海签约仪式是几月').answer).toBe('12月');
  });
});
