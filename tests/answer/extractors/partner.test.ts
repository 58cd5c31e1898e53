import { describe, expect, it } from 'vitest';
import { partnersOf } from '../../../src/answer/extractors/partner.js';
import { engineOn, fixtureApp } from '../../helpers.js';

describe('who or what stands with someone across 与', () => {
  it('should take the other side of the join from the run of names that holds the one asked about', () => {
    expect(partnersOf('林佳龙以「媒人」身分见证台糖与日商三井不动产签约仪式。', '三井').map((x) => x.text)).toEqual(['台糖']);
    expect(partnersOf('交通部长林佳龙受邀出席三井与台糖签约仪式', '三井').map((x) => x.text)).toEqual(['台糖']);
    expect(partnersOf('第一座电报机由威廉·库克和查尔斯展出', '威廉·库克').map((x) => x.text)).toEqual(['查尔斯']);
  });

  it('should answer 跟哪个单位签的约 and 和谁签约 with the partner, a company though it is, not with a witness', () => {
    const engine = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(engine.answer('三井跟哪个单位签的约').answer).toBe('台糖');
    expect(engine.answer('三井和谁签约').answer).toBe('台糖'); // 林佳龙 only saw it signed
    // A thing across 与 is no party to 谁: 「红色和哪一位教宗有关」 is not answered 蓝色.
    const colours = engineOn('制服', [
      '瑞士近卫队制服中的蓝色和黄色色调，从十六世纪开始使用，据说是来自于儒略二世的家族德拉·罗维雷其家族纹章；至于制服中的红色色调，则是来自于教宗利奥十世的家族麦第奇其家族纹章。',
    ]);
    expect(colours.answer('瑞士近卫队制服中的红色色调被认为是和哪一位教宗有关?').answer).not.toBe('蓝色');
    // The side named first, the partner asked after: whatever the partner is called, it is the party asked.
    expect(engine.answer('跟三井不動產簽約的是哪家公司？').answer).toBe('台糖');
  });
});

describe('a partner asked with a place before 哪, or after a clause that drops the subject', () => {
  it('should find the other side of the join', () => {
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('三井不动产跟台中的哪个单位签的约').answer).toBe('台糖');
    expect(partnersOf('远航集团加码投资滨江，与城东电力签约，将在东区打造购物中心。', '远航集团').map((x) => x.text)).toEqual(['城东电力']);
    const e = engineOn('远航集团', ['远航集团加码投资滨江，与城东电力签约，将在东区打造购物中心。']);
    expect(e.answer('远航集团跟哪家单位签的约').answer).toBe('城东电力');
  });
});
