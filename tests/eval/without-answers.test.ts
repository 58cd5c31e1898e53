import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/structure.js';
import type { Dataset } from '../../src/eval/dataset.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { evaluateWithoutAnswers, summarizeWithoutAnswers } from '../../src/eval/without-answers.js';
import { seedApp } from '../helpers.js';

const dataset: Dataset = {
  articles: [
    buildArticle({
      id: '0:电话',
      title: '电话',
      paragraphs: ['亚历山大·贝尔于1876年在波士顿发明了电话。电话很快传遍了世界各地的城市。', '早期的电话需要接线员转接。'],
    }),
  ],
  questions: [
    { id: 'who', question: '谁发明了电话？', answers: ['亚历山大·贝尔'], article: 0, paragraph: 0 },
    { id: 'absent', question: '电话有多重？', answers: ['三公斤'], article: 0, paragraph: 0 },
  ],
};

describe('evaluateWithoutAnswers', () => {
  const { intents } = seedApp().engine;

  it('should ask a question the engine answers of its article without the answer, and see it abstain', () => {
    expect(evaluate(dataset, intents, 'article').find((r) => r.id === 'who')?.prediction).toBe('亚历山大·贝尔');
    const results = evaluateWithoutAnswers(dataset, intents);
    expect(results).toEqual([{ id: 'who', question: '谁发明了电话？', type: 'who', prediction: '' }]);
    const who = summarizeWithoutAnswers(results).find((s) => s.type === 'who');
    expect(who).toEqual({ type: 'who', count: 1, answered: 0 });
  });

  it('should leave out a question whose answer no sentence holds, since nothing can be taken out', () => {
    expect(evaluateWithoutAnswers(dataset, intents).map((r) => r.id)).not.toContain('absent');
  });
});
