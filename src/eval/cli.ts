import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HELP, withUsage, wholeNumber } from '../args.js';
import { readConfig, type Config } from '../config.js';
import { UsageError } from '../errors.js';
import { formatTable } from '../console/table.js';
import { loadIntents } from '../intents/load.js';
import { loadSegmenter } from '../text/segment.js';
import { loadArticles } from '../article/load.js';
import { createEngine } from '../answer/engine.js';
import type { Intent } from '../intents/schema.js';
import { DEFAULT_DATASET, loadDataset, requireFile } from './dataset.js';
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

const USAGE = `usage: npm run --silent eval -- [FILE.json] [options]
       npm run --silent eval -- --fit-confidence TRAIN.json CHECK.json

  FILE.json            a SQuAD-format set (default ${DEFAULT_DATASET}; also datasets/cmrc2018-trial.json)
                       or a reader-question file (tests/fixtures/heldout/*.json)
  --scope S            article (each article indexed alone; default) or corpus (all in one index)
  --predictions OUT    write each question's answer to OUT.json ("" when abstaining)
  --json               print the figures as one JSON object
  --worst N            show the N most confident misses (default 10)
  --without-answers    also ask each question of its article without the sentences that hold its answer
  --seeds DIR          reader questions: the folder of articles to ask them of (repeatable; default seeds/)
  --fit-confidence     refit data/confidence.yaml's model on TRAIN.json, checking it on CHECK.json
  --help               this text`;

/** `npm run eval`: scores the engine on a SQuAD-format set and prints the figures. */
export async function runEval(args: readonly string[], config: Config = readConfig(), out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const options = parseEvalArgs(args);
  if (options.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (options.fitConfidence) {
    const [train, check] = options.fitConfidence;
    loadSegmenter();
    const { fitConfidence } = await import('./fit-confidence.js');
    const target = 'data/confidence.yaml';
    process.stdout.write(`${fitConfidence(loadDataset(train), loadDataset(check), loadIntents(config.intentsDir).intents, target)}\nwrote ${target}\n`);
    return 0;
  }
  loadSegmenter();
  const { intents, errors } = loadIntents(config.intentsDir);
  for (const e of errors) process.stderr.write(`Skipped an invalid intents file: ${e.message}\n`);
  const parsed = readJson(options.file);
  if (isReaderQuestionFile(parsed)) {
    runReaderQuestions(options, parsed, intents);
    return 0;
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
    return 0;
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
  return 0;
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
  /** `--fit-confidence TRAIN CHECK`: the two sets, or null. */
  fitConfidence: [string, string] | null;
  help: boolean;
}

/** Reads eval's command line (`node:util` parseArgs); a wrong one is a {@link UsageError} saying what is wrong. */
export function parseEvalArgs(args: readonly string[]): EvalOptions {
  const { values, positionals } = withUsage(USAGE, () =>
    parseArgs({
      args: [...args],
      options: {
        ...HELP,
        scope: { type: 'string', default: 'article' },
        predictions: { type: 'string' },
        json: { type: 'boolean', default: false },
        worst: { type: 'string', default: '10' },
        'without-answers': { type: 'boolean', default: false },
        seeds: { type: 'string', multiple: true, default: [] },
        'fit-confidence': { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  const scope = values.scope;
  if (scope !== 'article' && scope !== 'corpus') throw new UsageError(`--scope takes article or corpus, not "${scope}"\n${USAGE}`);
  if (values.predictions === '') throw new UsageError(`--predictions needs a file name\n${USAGE}`);
  if (values.seeds.some((d) => d === '')) throw new UsageError(`--seeds needs a folder of articles\n${USAGE}`);
  const worst = wholeNumber('--worst', values.worst, 0, USAGE);
  let fitConfidence: [string, string] | null = null;
  if (values['fit-confidence']) {
    const [train, check, extra] = positionals;
    if (!train || !check || extra) throw new UsageError(`--fit-confidence takes two files, TRAIN.json and CHECK.json\n${USAGE}`);
    fitConfidence = [requireFile(train), requireFile(check)];
  } else if (positionals.length > 1) throw new UsageError(`eval takes one file, not ${positionals.length}: ${positionals.join(' ')}\n${USAGE}`);
  const file = values['fit-confidence'] || values.help ? '' : requireFile(positionals[0] ?? DEFAULT_DATASET);
  return {
    file,
    seeds: values.seeds,
    scope,
    predictions: values.predictions ?? null,
    json: values.json,
    worst,
    withoutAnswers: values['without-answers'],
    fitConfidence,
    help: values.help === true,
  };
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
