import { describe, expect, it } from 'vitest';
import { isRight } from '../../src/eval/score.js';
import { seedApp, seedQuestions } from '../helpers.js';

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

  it('should answer at least 95 % right, counting abstentions', () => {
    const misses = results.filter((r) => !isRight(r.got.answer, r.item.a));
    const share = right.length / questions.length;
    console.log(
      `seed questions: ${right.length}/${questions.length} right (${(share * 100).toFixed(1)} %)` +
        misses.map((m) => `\n  miss: ${m.item.q} → ${String(m.got.answer)} (expected ${JSON.stringify(m.item.a)})`).join(''),
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it('should never answer an unanswerable question with evidence', () => {
    for (const r of results.filter((x) => x.item.a === null && x.got.answer === null)) expect(r.got.evidence).toBeNull();
  });
});
