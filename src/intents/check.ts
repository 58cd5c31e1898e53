import { performance } from 'node:perf_hooks';
import { normalize } from '../text/normalize.js';
import { matchIntent } from './match.js';
import { MAX_QUESTION_LENGTH, type Intent } from './schema.js';

/** A problem found in a valid set of intents that deserves a look but does not stop it. */
export interface IntentWarning {
  file: string;
  line: number;
  message: string;
}

/** Inputs of the longest allowed length, built to make a backtracking pattern struggle. */
const STRESS = [
  'a'.repeat(MAX_QUESTION_LENGTH - 1) + '!',
  '谁'.repeat(MAX_QUESTION_LENGTH - 1) + '？',
  '是'.repeat(MAX_QUESTION_LENGTH),
  '多少'.repeat(MAX_QUESTION_LENGTH / 2),
  '的'.repeat(MAX_QUESTION_LENGTH - 1) + 'x',
];

/** Time a pattern may take on one stress input before it is called slow. */
const SLOW_MS = 25;

/** Patterns that take too long on long input, measured. */
export function slowPatterns(intents: readonly Intent[]): IntentWarning[] {
  const slow: IntentWarning[] = [];
  for (const intent of intents) {
    for (const pattern of intent.patterns) {
      for (const input of STRESS) {
        const start = performance.now();
        pattern.regex.exec(input);
        const ms = performance.now() - start;
        if (ms > SLOW_MS) {
          slow.push({ file: intent.file, line: pattern.line, message: `pattern "${pattern.source}" took ${ms.toFixed(0)} ms on a ${input.length}-character question` });
          break;
        }
      }
    }
  }
  return slow;
}

/**
 * Example questions that two intents claim: listed in both files, or listed
 * in one but won by another's patterns.
 */
export function contestedExamples(intents: readonly Intent[]): IntentWarning[] {
  const warnings: IntentWarning[] = [];
  const owner = new Map<string, Intent>();
  for (const intent of intents) {
    for (const example of intent.examples) {
      const q = normalize(example.question);
      const first = owner.get(q);
      if (first && first !== intent) {
        warnings.push({ file: intent.file, line: example.line, message: `example "${example.question}" is also an example of "${first.name}" (${first.file})` });
      }
      owner.set(q, intent);
      const won = matchIntent(q.replace(/[\s?？!！。]+$/u, ''), intents)?.intent;
      if (won && won !== intent) {
        warnings.push({
          file: intent.file,
          line: example.line,
          message: `example "${example.question}" is matched by intent "${won.name}" (${won.file}), not "${intent.name}"`,
        });
      }
    }
  }
  return warnings;
}
