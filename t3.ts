import { loadDataset } from './src/eval/dataset.js';
import { createEngine } from './src/answer/engine.js';
import { loadIntents } from './src/intents/load.js';
import { loadSegmenter } from './src/text/segment.js';
import { f1, normalizeAnswer } from './src/eval/score.js';
loadSegmenter();
const ds = loadDataset(process.argv[2]!);
const want = process.argv[3] ?? 'what';
const { intents } = loadIntents('intents');
let cur = -1; let eng: any; let shown = 0; let hitMiss = 0, extractMiss = 0, tot = 0;
for (const q of ds.questions) {
  if (q.article !== cur) { eng = createEngine([ds.articles[q.article]!], intents, { minScore: 0, minCoverage: 0 }); cur = q.article; }
  const a = eng.answer(q.question);
  if ((a.intent ?? 'other') !== want) continue;
  tot++;
  const f = f1(a.answer ?? '', q.answers);
  if (f >= 0.5) continue;
  const ev = normalizeAnswer(a.evidence ?? '');
  const inEv = q.answers.some((g) => ev.includes(normalizeAnswer(g)));
  if (inEv) extractMiss++; else hitMiss++;
  if (shown < 30 && inEv && q.article % 5 === 1) { shown++; console.log(`${q.question}\n  got: ${a.answer}\n  gold: ${q.answers[0]}\n  ev: ${(a.evidence ?? '').slice(0, 120)}`); }
}
console.log({ tot, hitMiss, extractMiss });
