import { readFileSync, statSync } from 'node:fs';
import { cedictVersion, isCommonOnly, readCedict } from './cedict.js';
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

/**
 * The words of two to four characters CC-CEDICT knows only as common words:
 * it writes a proper noun's reading with a capital (Mao2 Ze2 dong1), a common
 * word's in lower case (zhu4 fu2). jieba's dictionary tags 3,620 of them as
 * people's names (智慧, 祝福, 晋升, 王朝) and lacks others that then read like
 * unknown names (史称, 死后). Words CC-CEDICT lacks or also reads as proper are not listed.
 */
function commonWordList(): string {
  const words: string[] = [];
  for (const [word, entry] of readCedict()) if (/^\p{Script=Han}{2,4}$/u.test(word) && isCommonOnly(entry)) words.push(word);
  return `${words.join('\n')}\n`;
}

let ratios: Map<string, number> | null = null;
let commonWords: Set<string> | null = null;

/** The paths of the character table and the common-word list, made first when missing (the build makes them). */
export function nameStatisticsFiles(): { ratios: string; common: string } {
  const source = jiebaDictionary();
  return {
    ratios: cachedFile(`article-qa-name-characters-${statSync(source).size}.txt`, () => characterRatios(readFileSync(source, 'utf8'))),
    common: cachedFile(`article-qa-common-words-${cedictVersion()}.txt`, commonWordList),
  };
}

/** Reads the character table and the common-word list, made once from the dictionaries; later calls do nothing. */
export function loadNameStatistics(): void {
  if (ratios) return;
  const files = nameStatisticsFiles();
  ratios = new Map();
  for (const line of readFileSync(files.ratios, 'utf8').split('\n')) {
    const [c, ratio] = line.split(' ');
    if (c && ratio) ratios.set(c, Number(ratio));
  }
  commonWords = new Set(readFileSync(files.common, 'utf8').split('\n').filter(Boolean));
}

/** Whether a general dictionary knows the word only as a common word (祝福, 晋升, 史称), never as a name. */
export function isCommonWord(word: string): boolean {
  loadNameStatistics();
  return commonWords?.has(word) ?? false;
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
