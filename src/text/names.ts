import { readFileSync, statSync } from 'node:fs';
import { cachedFile, jiebaDictionary } from './dictionary.js';

/**
 * How much likelier each character is in a person's name than in a word at
 * large, counted over jieba's dictionary (its `nr` words against all). 匡, 禄,
 * 贤 score high; 于, 地, 会 low. Add-one smoothing keeps rare characters near 1.
 */
function characterRatios(dictionary: string): string {
  const inNames = new Map<string, number>();
  const inAll = new Map<string, number>();
  let names = 0;
  let all = 0;
  for (const line of dictionary.split('\n')) {
    const [word, , tag] = line.split(' ');
    if (!word || !tag || !/^\p{Script=Han}+$/u.test(word)) continue;
    const isName = tag.startsWith('nr');
    for (const c of word) {
      inAll.set(c, (inAll.get(c) ?? 0) + 1);
      all++;
      if (isName) {
        inNames.set(c, (inNames.get(c) ?? 0) + 1);
        names++;
      }
    }
  }
  const lines: string[] = [];
  for (const [c, n] of inAll) {
    const ratio = ((inNames.get(c) ?? 0) + 0.5) / Math.max(1, names) / ((n + 1) / all);
    lines.push(`${c} ${ratio.toFixed(3)}`);
  }
  return `${lines.join('\n')}\n`;
}

let ratios: Map<string, number> | null = null;

/** Reads the character table, made once from jieba's dictionary; later calls do nothing. */
export function loadNameStatistics(): void {
  if (ratios) return;
  const source = jiebaDictionary();
  const file = cachedFile(`article-qa-name-characters-${statSync(source).size}.txt`, () =>
    characterRatios(readFileSync(source, 'utf8')),
  );
  ratios = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [c, ratio] = line.split(' ');
    if (c && ratio) ratios.set(c, Number(ratio));
  }
}

/**
 * How much a word reads like a person's name, from its characters alone: the
 * geometric mean of their name ratios. Names jieba does not know score well
 * above 1 (倪匡 3.3, 许世贤 2.1, 阿提拉 2.1); words it cut wrongly score below
 * (并于 0.7, 点会 0.2, 之地 0.5). Characters other than Chinese count as 1.
 */
export function nameLikelihood(word: string): number {
  loadNameStatistics();
  let sum = 0;
  let n = 0;
  for (const c of word) {
    n++;
    sum += Math.log(ratios?.get(c) ?? 1);
  }
  return n === 0 ? 0 : Math.exp(sum / n);
}
