import { toSimplified } from '../text/script.js';

/**
 * Scoring by the CMRC 2018 rules: answers compared in Simplified, without
 * punctuation or white space, lower-cased; exact match, and character F1
 * through the longest common subsequence.
 */
export function normalizeAnswer(text: string): string {
  return toSimplified(text)
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]/gu, '');
}

/** 1 when the prediction equals one of the gold answers after normalisation. */
export function exactMatch(prediction: string, golds: readonly string[]): number {
  const p = normalizeAnswer(prediction);
  return golds.some((g) => normalizeAnswer(g) === p) ? 1 : 0;
}

/** Character F1 through the longest common subsequence, best over the gold answers. */
export function f1(prediction: string, golds: readonly string[]): number {
  const p = [...normalizeAnswer(prediction)];
  let best = 0;
  for (const gold of golds) {
    const g = [...normalizeAnswer(gold)];
    if (p.length === 0 || g.length === 0) {
      best = Math.max(best, p.length === g.length ? 1 : 0);
      continue;
    }
    const lcs = lcsLength(p, g);
    if (lcs === 0) continue;
    const precision = lcs / p.length;
    const recall = lcs / g.length;
    best = Math.max(best, (2 * precision * recall) / (precision + recall));
  }
  return best;
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Whether an answer is right for a question whose expected answer is
 * `expected` (null: the article does not say): an abstention is right only
 * when nothing was expected; otherwise the answer must match one expected form exactly.
 */
export function isRight(answer: string | null, expected: string | readonly string[] | null): boolean {
  if (expected === null) return answer === null;
  if (answer === null) return false;
  return exactMatch(answer, typeof expected === 'string' ? [expected] : expected) === 1;
}
