import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isRight } from '../../src/eval/score.js';
import { ROOT, seedApp, type SeedQuestion } from '../helpers.js';

describe('questions written after tuning (seed-questions-holdout.yaml)', () => {
  it('should answer every one of them right', () => {
    const questions = parse(readFileSync(`${ROOT}tests/fixtures/seed-questions-holdout.yaml`, 'utf8')) as SeedQuestion[];
    const engine = seedApp().engine;
    const misses = questions.filter((x) => !isRight(engine.answer(x.q).answer, x.a));
    console.log(`holdout: ${questions.length - misses.length}/${questions.length} right` + misses.map((m) => `\n  miss: ${m.q}`).join(''));
    expect(misses.map((m) => m.q)).toEqual([]);
  });
});
