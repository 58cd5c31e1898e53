import { createEngine } from './src/answer/engine.js';
import { loadIntents } from './src/intents/load.js';
import { loadSegmenter } from './src/text/segment.js';
import { isRight } from './src/eval/score.js';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { loadArticles } from './src/article/load.js';
loadSegmenter();
const { intents } = loadIntents('intents');
const seeds = loadArticles('seeds');
const sq = parse(readFileSync('tests/fixtures/seed-questions.yaml', 'utf8')) as { q: string; a: any }[];
const se = createEngine(seeds, intents, {});
for (const x of sq) { const a = se.answer(x.q); if (!isRight(a.answer, x.a) || x.a === null) console.log(isRight(a.answer, x.a) ? 'ok  ' : 'MISS', x.q, '→', a.answer, a.score, a.status); }
