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
  texts: ReadonlyMap<Article, string> | ArticleTexts,
  alsoAbout = DEFAULT_WEIGHTS.alsoAbout,
): Article[] {
  if (articles.length < 2) return [...articles];
  const found = texts instanceof ArticleTexts ? texts : new ArticleTexts(texts);
  const score = new Map<Article, number>();
  const weighed = new Map<string, number>();
  for (const w of words) {
    const { word, weight } = typeof w === 'string' ? { word: w, weight: 1 } : w;
    if (word.length >= 2) weighed.set(word.toLowerCase(), Math.max(weight, weighed.get(word.toLowerCase()) ?? 0));
  }
  for (const [word, weight] of weighed) {
    const holders = found.holders(word);
    if (holders.length === 0 || holders.length === articles.length) continue;
    for (const a of holders) score.set(a, (score.get(a) ?? 0) + weight / holders.length ** 2);
  }
  const best = Math.max(0, ...score.values());
  if (best === 0) return [...articles];
  return articles.filter((a) => (score.get(a) ?? 0) >= alsoAbout * best);
}

/** Words whose articles are remembered; past this, the memory starts again (a long-running bot asks many). */
const MEMO_SIZE = 10_000;

/**
 * The articles' texts, with the articles that hold each character pair, so
 * that finding a word's articles looks at the few that hold all its pairs
 * rather than at every article (a thousand of them at corpus scope).
 */
export class ArticleTexts {
  private readonly articles: Article[];
  private readonly texts: string[];
  private readonly byPair = new Map<string, number[]>();
  private readonly memo = new Map<string, Article[]>();

  constructor(texts: ReadonlyMap<Article, string>) {
    this.articles = [...texts.keys()];
    this.texts = [...texts.values()];
    this.texts.forEach((text, i) => {
      for (let k = 0; k + 2 <= text.length; k++) {
        const pair = text.slice(k, k + 2);
        const list = this.byPair.get(pair);
        if (!list) this.byPair.set(pair, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
  }

  /** The articles whose text holds `word` (lower-cased, two characters or more), in load order. */
  holders(word: string): Article[] {
    const known = this.memo.get(word);
    if (known) return known;
    let candidates: number[] | null = null;
    for (let k = 0; k + 2 <= word.length; k++) {
      const list = this.byPair.get(word.slice(k, k + 2)) ?? [];
      candidates = candidates === null ? list : intersect(candidates, list);
      if (candidates.length === 0) break;
    }
    const found = (candidates ?? []).filter((i) => this.texts[i]?.includes(word)).flatMap((i) => this.articles[i] ?? []);
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    this.memo.set(word, found);
    return found;
  }
}

/** The numbers both ascending lists hold. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}
