import { segment } from '../text/segment.js';
import { isStopWord } from '../text/stopwords.js';

const HAN_RUN = /\p{Script=Han}{2,}/gu;

/**
 * The tokenizer shared by documents and queries: jieba's words, the number
 * of a word that glues one to its unit, and the character bigrams of every Chinese run. Words give precision; bigrams
 * recall when the question and the article segment the same phrase
 * differently (运河网谷 as 运河|网谷 or 运河|网|谷地).
 */
export function tokenize(text: string): string[] {
  const tokens = segment(text).map((t) => t.word);
  // jieba glues a number to its unit one way in the question (1150亿) and another in the article
  // (1150亿元): the number alone is a term too.
  for (const word of [...tokens]) {
    const digits = /^(\d+(?:\.\d+)?)\D/u.exec(word)?.[1];
    if (digits) tokens.push(digits);
  }
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}

/** Drops stop words, folds case; the same for documents and queries. */
export function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (t.length === 0 || isStopWord(t)) return null;
  // Single characters other than numbers and Latin letters are noise for retrieval.
  if (t.length === 1 && !/[\p{L}\d]/u.test(t)) return null;
  return t;
}
