import nodejieba from 'nodejieba';
import { NUMBER_WITH_UNIT } from './numbers.js';

/** A word of a segmented text; `tag` is jieba's part of speech (`nr` person, `ns` place, `m` number…). */
export interface Token {
  word: string;
  tag: string;
}

let loaded = false;

/**
 * Loads jieba's dictionaries. Called once at start-up so that the first
 * question does not pay for it; later calls do nothing.
 */
export function loadSegmenter(): void {
  if (loaded) return;
  nodejieba.load();
  loaded = true;
}

const knownWords = new Set<string>();

/**
 * Teaches the segmenter words it would otherwise split: the names of people
 * found in an article, its repeated proper nouns. `tag` is the part of speech
 * given to the word (`nr` for a person).
 */
export function addWords(words: Iterable<string>, tag = 'nz'): void {
  loadSegmenter();
  for (const word of words) {
    if (word.length < 2 || knownWords.has(`${word}/${tag}`)) continue;
    knownWords.add(`${word}/${tag}`);
    nodejieba.insertWord(word, tag);
  }
}

const PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;

/**
 * Segments Simplified text into words with their part of speech. Numbers stay
 * whole with their unit (`1150亿元`, `147家`, `500强`, `1+4`), which jieba alone
 * would split; punctuation and spaces are dropped.
 */
export function segment(text: string): Token[] {
  loadSegmenter();
  const tokens: Token[] = [];
  let last = 0;
  const flush = (part: string): void => {
    if (!part) return;
    for (const { word, tag } of nodejieba.tag(part)) {
      if (!PUNCTUATION.test(word)) tokens.push({ word, tag });
    }
  };
  for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
    const start = m.index ?? 0;
    // Only Arabic numbers are protected: Chinese numerals are jieba's to judge (五大 is a word, 一直 too).
    if (!/\d/.test(m[0])) continue;
    flush(text.slice(last, start));
    tokens.push({ word: m[0], tag: 'm' });
    last = start + m[0].length;
  }
  flush(text.slice(last));
  return tokens;
}

/** The words of a text, without their tags. */
export function words(text: string): string[] {
  return segment(text).map((t) => t.word);
}
