import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import { loadArticles } from '../article/load.js';
import { createEngine, type Engine } from '../answer/engine.js';
import { askInContext } from '../conversation/ask.js';
import type { Turn } from '../conversation/followup.js';
import { parseArgs } from 'node:util';
import { HELP, withUsage } from '../args.js';
import { readConfig, type Config } from '../config.js';
import { UsageError } from '../errors.js';
import { loadIntents } from '../intents/load.js';
import { SentenceIndex } from '../search/index.js';
import { loadSegmenter } from '../text/segment.js';
import { normalize } from '../text/normalize.js';
import { DEFAULT_DATASET, loadDataset, requireFile, type Dataset } from './dataset.js';
import { normalizeAnswer } from './score.js';

const USAGE = `usage: npm run bench [-- FILE.json]

  FILE.json   the SQuAD-format set measured at corpus scope (default datasets/drcd-dev.json)
  --help      this text

Prints start-up time, answer latency and throughput at article and corpus scope (and of a follow-up
beside a fresh question), peak memory, and retrieval against MiniSearch's default tokenizer and FlexSearch's CJK encoder. Takes a few minutes.`;

/**
 * `npm run bench`: start-up time, answer latency and throughput at article
 * and corpus scope, a follow-up's cost beside a fresh question's, peak memory, and retrieval against what one might use
 * instead (MiniSearch's default tokenizer, FlexSearch's CJK encoder). Prints figures; asserts nothing.
 */
export function runBench(args: readonly string[], config: Config = readConfig(), stdout: NodeJS.WritableStream = process.stdout): number {
  const { values, positionals } = withUsage(USAGE, () => parseArgs({ args: [...args], options: HELP, allowPositionals: true, strict: true }));
  if (values.help) {
    stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`bench takes one file, not ${positionals.length}\n${USAGE}`);
  // Checked before the minutes of measuring, not after.
  const corpusFile = requireFile(positionals[0] ?? DEFAULT_DATASET);
  const out = (line = ''): void => {
    stdout.write(`${line}\n`);
  };

  out('# Start-up');
  const t0 = performance.now();
  loadSegmenter();
  const t1 = performance.now();
  const articles = loadArticles(config.seedsDir);
  const { intents } = loadIntents(config.intentsDir);
  const seedEngine = createEngine(articles, intents);
  const t2 = performance.now();
  out(`in-process: jieba ${ms(t1 - t0)}, seeds + intents + index ${ms(t2 - t1)}, total ${ms(t2 - t0)}`);
  // What an operator waits for: a new process to its first answer, warm (the build made CACHE_DIR) and cold (an
  // empty CACHE_DIR: what every start of a container paid when the caches lived in its temporary folder).
  const program = existsSync('dist/main.js') ? { args: ['dist/main.js'], what: 'node dist/main.js' } : { args: ['--import', 'tsx', 'src/main.ts'], what: 'node + tsx (no dist/: npm run build)' };
  out(`process to first answer (${program.what} + load + answer), median of 3 [min–max]:`);
  out(`  warm (CACHE_DIR built): ${timeFirstAnswer(program.args, config.cacheDir, 3)}`);
  out(`  cold (CACHE_DIR empty): ${timeFirstAnswer(program.args, null, 3)}`);

  out('\n# Answer latency');
  const seedQuestions = articles.flatMap((a) => a.people.map((p) => `${p.name}是谁？`)).concat(intents.flatMap((i) => i.examples.map((e) => e.question)));
  const article = latency(seedEngine, seedQuestions, 2000);
  out(`article scope (seed article, ${seedQuestions.length} questions × repeats): ${article}`);
  for (const line of followUpLatency(seedEngine, FOLLOW_UPS, 300)) out(line);

  const dataset = loadDataset(corpusFile);
  const b0 = performance.now();
  const corpusEngine = createEngine(dataset.articles, intents);
  const b1 = performance.now();
  const paragraphs = dataset.articles.reduce((n, a) => n + a.paragraphs.length, 0);
  out(`corpus index: ${paragraphs} paragraphs, ${dataset.articles.reduce((n, a) => n + a.sentences.length, 0)} sentences, built in ${ms(b1 - b0)}`);
  const corpusQuestions = dataset.questions.slice(0, 1000).map((q) => q.question);
  out(`corpus scope (${corpusQuestions.length} questions, just started): ${latency(corpusEngine, corpusQuestions, corpusQuestions.length)}`);
  // A bot that has been up a while has compiled its hot paths and grown its heap: warm up on other questions.
  const others = dataset.questions.slice(1000, 2000).map((q) => q.question);
  out(`corpus scope (the same questions, after ${others.length} others): ${latency(corpusEngine, corpusQuestions, corpusQuestions.length, others)}`);
  out(`corpus scope, each question's fastest of 3 runs (leaves out GC and compiler pauses): ${fastestOf(corpusEngine, corpusQuestions, 3)}`);
  out(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

  out('\n# Retrieval at corpus scope: hit@1 (top sentence holds a gold answer) and latency');
  const rows = compareRetrieval(dataset);
  const ours = rows[0];
  out(['retriever', 'hit@1 %', 'p50 ms', 'p99 ms', 'hit ratio', 'p99 ratio'].join(' | '));
  for (const r of rows) {
    out(
      [
        r.name,
        (100 * r.hit).toFixed(1),
        r.p50.toFixed(3),
        r.p99.toFixed(3),
        ours ? (r.hit / ours.hit).toFixed(2) : '1',
        ours ? (r.p99 / ours.p99).toFixed(2) : '1',
      ].join(' | '),
    );
  }
  return 0;
}

function ms(n: number): string {
  return `${n.toFixed(0)} ms`;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function latency(engine: Engine, questions: readonly string[], total: number, warmUp: readonly string[] = questions.slice(0, 20)): string {
  for (const q of warmUp) engine.answer(q);
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const q = questions[i % questions.length] ?? '';
    const t = performance.now();
    engine.answer(q);
    times.push(performance.now() - t);
  }
  const elapsed = performance.now() - start;
  times.sort((a, b) => a - b);
  return `p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms, ${(total / (elapsed / 1000)).toFixed(0)} questions/s`;
}

/**
 * Question and follow-up pairs on the seed article, one of each kind the
 * conversation reads: 他 from the answer and from the question, 那X呢, a
 * name alone, 它, 其, 还有呢.
 */
const FOLLOW_UPS: readonly (readonly [question: string, followUp: string])[] = [
  ['谁是拱墅区副区长？', '他在会上说了什么？'],
  ['包晓东是谁？', '他说了什么？'],
  ['运河网谷签约了多少客户？', '那上市企业呢？'],
  ['张驰挺是谁？', '包晓东呢？'],
  ['运河网谷签约了多少客户？', '它落地了多少世界500强企业？'],
  ['包晓东是谁？', '其职务是什么？'],
  ['运河网谷签约了多少客户？', '还有呢？'],
];

/**
 * A follow-up's cost beside a fresh question's, per question, both as the
 * bot asks them (askInContext: resolution against the last turn, then the
 * engine): each pair's question asked with no last turn, then its follow-up
 * asked against the turn that question left. Interleaved, so that both see
 * the same heap and compiler state.
 */
function followUpLatency(engine: Engine, pairs: typeof FOLLOW_UPS, rounds: number): string[] {
  const fresh: number[] = [];
  const followUps: number[] = [];
  const now = Date.now();
  const turns = pairs.map(([q]): Turn => askInContext(engine, q, null, now).turn);
  const unread = pairs.filter(([, f], i) => askInContext(engine, f, turns[i] ?? null, now).resolution === null).map(([, f]) => f);
  for (let round = 0; round < rounds + 5; round++) {
    pairs.forEach(([q, f], i) => {
      const t0 = performance.now();
      askInContext(engine, q, null, now);
      const t1 = performance.now();
      askInContext(engine, f, turns[i] ?? null, now);
      const t2 = performance.now();
      // The first rounds warm up.
      if (round < 5) return;
      fresh.push(t1 - t0);
      followUps.push(t2 - t1);
    });
  }
  fresh.sort((a, b) => a - b);
  followUps.sort((a, b) => a - b);
  const figure = (times: readonly number[]): string => `median ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms`;
  const ratio = (p: number): string => (percentile(followUps, p) / percentile(fresh, p)).toFixed(2);
  const freshLabel = '  fresh question (no last turn):';
  const followLabel = '  follow-up (read against the last turn, answered):';
  const width = Math.max(freshLabel.length, followLabel.length) + 1;
  return [
    `follow-ups (seed article, ${pairs.length} question + follow-up pairs × ${rounds} rounds), per question:`,
    `${freshLabel.padEnd(width)}${figure(fresh)}`,
    `${followLabel.padEnd(width)}${figure(followUps)}  (×${ratio(50)} the median, ×${ratio(99)} the p99)`,
    ...(unread.length > 0 ? [`  not read as follow-ups (answered as questions of their own): ${unread.join(' ')}`] : []),
  ];
}

function fastestOf(engine: Engine, questions: readonly string[], runs: number): string {
  const times = questions.map((q) => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      engine.answer(q);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  });
  times.sort((a, b) => a - b);
  return `p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms`;
}

/** Runs `ask` in new processes, each with an empty temporary folder, and `cacheDir` (null: a new empty one each time). */
function timeFirstAnswer(args: readonly string[], cacheDir: string | null, runs: number): string {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const tmp = mkdtempSync(join(tmpdir(), 'bench-'));
    // The child reads its configuration itself, from this environment (passed on, not read here) and .env.
    const env = { ...process.env, TMPDIR: tmp, CACHE_DIR: cacheDir ?? join(tmp, 'cache') };
    const start = performance.now();
    const run = spawnSync(process.execPath, [...args, 'ask', '记者是谁？'], { encoding: 'utf8', env });
    const elapsed = performance.now() - start;
    rmSync(tmp, { recursive: true, force: true });
    if (run.status !== 0) return `failed (${run.stderr.trim().split('\n')[0] ?? ''})`;
    times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return `${ms(percentile(times, 50))} [${ms(times[0] ?? 0)}–${ms(times[times.length - 1] ?? 0)}]`;
}

interface RetrievalRow {
  name: string;
  hit: number;
  p50: number;
  p99: number;
}

function compareRetrieval(dataset: Dataset): RetrievalRow[] {
  const sentences = dataset.articles.flatMap((a) => a.sentences.map((s) => s.norm));
  const questions = dataset.questions.slice(0, 1000);
  const ours = new SentenceIndex(dataset.articles);
  const offsets: number[] = [];
  let n = 0;
  for (const a of dataset.articles) {
    offsets.push(n);
    n += a.sentences.length;
  }
  const plain = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  plain.addAll(sentences.map((text, id) => ({ id, text })));
  const flex = new Index({ encoder: Charset.CJK });
  sentences.forEach((text, id) => flex.add(id, text));

  const measure = (name: string, top: (q: string) => string | undefined): RetrievalRow => {
    const times: number[] = [];
    let hits = 0;
    for (const q of questions) {
      const query = normalize(q.question);
      const t = performance.now();
      const found = top(query);
      times.push(performance.now() - t);
      const text = found ? normalizeAnswer(found) : '';
      if (text && q.answers.some((a) => text.includes(normalizeAnswer(a)))) hits++;
    }
    times.sort((a, b) => a - b);
    return { name, hit: hits / questions.length, p50: percentile(times, 50), p99: percentile(times, 99) };
  };
  return [
    measure('ours: jieba words + bigrams, MiniSearch', (q) => ours.query(q, 1)[0]?.sentence.norm),
    measure('MiniSearch, default tokenizer', (q) => sentences[Number(plain.search(q)[0]?.id ?? -1)]),
    measure('FlexSearch, Charset.CJK', (q) => sentences[Number(flex.search(q, { suggest: true, limit: 1 })[0] ?? -1)]),
  ];
}
