import { loadDataset } from './src/eval/dataset.js';
import { loadSegmenter } from './src/text/segment.js';
import { SentenceIndex } from './src/search/index.js';
import { normalize } from './src/text/normalize.js';
import { performance } from 'node:perf_hooks';
loadSegmenter();
const ds = loadDataset('../shared/datasets/drcd-dev.json');
const idx = new SentenceIndex(ds.articles);
const qs = ds.questions.slice(0, 1000).map(q => normalize(q.question));
const anyIdx = idx as any;
for (const name of ['sentences', 'paragraphs']) {
  const ms = anyIdx[name];
  const times: number[] = [];
  for (const q of qs) { const terms = anyIdx.queryTerms(q).join(' '); const t = performance.now(); ms.search(terms, { tokenize: (s: string) => s.split(' ') }); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(name, 'p50', times[500]!.toFixed(2), 'p99', times[990]!.toFixed(2));
}
const times: number[] = [];
for (const q of qs) { const t = performance.now(); anyIdx.queryTerms(q); times.push(performance.now() - t); }
times.sort((a, b) => a - b); console.log('terms p50', times[500]!.toFixed(2), 'p99', times[990]!.toFixed(2));
