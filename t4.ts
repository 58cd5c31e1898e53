import { loadDataset } from './src/eval/dataset.js';
import { createEngine } from './src/answer/engine.js';
import { loadIntents } from './src/intents/load.js';
import { loadSegmenter } from './src/text/segment.js';
loadSegmenter();
const ds = loadDataset('../shared/datasets/drcd-dev.json');
const { intents } = loadIntents('intents');
for (const needle of process.argv.slice(2)) {
  const q = ds.questions.find((x) => x.question.includes(needle))!;
  const e = createEngine([ds.articles[q.article]!], intents, { minScore: 0, minCoverage: 0 });
  const x = e.explain(q.question, 8);
  console.log(q.question, 'gold', q.answers[0], '→', x.answer.answer, x.answer.intent);
  for (const c of x.candidates) console.log(`   ${c.score} cov ${c.covered} ${c.text} | ${c.evidence.slice(0, 50)}`);
}
