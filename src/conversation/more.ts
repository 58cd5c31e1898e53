import type { AskOptions, Engine } from '../answer/engine.js';
import type { Answer } from '../answer/types.js';
import { inScript, toSimplified } from '../text/script.js';

/** The engine's own bars for an answer (its defaults): a further answer to 「还有呢？」 must clear them too. */
const MIN_SCORE = 0.2;
const MIN_COVERAGE = 0.5;

/**
 * 「还有呢？」: another answer to the last question, one not given yet — the
 * best candidate the engine weighed that its check let through and whose
 * evidence holds enough of the question. An answer with `answer: null` when the
 * article says nothing more.
 */
export function answerMore(engine: Engine, question: string, given: readonly string[], options: AskOptions = {}): Answer {
  const { answer, candidates } = engine.explain(question, 20, options);
  const seen = new Set(given.map((g) => toSimplified(g)));
  if (answer.answer !== null) seen.add(toSimplified(answer.answer));
  const next = candidates.find(
    (c) => c.refused === null && c.score >= MIN_SCORE && c.covered >= MIN_COVERAGE && ![...seen].some((s) => s.includes(c.text) || c.text.includes(s)),
  );
  if (!next) return { ...answer, answer: null, evidence: null, paragraph: null, note: null, status: 'no-answer', score: 0 };
  return { ...answer, answer: inScript(next.text, answer.script), evidence: inScript(next.evidence, answer.script), score: next.score, status: 'answered', note: null };
}
