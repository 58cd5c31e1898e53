import { loadDataset } from './src/eval/dataset.js';
import { createEngine } from './src/answer/engine.js';
import { loadIntents } from './src/intents/load.js';
import { loadSegmenter } from './src/text/segment.js';
loadSegmenter();
const ds = loadDataset('../shared/datasets/drcd-dev.json');
const { intents } = loadIntents('intents');
const counts: Record<string, number> = {};
let eng = null as any, cur = -1;
const samples: string[] = [];
for (const q of ds.questions.slice(0, 1500)) {
  if (q.article !== cur) { eng = createEngine([ds.articles[q.article]!], intents); cur = q.article; }
  const a = eng.answer(q.question);
  const k = `${a.intent}:${a.status}`;
  counts[k] = (counts[k] ?? 0) + 1;
  if (a.status === 'not-in-article' && samples.length < 15) samples.push(q.question + ' | ' + q.answers[0]);
}
console.log(counts); console.log(samples.join('\n'));
