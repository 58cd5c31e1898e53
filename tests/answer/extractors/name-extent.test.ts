import { beforeAll, describe, expect, it } from 'vitest';
import { nameExtent } from '../../../src/answer/extractors/name-extent.js';
import { buildArticle } from '../../../src/article/structure.js';
import { loadSegmenter } from '../../../src/text/segment.js';

const article = buildArticle({
  id: 'a',
  title: '罗马',
  paragraphs: [
    '屋大维获得奥古斯都的称号。奥古斯都在位四十余年。刘裕说此事可行。',
    '1931年兹沃雷金造出显像管。兹沃雷金后来移居美国。奥古斯都死后，刘裕率军北伐。',
    '丰臣秀吉于1592年出兵朝鲜。丰臣秀吉于1598年病逝。',
  ],
});

/** The span of `part` in `text`, grown by nameExtent. */
function grow(text: string, part: string): string {
  const start = text.indexOf(part);
  const [s, e] = nameExtent(text, start, start + part.length, article);
  return text.slice(s, e);
}

describe('nameExtent', () => {
  beforeAll(() => loadSegmenter());

  it('should take the character every occurrence of a cut name has after it', () => {
    expect(grow('奥古斯都在位四十余年', '奥古斯')).toBe('奥古斯都');
  });

  it('should take the character every occurrence has before it', () => {
    expect(grow('兹沃雷金后来移居美国', '沃雷金')).toBe('兹沃雷金');
  });

  it('should not end a name with a character that follows names (丰臣秀吉于)', () => {
    expect(grow('丰臣秀吉于1592年出兵朝鲜', '丰臣秀吉')).toBe('丰臣秀吉');
  });

  it('should leave a name whose neighbours differ as it is', () => {
    expect(grow('刘裕说此事可行', '刘裕')).toBe('刘裕');
  });

  it('should not take a character rarely found in names, even when it always stands there', () => {
    expect(grow('1931年兹沃雷金造出显像管', '兹沃雷金')).toBe('兹沃雷金');
  });

  it('should leave a name seen once as it is', () => {
    expect(grow('屋大维获得奥古斯都的称号', '屋大')).toBe('屋大');
  });
});
