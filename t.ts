import { loadDataset } from './src/eval/dataset.js';
import { createEngine } from './src/answer/engine.js';
import { loadIntents } from './src/intents/load.js';
import { loadSegmenter } from './src/text/segment.js';
import { f1, exactMatch, isRight } from './src/eval/score.js';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { loadArticles } from './src/article/load.js';
loadSegmenter();
const ds = loadDataset(process.argv[2]!);
const { intents } = loadIntents('intents');
const seeds = loadArticles('seeds');
const sq = parse(readFileSync('tests/fixtures/seed-questions.yaml', 'utf8')) as { q: string; a: any }[];
const grid = JSON.parse(process.argv[3] ?? '[[0.3,0.5],[0.2,0.4],[0.15,0.3],[0,0]]');
for (const [ms, mc] of grid) {
  const se = createEngine(seeds, intents, { minScore: ms, minCoverage: mc });
  const seedRight = sq.filter((x) => isRight(se.answer(x.q).answer, x.a)).length;
  let F = 0, E = 0, n = 0, cur = -1; let eng: any;
  const by: Record<string, [number, number, number]> = {};
  for (const q of ds.questions) {
    if (q.article !== cur) { eng = createEngine([ds.articles[q.article]!], intents, { minScore: ms, minCoverage: mc }); cur = q.article; }
    const a = eng.answer(q.question);
    const f = f1(a.answer ?? '', q.answers), e = exactMatch(a.answer ?? '', q.answers);
    F += f; E += e; n++;
    const t = a.intent ?? 'other'; by[t] ??= [0, 0, 0]; by[t][0] += e; by[t][1] += f; by[t][2]++;
  }
  console.log(ms, mc, 'seed', seedRight, '/', sq.length, 'EM', (100*E/n).toFixed(1), 'F1', (100*F/n).toFixed(1), Object.entries(by).map(([k, v]) => `${k}:${(100*v[0]/v[2]).toFixed(0)}/${(100*v[1]/v[2]).toFixed(0)}(${v[2]})`).join(' '));
}
