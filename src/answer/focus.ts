import type { Article } from '../article/types.js';
import { DEFAULT_WEIGHTS } from './weights.js';

/** How much more a name, place or post of the question says which article it is about than a common word does. */
export const NAMED_WEIGHT = 3;

/**
 * The articles a question is about, when several are loaded: those that hold
 * the most of its words that only some articles hold (its names, places,
 * events). Each word of the question held by k of the articles gives each of
 * them its weight/k² (a word one article holds names it; one several hold,
 * much less); words all of them hold, or none, tell nothing. A name or a place
 * weighs more than a common word (the engine passes {@link NAMED_WEIGHT}). All the
 * articles when the question names nothing that tells them apart.
 *
 * Searching only these is what keeps one article's figure from answering a
 * question about another (镇江's GDP is not 拱墅's).
 *
 * @example
 * articlesAbout(articles, ['松原', '签约', '仪式', '项目'], texts) // [the Songyuan article]
 */
export function articlesAbout(
  articles: readonly Article[],
  words: readonly (string | { word: string; weight: number })[],
  texts: ReadonlyMap<Article, string>,
  alsoAbout = DEFAULT_WEIGHTS.alsoAbout,
): Article[] {
  if (articles.length < 2) return [...articles];
  const score = new Map<Article, number>();
  const weighed = new Map<string, number>();
  for (const w of words) {
    const { word, weight } = typeof w === 'string' ? { word: w, weight: 1 } : w;
    if (word.length >= 2) weighed.set(word.toLowerCase(), Math.max(weight, weighed.get(word.toLowerCase()) ?? 0));
  }
  for (const [word, weight] of weighed) {
    const holders = articles.filter((a) => texts.get(a)?.includes(word));
    if (holders.length === 0 || holders.length === articles.length) continue;
    for (const a of holders) score.set(a, (score.get(a) ?? 0) + weight / holders.length ** 2);
  }
  const best = Math.max(0, ...score.values());
  if (best === 0) return [...articles];
  return articles.filter((a) => (score.get(a) ?? 0) >= alsoAbout * best);
}
