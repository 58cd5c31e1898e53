import { readFileSync, statSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { cedictVersion, isPersonOnly, isPlaceOnly, readCedict } from './cedict.js';
import { cachedFile, jiebaDictionary } from './dictionary.js';
import { isCommonWord, loadNameStatistics, nameStatisticsFiles } from './names.js';
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
 * Loads jieba's dictionaries and the name statistics drawn from them. Called
 * once at start-up so that the first question does not pay for it; later
 * calls do nothing.
 */
export function loadSegmenter(options: SegmenterOptions = {}): void {
  if (loaded) return;
  const minFrequency = options.minFrequency ?? 5;
  nodejieba.load({ dict: dictionary(minFrequency), idfDict: emptyIdf() });
  loadNameStatistics();
  loaded = true;
}

/**
 * Makes every derived file the segmenter reads, without loading jieba: the
 * build runs it so that the first start finds them (about 5 s when missing,
 * a few milliseconds when present). Returns their paths.
 */
export function buildCaches(options: SegmenterOptions = {}): string[] {
  const { ratios, common } = nameStatisticsFiles();
  return [dictionary(options.minFrequency ?? 5), emptyIdf(), ratios, common];
}

/** How often jieba takes a person CC-CEDICT adds to have been seen: enough to keep the name whole. */
const ADDED_NAME_FREQUENCY = 300;

/**
 * jieba's dictionary without its rare words, with the people CC-CEDICT knows
 * as names: jieba splits many (山本|五十六, 苻|坚, 术|赤) and tags others as
 * places or nouns (普京, 拿破仑, 富兰克林); and the places it tags as names
 * (莫斯科, 鹿儿岛, 嘉义) tagged as places. Made once, named by the sources' sizes and the threshold.
 */
function dictionary(minFrequency: number): string {
  const source = jiebaDictionary();
  return cachedFile(`article-qa-jieba-${statSync(source).size}-${cedictVersion()}-${minFrequency}.utf8`, () => {
    const people = new Set<string>();
    const places = new Set<string>();
    for (const [word, entry] of readCedict()) {
      if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
      if (isPersonOnly(entry)) people.add(word);
      else if (isPlaceOnly(entry)) places.add(word);
    }
    const kept: string[] = [];
    for (const line of readFileSync(source, 'utf8').split('\n')) {
      const [word, frequency, tag] = line.split(' ');
      if (!word || !frequency || !tag || Number(frequency) < minFrequency) continue;
      if (people.delete(word)) kept.push(`${word} ${frequency} ${tag.startsWith('nr') ? tag : 'nr'}`);
      // Two characters are as often a given name as a place (金山, 嘉义): only longer places change.
      else if (places.has(word) && word.length >= 3 && tag.startsWith('nr')) kept.push(`${word} ${frequency} ns`);
      else kept.push(line);
    }
    for (const word of people) kept.push(`${word} ${ADDED_NAME_FREQUENCY} nr`);
    return `${kept.join('\n')}\n`;
  });
}

/** An IDF table for keyword extraction, which we do not use: a tiny one loads at once. */
function emptyIdf(): string {
  return cachedFile('article-qa-jieba-idf.utf8', () => '的 1.0\n');
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
export function segment(text: string): readonly Token[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const tokens = segmentUncached(text);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, tokens);
  return tokens;
}

/**
 * A word's tag, except that a name jieba's tagger saw only in context (「哪方面」
 * makes 方面 `nr`; 任期, 管辖 alike) gets the tag the word has on its own.
 * Names it does not know (`x` alone) and names it knows keep `nr`.
 */
export function nameTag(word: string, tag: string): string {
  if (!tag.startsWith('nr')) return tag;
  // jieba's dictionary tags thousands of common words as names (祝福, 晋升); a name the article introduced stays one.
  if (isCommonWord(word) && !knownWords.has(`${word}/nr`)) return 'n';
  const alone = segment(word);
  const own = alone.length === 1 ? (alone[0]?.tag ?? tag) : tag;
  return /^(?:nr|x)/u.test(own) ? tag : own;
}

// Retrieved sentences are segmented again for every question that finds them; a
// bounded memo saves that. Cleared when full; tokens are never mutated by callers.
const CACHE_SIZE = 50_000;
const cache = new Map<string, Token[]>();

/**
 * A verb with its result (打造成, 建设为) as jieba should have cut it: it takes 打|造成 because 造成 is
 * common, which loses the verb 打造. A one-character word before a two-character verb ending in 成 or 为
 * is cut again when it and the next character make a verb.
 */
function resultatives(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a && b && a.word.length === 1 && b.word.length === 2 && /^v/u.test(b.tag) && /[成为]$/u.test(b.word)) {
      const joined = nodejieba.tag(a.word + b.word[0]);
      const verb = joined.length === 1 ? joined[0] : undefined;
      if (verb && /^v/u.test(verb.tag)) {
        out.push({ word: verb.word, tag: verb.tag }, { word: b.word.slice(1), tag: 'v' });
        i++;
        continue;
      }
    }
    if (a) out.push(a);
  }
  return out;
}

function segmentUncached(text: string): Token[] {
  loadSegmenter();
  const tokens: Token[] = [];
  let last = 0;
  const flush = (part: string): void => {
    if (!part) return;
    for (const { word, tag } of resultatives(nodejieba.tag(part))) {
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
