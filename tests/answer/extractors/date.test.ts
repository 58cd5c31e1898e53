import { describe, expect, it } from 'vitest';
import { engineOn } from '../../helpers.js';

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
