import { performance } from 'node:perf_hooks';
import { createEngine, type Engine } from '../answer/engine.js';
import type { Intent } from '../intents/schema.js';
import type { Dataset, DatasetQuestion } from './dataset.js';
import { exactMatch, f1, normalizeAnswer } from './score.js';

/** How the questions meet the articles. */
export type Scope = 'article' | 'corpus';

/** The outcome of one question. */
export interface QuestionResult {
  id: string;
  question: string;
  golds: string[];
  type: string;
  prediction: string;
  evidence: string | null;
  em: number;
  f1: number;
  /** The evidence holds a gold answer. */
  hit: number;
  /** The sentence retrieval ranked first holds a gold answer, whether the engine answered or not. */
  retrievalHit: number;
  abstained: boolean;
  score: number;
  ms: number;
}

/** Figures for a group of questions. */
export interface Summary {
  type: string;
  count: number;
  em: number;
  f1: number;
  hit: number;
  retrievalHit: number;
  abstained: number;
  msPerQuestion: number;
}

/** The question type an answer reports under: its intent's name, or `other` when no intent read it. */
export function typeOf(intent: string | null): string {
  return intent ?? 'other';
}

/**
 * Asks every question of a data set. At `article` scope each article is
 * indexed alone, as if dropped into seeds/; at `corpus` scope all are in one
 * index. `onProgress` is told after each question.
 */
export function evaluate(
  dataset: Dataset,
  intents: readonly Intent[],
  scope: Scope,
  onProgress: (done: number, total: number) => void = () => {},
): QuestionResult[] {
  const engines = new Map<number, Engine>();
  const corpus = scope === 'corpus' ? createEngine(dataset.articles, intents) : null;
  const engineFor = (q: DatasetQuestion): Engine => {
    if (corpus) return corpus;
    let engine = engines.get(q.article);
    if (!engine) {
      const article = dataset.articles[q.article];
      engine = createEngine(article ? [article] : [], intents);
      engines.clear(); // questions come article by article: keep one index alive
      engines.set(q.article, engine);
    }
    return engine;
  };
  const results: QuestionResult[] = [];
  dataset.questions.forEach((q, i) => {
    const engine = engineFor(q);
    const start = performance.now();
    const got = engine.answer(q.question);
    const ms = performance.now() - start;
    const prediction = got.answer ?? '';
    const evidence = got.evidence === null ? '' : normalizeAnswer(got.evidence);
    results.push({
      id: q.id,
      question: q.question,
      golds: q.answers,
      type: typeOf(got.intent),
      prediction,
      evidence: got.evidence,
      em: exactMatch(prediction, q.answers),
      f1: f1(prediction, q.answers),
      hit: evidence && q.answers.some((a) => evidence.includes(normalizeAnswer(a))) ? 1 : 0,
      retrievalHit: holds(engine.retrieve(q.question, 1)[0] ?? '', q.answers),
      abstained: got.answer === null,
      score: got.score,
      ms,
    });
    onProgress(i + 1, dataset.questions.length);
  });
  return results;
}

/** 1 when `text` holds one of the answers, after normalisation. */
export function holds(text: string, answers: readonly string[]): number {
  const t = normalizeAnswer(text);
  return t && answers.some((a) => t.includes(normalizeAnswer(a))) ? 1 : 0;
}

/** Figures per question type and overall (`type: 'all'`), plus who and how-much together. */
export function summarize(results: readonly QuestionResult[]): Summary[] {
  const group = (type: string, rows: readonly QuestionResult[]): Summary => {
    const n = rows.length || 1;
    const sum = (f: (r: QuestionResult) => number): number => rows.reduce((s, r) => s + f(r), 0);
    return {
      type,
      count: rows.length,
      em: (100 * sum((r) => r.em)) / n,
      f1: (100 * sum((r) => r.f1)) / n,
      hit: (100 * sum((r) => r.hit)) / n,
      retrievalHit: (100 * sum((r) => r.retrievalHit)) / n,
      abstained: (100 * sum((r) => (r.abstained ? 1 : 0))) / n,
      msPerQuestion: sum((r) => r.ms) / n,
    };
  };
  return byType(results, group);
}

/** `group` applied to each question type found (the intents' names, `other` last), to who and how-much together, and to all. */
export function byType<R extends { type: string }, S>(rows: readonly R[], group: (type: string, rows: readonly R[]) => S): S[] {
  const types = [...new Set(rows.map((r) => r.type))].sort((a, b) => Number(a === 'other') - Number(b === 'other') || a.localeCompare(b));
  return [
    ...types.map((t) => group(t, rows.filter((r) => r.type === t))),
    group('who+how-much', rows.filter((r) => r.type === 'who' || r.type === 'how-much')),
    group('all', rows),
  ];
}
