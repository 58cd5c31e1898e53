import type { AnswerPattern } from '../../intents/schema.js';
import { standing } from '../evidence.js';
import type { Candidate, ExtractContext } from '../types.js';

/**
 * Answers found by an intent's own `extract` patterns: each match's group
 * `answer` in a retrieved sentence, weighed by how near it stands to the
 * question's words. This is how an intent file adds a kind of answer
 * (a reason after 因为, 由于…) without code.
 */
export function extractWithPatterns(ctx: ExtractContext, patterns: readonly AnswerPattern[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { article, sentence } of ctx.hits) {
    const text = sentence.norm;
    for (const pattern of patterns) {
      pattern.regex.lastIndex = 0;
      for (const m of text.matchAll(pattern.regex)) {
        const answer = m.groups?.answer?.trim();
        if (!answer || ctx.question.includes(answer)) continue;
        const start = (m.index ?? 0) + m[0].indexOf(answer);
        const { local, near } = standing(text, start, start + answer.length, ctx.terms, 0.8);
        // An intent author's own pattern is the most precise extractor there is: it starts high.
        candidates.push({ text: answer, source: { article, sentence }, start, score: 0.7 + 0.2 * local + 0.1 * near });
      }
    }
  }
  return candidates;
}
