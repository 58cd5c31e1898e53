import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/structure.js';
import { SentenceIndex } from '../../src/search/index.js';
import { processTerm, tokenize } from '../../src/search/tokenize.js';
import { seedApp } from '../helpers.js';

describe('tokenize and processTerm', () => {
  it('should give words and bigrams, and drop question and stop words', () => {
    const terms = tokenize('运河网谷签约了多少客户').map(processTerm).filter(Boolean);
    expect(terms).toContain('签约');
    expect(terms).toContain('网谷');
    expect(terms).not.toContain('多少');
    expect(terms).not.toContain('了');
  });

  it('should drop the result a verb is cut from (打造|成): the article says 打造 without it', () => {
    const terms = tokenize('拱墅要打造成哪几样').map(processTerm).filter(Boolean);
    expect(terms).toContain('打造');
    expect(terms).not.toContain('成');
  });
});

describe('SentenceIndex', () => {
  const article = seedApp().engine.articles[0];
  if (!article) throw new Error('no seed article');
  const index = new SentenceIndex([article]);

  it('should index every sentence of the article and nothing of its boilerplate', () => {
    expect(index.size).toBe(article.sentences.length);
    for (const hit of index.query('中国西藏网 版权 乌镇峰会')) expect(hit.sentence.norm).not.toMatch(/西藏|版权|乌镇/u);
  });

  it('should find the sentence that holds the answer first', () => {
    expect(index.query('运河网谷签约了多少客户')[0]?.sentence.norm).toContain('签约客户147家');
    expect(index.query('医药制造业工业总产值')[0]?.sentence.norm).toContain('1150亿元');
  });

  it('should find a figure whose unit the question glues on another way (1150亿 of 1150亿元)', () => {
    expect(index.query('1150亿是哪一年的')[0]?.sentence.norm).toContain('1150亿元');
  });

  it('should find sentences of a Traditional article with a Simplified query once normalised', () => {
    expect(index.query('谁是拱墅区副区长')[0]?.sentence.text).toContain('拱墅區副區長包曉東');
  });

  it('should let the paragraph vote for a sentence that does not repeat the subject', () => {
    const a = buildArticle({ id: 'p', title: '', paragraphs: ['梵语是古老的语言。1786年被介绍到欧洲。', '拉丁语是另一种语言。'] });
    const i = new SentenceIndex([a]);
    expect(i.query('梵语在哪一年被介绍到欧洲').map((h) => h.sentence.norm)[0]).toBe('1786年被介绍到欧洲。');
  });

  it('should count in how many sentences a term occurs', () => {
    expect(index.documentFrequency('运河')).toBeGreaterThan(1);
    expect(index.documentFrequency('特斯拉')).toBe(0);
  });
});
