import type { Engine } from '../answer/engine.js';
import type { Answer } from '../answer/types.js';
import { toSimplified } from '../text/script.js';
import type { Turn } from './followup.js';

/** Suggestions under an answer: few enough to read at a glance. */
export const MAX_SUGGESTIONS = 3;

/** A question's identity for "already asked": Simplified, without punctuation or spaces. */
export function questionKey(question: string): string {
  return toSimplified(question).replace(/[\s\p{P}]/gu, '');
}

/**
 * Up to three questions to ask next, each one the engine answers (checked by
 * asking it), none already asked (`asked`) nor answered by what was just said:
 * first about the person of the turn (who they are, what they said), then the
 * article's example questions, then who its other people are. `fits` lets the
 * caller drop questions it cannot carry (a button's 64 bytes).
 */
export function suggestQuestions(
  engine: Engine,
  turn: Turn,
  asked: readonly string[],
  examples: readonly string[],
  fits: (question: string) => boolean = () => true,
): string[] {
  const people = engine.articles.flatMap((a) => a.people.map((p) => p.name));
  const about = turn.person ? [`${turn.person}是谁？`, `${turn.person}说了什么？`] : [];
  const candidates = [...about, ...examples, ...people.filter((p) => p !== turn.person).map((p) => `${p}是谁？`)];
  const seen = new Set([...asked, turn.question].map(questionKey));
  const said = new Set([turn.answer, ...turn.given].filter((a): a is string => a !== null).map(toSimplified));
  const picked: string[] = [];
  for (const q of candidates) {
    if (picked.length >= MAX_SUGGESTIONS) break;
    const key = questionKey(q);
    if (seen.has(key) || !fits(q)) continue;
    seen.add(key);
    const a: Answer = engine.answer(q);
    if (a.answer === null) continue;
    const text = toSimplified(a.answer);
    // An answer the reader already has (包晓东是谁 → 拱墅区副区长, after 谁是拱墅区副区长) is no suggestion.
    if (said.has(text) || turn.question.includes(text)) continue;
    picked.push(q);
  }
  return picked;
}
