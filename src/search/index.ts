import MiniSearch from 'minisearch';
import type { Article, Sentence } from '../article/types.js';
import { processTerm, tokenize } from './tokenize.js';

/** A sentence found for a query, with the article it comes from. */
export interface Hit {
  article: Article;
  sentence: Sentence;
  /** MiniSearch's BM25 score. */
  score: number;
  /** The query terms this sentence matched. */
  terms: string[];
}

interface SentenceDoc {
  id: number;
  text: string;
  /** The sentence's paragraph and its title, to let context vote. */
  context: string;
}

/** Options of {@link SentenceIndex}. */
export interface IndexOptions {
  /** Weight of the sentence's own text against its paragraph's. Default 3. */
  sentenceBoost?: number;
}

const DEFAULTS: Required<IndexOptions> = { sentenceBoost: 3 };

/**
 * A MiniSearch index over the sentences of one or more articles. Each
 * sentence is indexed with its own words and, at a lower weight, its
 * paragraph's, so that a question whose words spread over neighbouring
 * sentences still finds the right one.
 */
export class SentenceIndex {
  private readonly search: MiniSearch<SentenceDoc>;
  private readonly entries: { article: Article; sentence: Sentence }[] = [];

  constructor(articles: readonly Article[], options: IndexOptions = {}) {
    const { sentenceBoost } = { ...DEFAULTS, ...options };
    this.search = new MiniSearch<SentenceDoc>({
      fields: ['text', 'context'],
      tokenize,
      processTerm,
      searchOptions: { tokenize, processTerm, boost: { text: sentenceBoost, context: 1 }, combineWith: 'OR' },
    });
    const docs: SentenceDoc[] = [];
    for (const article of articles) {
      for (const sentence of article.sentences) {
        const paragraph = article.paragraphs[sentence.paragraph];
        docs.push({ id: this.entries.length, text: sentence.norm, context: `${article.titleNorm} ${paragraph?.norm ?? ''}` });
        this.entries.push({ article, sentence });
      }
    }
    this.search.addAll(docs);
  }

  /** Number of sentences indexed. */
  get size(): number {
    return this.entries.length;
  }

  /** The best sentences for a normalised query, best first. */
  query(text: string, limit = 8): Hit[] {
    return this.search
      .search(text)
      .slice(0, limit)
      .flatMap((r) => {
        const entry = this.entries[r.id as number];
        return entry ? [{ ...entry, score: r.score, terms: r.terms }] : [];
      });
  }
}
