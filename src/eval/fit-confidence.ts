import { writeFileSync } from 'node:fs';
import { featuresOf, type ConfidenceModel } from '../answer/confidence.js';
import { createEngine, type Engine } from '../answer/engine.js';
import { DEFAULT_WEIGHTS } from '../answer/weights.js';
import { buildArticle } from '../article/structure.js';
import type { Intent } from '../intents/schema.js';
import { formatTable } from '../console/table.js';
import type { Dataset } from './dataset.js';
import { holds } from './evaluate.js';
import { f1 } from './score.js';

/** One answer the engine would give, as the model sees it. */
interface Example {
  article: number;
  features: Record<string, number>;
  /** 1 when the answer is right (F1 ≥ 0.5), 0 when wrong or given though the answer was taken out. */
  label: number;
  /** The answer's F1 (0 for one given without its answer). */
  f1: number;
  /** True for a question asked of its article with the answer sentences taken out. */
  without: boolean;
  /** Whether the engine's own gates (score, coverage) let it through before the model is asked. */
  gated: boolean;
}

/** Cross-validation folds, by article: no article's questions are both fitted on and measured. */
const FOLDS = 5;

/** The engine with no gate at all: every best candidate is an example. */
const UNGATED = { minScore: 0, minCoverage: 0, minConfidence: 0 } as const;
/** The engine's own gates before the model (its defaults). */
const MIN_SCORE = DEFAULT_WEIGHTS.minScore;
const MIN_COVERAGE = DEFAULT_WEIGHTS.minCoverage;

/**
 * Every question of a set asked twice, of its article and of the article
 * without the sentences that hold the answer, each best candidate with its
 * features and whether giving it would be right.
 */
export function collectExamples(dataset: Dataset, intents: readonly Intent[]): { examples: Example[]; withouts: number } {
  const examples: Example[] = [];
  let withouts = 0;
  let engine: Engine | null = null;
  let at = -1;
  // Every best candidate teaches the model; only those the engine's gates let through count in the figures.
  const best = (e: Engine, question: string): { text: string; features: Record<string, number>; gated: boolean } | null => {
    const ex = e.explain(question, 0);
    const s = ex.signals;
    if (ex.answer.answer === null || !s) return null;
    return { text: ex.answer.answer, features: featuresOf(s, ex.answer.kind), gated: s.score >= MIN_SCORE && s.covered >= MIN_COVERAGE };
  };
  for (const q of dataset.questions) {
    const article = dataset.articles[q.article];
    if (!article) continue;
    if (q.article !== at) {
      engine = createEngine([article], intents, UNGATED);
      at = q.article;
    }
    const got = engine && best(engine, q.question);
    if (got) {
      const score = f1(got.text, q.answers);
      examples.push({ article: q.article, features: got.features, label: score >= 0.5 ? 1 : 0, f1: score, without: false, gated: got.gated });
    }
    let removed = 0;
    const paragraphs = article.paragraphs.map((p) => {
      const kept = p.sentences.filter((s) => !holds(s.text, q.answers));
      removed += p.sentences.length - kept.length;
      return kept.map((s) => s.text).join('');
    });
    if (removed === 0) continue;
    withouts++;
    const stripped = createEngine([buildArticle({ id: article.id, title: article.title, paragraphs })], intents, UNGATED);
    const wrong = best(stripped, q.question);
    if (wrong) examples.push({ article: q.article, features: wrong.features, label: 0, f1: 0, without: true, gated: wrong.gated });
  }
  return { examples, withouts };
}

/** Logistic regression by gradient descent on standardised features, with a little L2; weights returned on the raw scale. */
export function fitLogistic(examples: readonly Example[], names: readonly string[], l2 = 1e-3, steps = 3000, rate = 0.5): ConfidenceModel {
  const n = examples.length;
  const mean = names.map((k) => examples.reduce((s, e) => s + (e.features[k] ?? 0), 0) / n);
  const sd = names.map((k, j) => Math.sqrt(examples.reduce((s, e) => s + ((e.features[k] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / n) + 1e-9);
  const z = examples.map((e) => names.map((k, j) => ((e.features[k] ?? 0) - (mean[j] ?? 0)) / (sd[j] ?? 1)));
  const w = names.map(() => 0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const grad = names.map(() => 0);
    let gb = 0;
    z.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(x.reduce((s, v, j) => s + v * (w[j] ?? 0), 0) + b)));
      const err = p - (examples[i]?.label ?? 0);
      x.forEach((v, j) => (grad[j] = (grad[j] ?? 0) + err * v));
      gb += err;
    });
    names.forEach((_, j) => (w[j] = (w[j] ?? 0) - rate * ((grad[j] ?? 0) / n + l2 * (w[j] ?? 0))));
    b -= (rate * gb) / n;
  }
  const weights: Record<string, number> = {};
  names.forEach((k, j) => (weights[k] = (w[j] ?? 0) / (sd[j] ?? 1)));
  return { bias: b - names.reduce((s, _, j) => s + ((w[j] ?? 0) * (mean[j] ?? 0)) / (sd[j] ?? 1), 0), weights };
}

/** A fixed scramble of an article's index. */
function hash(n: number): number {
  return Math.imul(n + 1, 2654435761) >>> 0;
}

function predict(m: ConfidenceModel, e: Example): number {
  let z = m.bias;
  for (const [k, v] of Object.entries(e.features)) z += (m.weights[k] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

/** F1 over all questions, and the share of questions-without-their-answer still answered, at a threshold. */
function figures(examples: readonly Example[], p: readonly number[], threshold: number, questions: number, withouts: number): [number, number] {
  let f = 0;
  let answered = 0;
  examples.forEach((e, i) => {
    if (!e.gated || (p[i] ?? 0) < threshold) return;
    if (e.without) answered++;
    else f += e.f1;
  });
  return [(100 * f) / questions, (100 * answered) / Math.max(1, withouts)];
}

/**
 * `npm run --silent eval -- --fit-confidence TRAIN.json CHECK.json`: fits
 * data/confidence.yaml on TRAIN (cross-validated by article, five folds) and
 * prints F1 and the share answered without the answer at each threshold, on
 * TRAIN's held-out folds and on CHECK.
 */
export function fitConfidence(train: Dataset, check: Dataset, intents: readonly Intent[], out: string): string {
  const { examples: a, withouts: aw } = collectExamples(train, intents);
  const { examples: c, withouts: cw } = collectExamples(check, intents);
  const names = Object.keys(a[0]?.features ?? {}).sort();
  // Articles dealt to folds in a fixed shuffled order, so that neighbouring articles (often on one topic) are split.
  const articles = [...new Set(a.map((e) => e.article))].sort((x, y) => hash(x) - hash(y));
  const cv = new Array<number>(a.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = new Set(articles.filter((_, i) => i % FOLDS === fold));
    const model = fitLogistic(a.filter((e) => !test.has(e.article)), names);
    a.forEach((e, i) => {
      if (test.has(e.article)) cv[i] = predict(model, e);
    });
  }
  const model = fitLogistic(a, names);
  const pc = c.map((e) => predict(model, e));
  const rows = [['threshold', 'train F1 (cv)', 'train answered without %', 'check F1', 'check answered without %']];
  for (const t of [0, 0.1, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3, 0.4, 0.5]) {
    const [fa, wa] = figures(a, cv, t, train.questions.length, aw);
    const [fc, wc] = figures(c, pc, t, check.questions.length, cw);
    rows.push([t.toFixed(2), fa.toFixed(1), wa.toFixed(1), fc.toFixed(1), wc.toFixed(1)]);
  }
  const header = [
    '# The confidence model: how likely an answer is right, from what the engine knows when it chooses it.',
    "# P(right) = 1 / (1 + e^-(bias + sum of weight × feature)); the features are src/answer/confidence.ts's",
    '# featuresOf. Fitted by `npm run --silent eval -- --fit-confidence TRAIN.json CHECK.json` (answered questions',
    '# labelled right when F1 >= 0.5; the same questions asked without their answer sentences labelled wrong).',
    '# The engine abstains below its minConfidence (src/answer/weights.ts).',
  ];
  const body = [`bias: ${model.bias.toFixed(4)}`, 'weights:', ...names.map((k) => `  ${k}: ${(model.weights[k] ?? 0).toFixed(4)}`)];
  writeFileSync(out, `${[...header, ...body].join('\n')}\n`);
  return formatTable(rows);
}
