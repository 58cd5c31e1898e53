import { describe, expect, it } from 'vitest';
import { isRight } from '../../src/eval/score.js';
import { seedApp, seedQuestions } from '../helpers.js';

/**
 * The questions of tests/fixtures/seed-questions.yaml the engine gets wrong today, by their text (the file's
 * key). Both are abstentions today where the article does say (日前; 各家医院和研究机构).
 */
const KNOWN_MISSES = ['座谈会什么时候召开？', '分享的专家们来自哪里？'];

describe('questions about the seed article', () => {
  const questions = seedQuestions();
  const engine = seedApp().engine;
  const results = questions.map((item) => ({ item, got: engine.answer(item.q) }));
  const right = results.filter((r) => isRight(r.got.answer, r.item.a));

  it('should have at least 80 questions, 15 of them unanswerable', () => {
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(questions.filter((q) => q.a === null).length).toBeGreaterThanOrEqual(15);
  });

  it('should cover all five intents', () => {
    const intents = new Set(results.map((r) => r.got.intent));
    for (const name of ['who', 'what', 'how-much', 'when', 'where']) expect(intents).toContain(name);
  });

  it('should answer every question right, counting abstentions, but the known misses', () => {
    const misses = results.filter((r) => !isRight(r.got.answer, r.item.a));
    console.log(
      `seed questions: ${right.length}/${questions.length} right (${((right.length / questions.length) * 100).toFixed(1)} %)` +
        misses.map((m) => `\n  miss: ${m.item.q} → ${String(m.got.answer)} (expected ${JSON.stringify(m.item.a)})`).join(''),
    );
    // Exactly these: a new miss fails, and so does a known one answered right (take it off the list).
    expect(misses.map((m) => m.item.q)).toEqual(KNOWN_MISSES);
  });

  it('should abstain on every question the article cannot answer, saying why', () => {
    const unanswerable = results.filter((r) => r.item.a === null);
    expect(unanswerable.length).toBeGreaterThanOrEqual(15);
    for (const { item, got } of unanswerable) {
      expect({ q: item.q, answer: got.answer, evidence: got.evidence }).toEqual({ q: item.q, answer: null, evidence: null });
      expect(['no-answer', 'not-in-article']).toContain(got.status);
    }
  });

  it('should answer every question it can answer with the sentence that says it', () => {
    for (const { item, got } of results.filter((r) => r.item.a !== null && !KNOWN_MISSES.includes(r.item.q))) {
      expect({ q: item.q, status: got.status }).toEqual({ q: item.q, status: 'answered' });
      expect(got.evidence, item.q).toBeTruthy();
    }
  });
});
