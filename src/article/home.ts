import { readWords } from '../data.js';

/** Words a local paper calls its own area by (data/places.yaml `home_words`): 我市, 我省. */
const HOME_WORDS: readonly string[] = readWords('places.yaml', 'home_words');
/** Characters that make a name of an area no name: 全市, 该市, 各市. */
const NOT_A_NAME = /^[我本全该各此每两三四五六七八九十]/u;

/**
 * The names a local paper's words for its own area stand for, found in its own text: in a paper
 * that says 我市 and names 松原市 three times, 我市 is 松原市. A level the article names no area of
 * twice, or two areas equally often, is left alone.
 *
 * @example homeNames('我市举行签约仪式。观看了松原市情宣传片。松原市商会代表参加。') // Map { '我市' => '松原市' }
 */
export function homeNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const word of HOME_WORDS) {
    if (!text.includes(word)) continue;
    const level = word.slice(-1);
    const counts = new Map<string, number>();
    for (let at = text.indexOf(level); at >= 0; at = text.indexOf(level, at + 1)) {
      // The shortest name before the level word that the text repeats: 松原市, not 会松原市.
      for (let length = 2; length <= 4 && at - length >= 0; length++) {
        const name = text.slice(at - length, at + 1);
        if (!/^\p{Script=Han}+$/u.test(name) || NOT_A_NAME.test(name)) break;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
    const ranked = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
    const [best, second] = ranked;
    if (best && !(second && second[1] === best[1] && !best[0].endsWith(second[0]) && !second[0].endsWith(best[0]))) names.set(word, best[0]);
  }
  return names;
}

/** A normalised text with a paper's words for its own area replaced by that area's name. */
export function withHomeNames(norm: string, names: ReadonlyMap<string, string>): string {
  let out = norm;
  for (const [word, name] of names) out = out.replaceAll(word, name);
  return out;
}
