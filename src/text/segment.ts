import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { NUMBER_WITH_UNIT } from './numbers.js';

/** A word of a segmented text; `tag` is jieba's part of speech (`nr` person, `ns` place, `m` number…). */
export interface Token {
  word: string;
  tag: string;
}

let loaded = false;

/** Options of {@link loadSegmenter}. */
export interface SegmenterOptions {
  /**
   * Dictionary words rarer than this are left out: loading jieba's full
   * dictionary (349,000 words) takes seconds; the 137,000 words seen at least
   * five times load in a third of that, and the HMM still finds the rare
   * ones. 0 loads the full dictionary. Default 5.
   */
  minFrequency?: number;
}

/**
 * Loads jieba's dictionaries. Called once at start-up so that the first
 * question does not pay for it; later calls do nothing.
 */
export function loadSegmenter(options: SegmenterOptions = {}): void {
  if (loaded) return;
  const minFrequency = options.minFrequency ?? 5;
  nodejieba.load(minFrequency > 0 ? { dict: trimmedDictionary(minFrequency), idfDict: emptyIdf() } : {});
  loaded = true;
}

/**
 * jieba's dictionary without its rare words, written once to the temporary
 * folder (named by the source's size and the threshold, so a new nodejieba
 * gets a new file).
 */
function trimmedDictionary(minFrequency: number): string {
  // nodejieba exports the path of its dictionary but its typings omit it.
  const source = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
  const target = join(tmpdir(), `article-qa-jieba-${statSync(source).size}-${minFrequency}.utf8`);
  if (existsSync(target)) return target;
  const kept = readFileSync(source, 'utf8')
    .split('\n')
    .filter((line) => Number(line.split(' ')[1]) >= minFrequency);
  const partial = `${target}.${process.pid}`;
  writeFileSync(partial, `${kept.join('\n')}\n`);
  renameSync(partial, target); // atomic: a concurrent start never reads half a file
  return target;
}

/** An IDF table for keyword extraction, which we do not use: a tiny one loads at once. */
function emptyIdf(): string {
  const path = join(tmpdir(), 'article-qa-jieba-idf.utf8');
  if (!existsSync(path)) writeFileSync(path, '的 1.0\n');
  return path;
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
    cache.clear(); // a new word changes how texts segment
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
  const cached = cache.get(text);
  if (cached) return cached;
  const tokens = segmentUncached(text);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, tokens);
  return tokens;
}

// Retrieved sentences are segmented again for every question that finds them; a
// bounded memo saves that. Cleared when full; tokens are never mutated by callers.
const CACHE_SIZE = 50_000;
const cache = new Map<string, Token[]>();

function segmentUncached(text: string): Token[] {
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
