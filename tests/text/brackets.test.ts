import { describe, expect, it } from 'vitest';
import { balanced, wholeName } from '../../src/text/brackets.js';

const whole = (text: string, from: string, to: string): string => {
  const start = text.indexOf(from);
  const r = balanced(text, start, text.indexOf(to, start) + to.length);
  return text.slice(r.start, r.end);
};

describe('spans made whole', () => {
  it('should close a bracket or quotation the span opens when the text closes it soon', () => {
    expect(whole('前身为中国(重庆)国际投资暨全球采购会(简称“渝洽会”),后经批准', '中国', '渝洽会')).toBe('中国(重庆)国际投资暨全球采购会(简称“渝洽会”)');
    expect(whole('其谥号“章皇帝”，庙号', '谥号', '章')).toBe('谥号“章皇帝”');
  });

  it('should cut off a bracket the text does not close soon, and a closing mark the span starts with', () => {
    expect(whole('称为(这是一个很长很长很长很长很长很长很长的说明文字没有结束', '称为', '说明')).toBe('称为');
    expect(whole('节目《星期六问责》时表示', '》', '时表示')).toBe('时表示');
  });

  it('should take the marks around a span that runs across marks both ways when they pair, else leave it', () => {
    expect(whole('被誉为‘杭州之心’‘城市之眼’', '杭州之心', '城市之眼')).toBe('‘杭州之心’‘城市之眼’');
    expect(whole('被誉为杭州之心’‘城市之眼等', '杭州之心', '城市之眼')).toBe('杭州之心’‘城市之眼');
  });

  it('should take the mark that opens what the span closes when it stands right before the span', () => {
    expect(whole('锚定‘1+4’产业主赛道,积极推进', '1+4', '主赛道')).toBe('‘1+4’产业主赛道');
    expect(whole('以《十七岁不哭》出道', '十七岁', '出道')).toBe('《十七岁不哭》出道');
  });
});

describe('the start of a name carried on to its end', () => {
  const at = (text: string, span: string): [number, number] => [text.indexOf(span), text.indexOf(span) + span.length];
  const whole = (text: string, span: string): string => {
    const [s, e] = at(text, span);
    const w = wholeName(text, s, e);
    return text.slice(w.start, w.end);
  };

  it('should run across a short bracket the name goes on after, not one that ends it', () => {
    const text = '前身为中国(重庆)国际投资暨全球采购会(简称“渝洽会”),后经批准';
    expect(whole(text, '中国')).toBe('中国(重庆)国际投资暨全球采购会');
    expect(whole(text, '中国(重庆)国际投资暨全球采购会')).toBe('中国(重庆)国际投资暨全球采购会');
  });

  it('should take a quoted name whole when the span is its start, and leave a span that is not', () => {
    expect(whole('拒绝接受《凡尔赛条约》的参议院', '凡尔赛')).toBe('凡尔赛条约');
    expect(whole('简称“渝洽会”', '渝洽')).toBe('渝洽会');
    expect(whole('以“创新发展,聚力共赢”为主题', '创新发展')).toBe('创新发展');
    expect(whole('被称为“全国最大的生物医药产业基地”', '全国')).toBe('全国');
  });

  it('should run a Latin name on over the spaces between its words, either way, and stop at other script', () => {
    const text = '促成三井Outlet Park成功落脚台中港';
    expect(whole(text, 'Outlet')).toBe('Outlet Park');
    expect(whole(text, 'Park')).toBe('Outlet Park');
    expect(whole('位于New York的总部', 'New')).toBe('New York');
  });
});
