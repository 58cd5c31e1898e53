import { describe, expect, it } from 'vitest';
import { homeNames, withHomeNames } from '../../src/article/home.js';
import { buildArticle } from '../../src/article/structure.js';
import { fixtureApp } from '../helpers.js';

describe('a local paper’s words for its own area', () => {
  it('should read 我市 as the area of that level the article names more than once', () => {
    const names = homeNames('我市举行签约仪式。会上观看了松原市情宣传片。松原市商会代表应邀参加。');
    expect([...names]).toEqual([['我市', '松原市']]);
    expect(withHomeNames('我市投资说明会在宾馆举行', names)).toBe('松原市投资说明会在宾馆举行');
  });

  it('should leave 我市 alone when no area is named twice, or two equally often, and never touch 本省人', () => {
    expect(homeNames('我市举行签约仪式。松原市代表参加。').size).toBe(0);
    expect(homeNames('我市举行签约仪式。松原市、长春市、松原市代表和长春市代表参加。').size).toBe(0);
    expect(homeNames('本省人与外省人。台北市、台北市').size).toBe(0);
  });

  it('should keep the sentence as written and read its normalised text with the name', () => {
    const article = buildArticle({ id: 'a', title: '我市举行签约仪式', paragraphs: ['我市投资说明会举行。', '观看了松原市情宣传片，松原市商会参加。'] });
    expect(article.sentences[0]).toMatchObject({ text: '我市投资说明会举行。', norm: '松原市投资说明会举行。' });
    expect(article.titleNorm).toBe('松原市举行签约仪式');
  });

  it('should answer a question about 松原 from what the Songyuan paper says of 我市', () => {
    const { engine } = fixtureApp('002_songyuan-signing.txt');
    expect(engine.answer('松原签约的项目涉及哪些领域').answer).toContain('生物化工、农产品加工');
  });
});
