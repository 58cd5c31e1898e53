import { describe, expect, it } from 'vitest';
import { evidenceCoverage } from '../../src/answer/evidence.js';
import type { Term } from '../../src/answer/types.js';
import { buildArticle } from '../../src/article/structure.js';
import { seedApp } from '../helpers.js';

describe('how much of the question the evidence holds', () => {
  seedApp();
  const article = buildArticle({
    id: 'a',
    title: '投资推广署协助企业来港',
    paragraphs: ['投资推广署署长刘凯旋今日表示，去年协助560间企业在港开设业务。', '她表示，近期最少30间企业希望进驻北都。'],
  });
  const term = (word: string, hard: string | null): Term => ({ word, weight: 1, hard, scope: 'sentence', named: hard !== null });
  const terms = [term('刘凯旋', '刘凯旋'), term('进驻', null), term('北都', '北都')];
  const sentence = article.sentences.find((s) => s.norm.startsWith('她表示'));

  it('should count the name a pronoun opening the sentence as its speaker stands for (她表示 → 刘凯旋)', () => {
    expect(sentence).toBeDefined();
    if (!sentence) return;
    const { own } = evidenceCoverage({ text: '30间', source: { article, sentence }, score: 1 }, terms, 1);
    expect(own).toBeCloseTo(1, 5);
  });
});
