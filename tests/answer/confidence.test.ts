import { describe, expect, it } from 'vitest';
import { confidence, featuresOf, type Signals } from '../../src/answer/confidence.js';
import { fitLogistic } from '../../src/eval/fit-confidence.js';
import { createEngine } from '../../src/answer/engine.js';
import { blend, DEFAULT_WEIGHTS } from '../../src/answer/weights.js';
import { seedApp } from '../helpers.js';

const strong: Signals = { score: 0.9, covered: 1, own: 1, fit: 1, retrieval: 1, margin: 0.5, agreement: 1, generic: 0, terms: 4, length: 4, echo: 0, anchored: 1 };
const weak: Signals = { score: 0.25, covered: 0.5, own: 0.2, fit: 0.4, retrieval: 0.5, margin: 0, agreement: 0.2, generic: 1, terms: 4, length: 12, echo: 0.5, anchored: 0.5 };

describe('the confidence model', () => {
  it('should rate a clear, well-supported answer above a weak one, and leave yes/no and report kinds to their extractors', () => {
    const high = confidence(strong, 'number');
    const low = confidence(weak, 'phrase');
    expect(high).toBeGreaterThan(0.5);
    expect(low).toBeLessThan(0.22);
    expect(confidence(strong, 'yesno')).toBeNull();
    expect(confidence(strong, 'title')).toBeNull();
  });

  it('should rate an organisation as it rates a post, not leave it ungated', () => {
    expect(confidence(weak, 'organization')).toBe(confidence(weak, 'role'));
  });

  it('should make the engine abstain on a wrong answer it would give without the model', () => {
    const { articles, intents } = seedApp().engine;
    // The article never lists the 1+4 tracks; 积极推进生命健康 is a piece of the sentence that names them.
    expect(createEngine(articles, intents, { minConfidence: 0 }).answer('1+4产业主赛道都包括哪几个产业').answer).toBe('积极推进生命健康');
    expect(seedApp().engine.answer('1+4产业主赛道都包括哪几个产业').answer).toBeNull();
  });

  it('should learn weights that separate right from wrong examples', () => {
    const examples = Array.from({ length: 200 }, (_, i) => {
      const right = i % 2 === 0;
      const s = right ? strong : weak;
      return { article: i % 10, features: featuresOf({ ...s, score: s.score + (i % 7) / 100 }, 'number'), label: right ? 1 : 0, f1: right ? 1 : 0, without: !right, gated: true };
    });
    const names = Object.keys(examples[0]?.features ?? {});
    const model = fitLogistic(examples, names, 1e-3, 300);
    expect(model.weights.covered ?? 0).toBeGreaterThan(0);
    expect(confidence(strong, 'number', model)).toBeGreaterThan(0.9);
    expect(confidence(weak, 'number', model)).toBeLessThan(0.1);
  });
});

describe('the engine weights', () => {
  it('should blend fit, coverage and retrieval with the floors of the defaults, and take overrides', () => {
    expect(blend(1, 0.5, 1, DEFAULT_WEIGHTS)).toBeCloseTo(0.65);
    expect(blend(1, 0, 0, DEFAULT_WEIGHTS)).toBeCloseTo(0.15);
    const { articles, intents } = seedApp().engine;
    // No confidence gate and no score floor, but a coverage the evidence can never reach: nothing is answered.
    expect(createEngine(articles, intents, { minConfidence: 0, minScore: 0, minCoverage: 1.01 }).answer('运河网谷签约了多少客户？').answer).toBeNull();
  });
});
