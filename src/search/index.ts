import MiniSearch from 'minisearch';
import type { Article, Sentence } from '../article/types.js';
import { synonymsOf } from '../text/synonyms.js';
import { processTerm, tokenize } from './tokenize.js';

/** A sentence found for a query, with the article it comes from. */
export interface Hit {
  article: Article;
  sentence: Sentence;
  /** The sentence's own score plus a share of its paragraph's, in [0, 1 + paragraphWeight]. */
  score: number;
}

/** Options of {@link SentenceIndex}. */
export interface IndexOptions {
  /** Weight of the paragraph's score against the sentence's own. Default 0.4. */
  paragraphWeight?: number;
  /** Paragraphs whose every sentence is considered, however few words it shares. Default 2. */
  paragraphsConsidered?: number;
}

const DEFAULTS: Required<IndexOptions> = { paragraphWeight: 0.4, paragraphsConsidered: 2 };

interface Doc {
  id: number;
  text: string;
}

/**
 * Terms as MiniSearch stores them: the first UTF-16 unit as four hex digits,
 * the rest as it is. MiniSearch's radix tree finds a child by scanning its
 * node's keys, and Chinese terms gave the root thousands of children (one per
 * first character): indexing the 8,269 sentences of DRCD's dev set took 7.3 s,
 * 4.4 s in this form. Only ids and scores are read back, so the form never shows.
 */
function storedTerm(term: string): string {
  return term.charCodeAt(0).toString(16).padStart(4, '0') + term.slice(1);
}

const indexedTerm = (term: string): string | null => {
  const processed = processTerm(term);
  return processed === null ? null : storedTerm(processed);
};

const searchOptions = { tokenize, processTerm: indexedTerm, combineWith: 'OR' as const };

/** At most this many terms of a query are searched. */
const MAX_QUERY_TERMS = 12;

/** Terms already chosen by {@link SentenceIndex.queryTerms} are searched as they are. */
const splitOnSpaces = (text: string): string[] => text.split(' ');

/**
 * Two MiniSearch indexes over the same articles: one of sentences, one of
 * paragraphs (with their article's title). A sentence scores by its own words
 * and, at a lower weight, by its paragraph's, so that a question whose words
 * spread over neighbouring sentences still finds the right one, and a
 * sentence that only says 「他」 still belongs to the right article.
 */
export class SentenceIndex {
  private readonly sentences: MiniSearch<Doc>;
  private readonly paragraphs: MiniSearch<Doc>;
  private readonly entries: { article: Article; sentence: Sentence }[] = [];
  private readonly paragraphEntries: { article: Article; first: number; last: number }[] = [];
  private readonly frequency = new Map<string, number>();
  private readonly options: Required<IndexOptions>;

  constructor(articles: readonly Article[], options: IndexOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
    this.sentences = new MiniSearch<Doc>({ fields: ['text'], tokenize, processTerm: indexedTerm, searchOptions });
    this.paragraphs = new MiniSearch<Doc>({ fields: ['text'], tokenize, processTerm: indexedTerm, searchOptions });
    const sentenceDocs: Doc[] = [];
    const paragraphDocs: Doc[] = [];
    for (const article of articles) {
      for (const paragraph of article.paragraphs) {
        const first = this.entries.length;
        for (const sentence of paragraph.sentences) {
          sentenceDocs.push({ id: this.entries.length, text: sentence.norm });
          this.entries.push({ article, sentence });
        }
        paragraphDocs.push({ id: this.paragraphEntries.length, text: `${article.titleNorm}\n${paragraph.norm}` });
        this.paragraphEntries.push({ article, first, last: this.entries.length - 1 });
      }
    }
    this.sentences.addAll(sentenceDocs);
    this.paragraphs.addAll(paragraphDocs);
    for (const doc of sentenceDocs) {
      for (const term of new Set(tokenize(doc.text).map(processTerm))) {
        if (term) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
      }
    }
  }

  /** Number of sentences indexed. */
  get size(): number {
    return this.entries.length;
  }

  /**
   * In how many sentences a term occurs. A word the index never made (the
   * article segmented it otherwise) is estimated by its rarest bigram.
   */
  documentFrequency(term: string): number {
    const known = this.frequency.get(term);
    if (known !== undefined) return known;
    if (term.length < 3) return 0;
    let rarest = Infinity;
    for (let i = 0; i + 2 <= term.length; i++) rarest = Math.min(rarest, this.frequency.get(term.slice(i, i + 2)) ?? 0);
    return rarest;
  }

  /**
   * The query's terms worth searching: its words and bigrams, the rarest
   * first, at most {@link MAX_QUERY_TERMS}. Terms found in a large share of
   * the sentences add little to BM25 but cost a long posting list each.
   */
  private queryTerms(text: string): string[] {
    const own = tokenize(text).map(processTerm).filter((t): t is string => t !== null);
    // A question may say 称为 where the article says 誉为: search for both.
    const unique = [...new Set([...own, ...own.flatMap((t) => synonymsOf(t))])];
    const common = Math.max(50, this.entries.length / 100);
    const ranked = unique
      .map((term) => ({ term, df: this.frequency.get(term) ?? 0 }))
      .sort((a, b) => a.df - b.df);
    const useful = ranked.filter((t) => t.df > 0 && t.df <= common);
    return (useful.length > 0 ? useful : ranked).slice(0, MAX_QUERY_TERMS).map((t) => t.term);
  }

  /**
   * The best sentences for a normalised query, best first; with `within`,
   * only sentences of those articles (the ones the question is about).
   */
  query(text: string, limit = 8, within?: ReadonlySet<Article>): Hit[] {
    const terms = this.queryTerms(text);
    if (terms.length === 0) return [];
    const query = terms.map(storedTerm).join(' ');
    const options = { tokenize: splitOnSpaces, processTerm: (term: string) => term };
    const sentenceOptions = within
      ? { ...options, filter: (r: { id: number }) => { const e = this.entries[r.id]; return e !== undefined && within.has(e.article); } }
      : options;
    const paragraphOptions = within
      ? { ...options, filter: (r: { id: number }) => { const p = this.paragraphEntries[r.id]; return p !== undefined && within.has(p.article); } }
      : options;
    const sentenceResults = this.sentences.search(query, sentenceOptions).slice(0, limit * 4);
    const paragraphResults = this.paragraphs.search(query, paragraphOptions).slice(0, 8);
    const sentenceTop = sentenceResults[0]?.score ?? 1;
    const paragraphTop = paragraphResults[0]?.score ?? 1;
    const paragraphScore = new Map<number, number>();
    for (const r of paragraphResults) paragraphScore.set(r.id as number, r.score / paragraphTop);
    const own = new Map<number, number>();
    for (const r of sentenceResults) own.set(r.id as number, r.score / sentenceTop);
    // Every sentence of the best paragraphs is a candidate, matched words or not.
    for (const r of paragraphResults.slice(0, this.options.paragraphsConsidered)) {
      const p = this.paragraphEntries[r.id as number];
      if (p) for (let id = p.first; id <= p.last; id++) if (!own.has(id)) own.set(id, 0);
    }
    const hits: Hit[] = [];
    for (const [id, score] of own) {
      const entry = this.entries[id];
      if (!entry) continue;
      const paragraphId = this.paragraphOf(id);
      hits.push({ ...entry, score: score + this.options.paragraphWeight * (paragraphScore.get(paragraphId) ?? 0) });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  private paragraphOf(sentenceId: number): number {
    let lo = 0;
    let hi = this.paragraphEntries.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.paragraphEntries[mid]?.first ?? 0) <= sentenceId) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
