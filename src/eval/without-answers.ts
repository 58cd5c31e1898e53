import { createEngine } from '../answer/engine.js';
import { buildArticle } from '../article/structure.js';
import type { Intent } from '../intents/schema.js';
import type { Dataset } from './dataset.js';
import { byType, holds, typeOf } from './evaluate.js';

/** A question asked of its article without the sentences that hold its answer. */
export interface WithoutAnswerResult {
  id: string;
  question: string;
  type: string;
  /** What the engine answered anyway; '' when it said the article does not say, as it should. */
  prediction: string;
}

/** How often the engine answers when the answer has been taken out, per question type. */
export interface WithoutAnswerSummary {
  type: string;
  count: number;
  /** Share answered anyway, in %: lower is better. */
  answered: number;
}

/**
 * The data sets hold only answerable questions; this makes each one
 * unanswerable: its article is rebuilt without every sentence that holds a
 * gold answer, so the article still speaks of the subject but no longer says
 * the answer. The engine should then say so. One index per question: slow,
 * hence a flag of `npm run eval`.
 */
export function evaluateWithoutAnswers(
  dataset: Dataset,
  intents: readonly Intent[],
  onProgress: (done: number, total: number) => void = () => {},
): WithoutAnswerResult[] {
  const results: WithoutAnswerResult[] = [];
  dataset.questions.forEach((q, i) => {
    onProgress(i + 1, dataset.questions.length);
    const article = dataset.articles[q.article];
    if (!article) return;
    let removed = 0;
    const paragraphs = article.paragraphs.map((p) => {
      const kept = p.sentences.filter((s) => !holds(s.text, q.answers));
      removed += p.sentences.length - kept.length;
      return kept.map((s) => s.text).join('');
    });
    if (removed === 0) return; // no sentence holds the answer verbatim: nothing to take out
    const engine = createEngine([buildArticle({ id: article.id, title: article.title, paragraphs })], intents);
    const got = engine.answer(q.question);
    results.push({ id: q.id, question: q.question, type: typeOf(got.intent), prediction: got.answer ?? '' });
  });
  return results;
}

/** The share answered anyway per question type, who and how-much together, and overall. */
export function summarizeWithoutAnswers(results: readonly WithoutAnswerResult[]): WithoutAnswerSummary[] {
  const group = (type: string, rows: readonly WithoutAnswerResult[]): WithoutAnswerSummary => ({
    type,
    count: rows.length,
    answered: rows.length === 0 ? 0 : (100 * rows.filter((r) => r.prediction !== '').length) / rows.length,
  });
  return byType(results, group);
}
