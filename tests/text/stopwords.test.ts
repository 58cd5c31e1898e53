import { describe, expect, it } from 'vitest';
import { isStopWord } from '../../src/text/stopwords.js';
import { everyArticleApp } from '../helpers.js';

describe('function words', () => {
  it('should count two function words jieba joins (是从) as one', () => {
    expect(isStopWord('是从')).toBe(true);
    expect(isStopWord('升级')).toBe(false);
  });

  it('should not let 是从 of 「是从哪年开始」 count as a word the evidence lacks', () => {
    expect(everyArticleApp().engine.answer('渝洽会是从哪一年开始升级成西洽会的').answer).toBe('2018年');
  });
});
