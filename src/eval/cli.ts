import { writeFileSync } from 'node:fs';
import { readConfig } from '../config.js';
import { formatTable } from '../console/table.js';
import { loadIntents } from '../intents/load.js';
import { loadSegmenter } from '../text/segment.js';
import { loadArticles } from '../article/load.js';
import { createEngine } from '../answer/engine.js';
import type { Intent } from '../intents/schema.js';
import { loadDataset } from './dataset.js';
import {
  evaluateReaderQuestions,
  isReaderQuestionFile,
  loadReaderQuestions,
  readJson,
  summarizeReaderResults,
  type ReaderSummary,
} from './questions.js';
import { evaluate, summarize, type QuestionResult, type Scope, type Summary } from './evaluate.js';
import { evaluateWithoutAnswers, summarizeWithoutAnswers, type WithoutAnswerSummary } from './without-answers.js';

const USAGE =
  'usage: npm run --silent eval -- FILE.json [--scope article|corpus] [--predictions OUT.json] [--json] [--worst N] [--without-answers] [--seeds DIR ...]';

/** `npm run eval`: scores the engine on a SQuAD-format set and prints the figures. */
export async function runEval(args: readonly string[]): Promise<void> {
  const config = readConfig();
  if (args[0] === '--fit-confidence') {
    const [, train, check] = args;
    if (!train || !check) throw new Error('usage: npm run --silent eval -- --fit-confidence TRAIN.json CHECK.json');
    loadSegmenter();
    const { fitConfidence } = await import('./fit-confidence.js');
    const out = 'data/confidence.yaml';
    process.stdout.write(`${fitConfidence(loadDataset(train), loadDataset(check), loadIntents(config.intentsDir).intents, out)}\nwrote ${out}\n`);
    return;
  }
  const options = parseArgs(args);
  loadSegmenter();
  const { intents, errors } = loadIntents(config.intentsDir);
  for (const e of errors) process.stderr.write(`Skipped an invalid intents file: ${e.message}\n`);
  const parsed = readJson(options.file);
  if (isReaderQuestionFile(parsed)) {
    runReaderQuestions(options, parsed, intents);
    return;
  }
  const dataset = loadDataset(options.file);
  const started = Date.now();
  const results = withProgress((progress) => evaluate(dataset, intents, options.scope, progress));
  const seconds = (Date.now() - started) / 1000;
  const summary = summarize(results);
  if (options.predictions) {
    writeFileSync(options.predictions, `${JSON.stringify(Object.fromEntries(results.map((r) => [r.id, r.prediction])), null, 1)}\n`);
  }
  const withoutAnswers = options.withoutAnswers ? summarizeWithoutAnswers(withProgress((progress) => evaluateWithoutAnswers(dataset, intents, progress))) : null;
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ file: options.file, scope: options.scope, summary, ...(withoutAnswers ? { withoutAnswers, squad2: squad2(summary, withoutAnswers) } : {}) })}\n`,
    );
    return;
  }
  process.stdout.write(`${options.file} · scope ${options.scope} · ${results.length} questions · ${seconds.toFixed(1)} s\n`);
  process.stdout.write(`${formatSummary(summary)}\n`);
  const worst = formatWorst(results, options.worst);
  if (worst) process.stdout.write(`\nWorst misses (confident and wrong):\n${worst}\n`);
  if (withoutAnswers) {
    process.stdout.write('\nThe same questions, each asked of its article without the sentences that hold its answer (should abstain):\n');
    process.stdout.write(`${formatTable([['type', 'count', 'answered anyway %'], ...withoutAnswers.map((s) => [s.type, String(s.count), s.answered.toFixed(1)])])}\n`);
    process.stdout.write('\nAs SQuAD 2.0 scores it (has-answer F1; no-answer accuracy: abstained with the answer taken out; all: over both sets of questions):\n');
    process.stdout.write(`${formatSquad2(squad2(summary, withoutAnswers))}\n`);
  }
}

/**
 * A file of reader questions (tests/fixtures/heldout/): asked of the articles
 * of the seeds folder (or of each `--seeds` folder together), each judged
 * right, wrong or rightly abstained.
 */
function runReaderQuestions(options: EvalOptions, parsed: unknown[], intents: readonly Intent[]): void {
  const questions = loadReaderQuestions(options.file, parsed);
  const dirs = options.seeds.length > 0 ? options.seeds : [readConfig().seedsDir];
  const engine = createEngine(dirs.flatMap((dir) => loadArticles(dir)), intents);
  const results = evaluateReaderQuestions(engine, questions);
  const summary = summarizeReaderResults(results);
  if (options.predictions) {
    writeFileSync(options.predictions, `${JSON.stringify(Object.fromEntries(results.map((r) => [r.id, r.answer ?? ''])), null, 1)}\n`);
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ file: options.file, summary, results })}\n`);
    return;
  }
  process.stdout.write(`${options.file} · ${results.length} questions · ${engine.articles.length} article(s)\n`);
  process.stdout.write(`${formatReaderSummary(summary)}\n`);
  const misses = results.filter((r) => !r.right).slice(0, options.worst);
  if (misses.length > 0) {
    process.stdout.write(`\nMisses (first ${misses.length}):\n`);
    for (const r of misses) process.stdout.write(`  ${r.id} [${r.kind}] ${r.question} → ${r.answer ?? '(abstained)'} · ${r.why}\n`);
  }
}

/** Reader-question figures as a table: answerable right, unanswerable abstained, and their mean. */
export function formatReaderSummary(summary: readonly ReaderSummary[]): string {
  const pct = (n: number, d: number): string => (d === 0 ? '-' : ((100 * n) / d).toFixed(1));
  const rows = [['kind', 'answerable', 'right %', 'unanswerable', 'abstained %']];
  for (const s of summary) rows.push([s.kind, String(s.answerable), pct(s.right, s.answerable), String(s.unanswerable), pct(s.abstained, s.unanswerable)]);
  return formatTable(rows);
}

interface EvalOptions {
  file: string;
  seeds: string[];
  scope: Scope;
  predictions: string | null;
  json: boolean;
  worst: number;
  withoutAnswers: boolean;
}

function parseArgs(args: readonly string[]): EvalOptions {
  let file = '';
  let withoutAnswers = false;
  let scope: Scope = 'article';
  let predictions: string | null = null;
  let json = false;
  let worst = 10;
  const seeds: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--scope') {
      const value = args[++i];
      if (value !== 'article' && value !== 'corpus') throw new Error(`--scope takes article or corpus, not "${value ?? ''}"\n${USAGE}`);
      scope = value;
    } else if (arg === '--predictions') {
      predictions = args[++i] ?? null;
      if (!predictions) throw new Error(`--predictions needs a file name\n${USAGE}`);
    } else if (arg === '--json') json = true;
    else if (arg === '--worst') {
      const value = args[++i];
      worst = Number(value);
      if (!Number.isInteger(worst) || worst < 0) throw new Error(`--worst takes a whole number, not "${value ?? ''}"\n${USAGE}`);
    } else if (arg === '--seeds') {
      const value = args[++i];
      if (!value) throw new Error(`--seeds needs a folder of articles\n${USAGE}`);
      seeds.push(value);
    }
    else if (arg === '--without-answers') withoutAnswers = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else file = arg;
  }
  if (!file) throw new Error(USAGE);
  return { file, seeds, scope, predictions, json, worst, withoutAnswers };
}

/** One row of the SQuAD 2.0-style figures. */
export interface Squad2Row {
  type: string;
  hasAnswerF1: number;
  noAnswerAccuracy: number;
  /** Over all questions of both sets, as SQuAD 2.0's overall F1 (an abstention on a no-answer question scores 1). */
  all: number;
}

/** Has-answer F1, no-answer accuracy and the overall figure per type, from the two runs' summaries. */
export function squad2(summary: readonly Summary[], without: readonly WithoutAnswerSummary[]): Squad2Row[] {
  return summary.flatMap((s) => {
    const w = without.find((x) => x.type === s.type);
    if (!w) return [];
    const accuracy = 100 - w.answered;
    const total = s.count + w.count;
    return [{ type: s.type, hasAnswerF1: s.f1, noAnswerAccuracy: accuracy, all: total === 0 ? 0 : (s.f1 * s.count + accuracy * w.count) / total }];
  });
}

function formatSquad2(rows: readonly Squad2Row[]): string {
  return formatTable([
    ['type', 'has-answer F1', 'no-answer accuracy %', 'all'],
    ...rows.map((r) => [r.type, r.hasAnswerF1.toFixed(1), r.noAnswerAccuracy.toFixed(1), r.all.toFixed(1)]),
  ]);
}

/** The figures as a table. */
export function formatSummary(summary: readonly Summary[]): string {
  const rows = [['type', 'count', 'EM %', 'F1 %', 'evidence hit %', 'retrieval hit@1 %', 'abstain %', 'ms/q']];
  for (const s of summary) {
    rows.push([
      s.type,
      String(s.count),
      s.em.toFixed(1),
      s.f1.toFixed(1),
      s.hit.toFixed(1),
      s.retrievalHit.toFixed(1),
      s.abstained.toFixed(1),
      s.msPerQuestion.toFixed(2),
    ]);
  }
  return formatTable(rows);
}

function formatWorst(results: readonly QuestionResult[], n: number): string {
  return results
    .filter((r) => r.f1 < 0.5)
    .sort((a, b) => b.score - a.score || a.f1 - b.f1)
    .slice(0, n)
    .map((r) => `  [${r.type}] ${r.question}\n    got: ${r.prediction || '(abstained)'} · gold: ${r.golds[0] ?? ''} · score ${r.score.toFixed(2)}`)
    .join('\n');
}

/** Runs `work` with a progress bar on stderr when it is a terminal. */
function withProgress<T>(work: (progress?: (done: number, total: number) => void) => T): T {
  const progress = process.stderr.isTTY ? progressBar() : undefined;
  const result = work(progress);
  if (progress) process.stderr.write('\n');
  return result;
}

function progressBar(): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    const pct = Math.floor((100 * done) / total);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((width * done) / total);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${done}/${total}`);
  };
}
