import { describe, expect, it } from 'vitest';
import { partnersOf } from '../../../src/answer/extractors/partner.js';
import { fixtureApp } from '../../helpers.js';

describe('who or what stands with someone across 与', () => {
  it('should take the other side of the join from the run of names that holds the one asked about', () => {
    expect(partnersOf('林佳龙以「媒人」身分见证台糖与日商三井不动产签约仪式。', '三井').map((x) => x.text)).toEqual(['台糖']);
    expect(partnersOf('交通部长林佳龙受邀出席三井与台糖签约仪式', '三井').map((x) => x.text)).toEqual(['台糖']);
    expect(partnersOf('第一座电报机由威廉·库克和查尔斯展出', '威廉·库克').map((x) => x.text)).toEqual(['查尔斯']);
  });

  it('should answer 跟哪个单位签的约 with the partner, and 和谁签约 not with a witness', () => {
    const engine = fixtureApp('003_taichung-mitsui.txt').engine;
    expect(engine.answer('三井跟哪个单位签的约').answer).toBe('台糖');
    expect(engine.answer('三井和谁签约').answer).toBeNull(); // 台糖 is no person; 林佳龙 only saw it signed
    // The side named first, the partner asked after: whatever the partner is called, it is the party asked.
    expect(engine.answer('跟三井不動產簽約的是哪家公司？').answer).toBe('台糖');
  });
});
