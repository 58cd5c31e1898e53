import { describe, expect, it } from 'vitest';
import { mentions } from '../../src/text/abbreviation.js';

describe('mentions', () => {
  it('should find a name whole or as an abbreviation, its characters in order and close together', () => {
    expect(mentions('杭州市卫生健康委员会科技教育处处长', '卫健委')).toBe(true);
    expect(mentions('暨南大学衰老与再生医学研究院院长', '暨南大学')).toBe(true);
    expect(mentions('暨南大学衰老与再生医学研究院院长', '浙江大学')).toBe(false);
    expect(mentions('卫生产业企业管理协会', '卫委')).toBe(false);
  });
});
