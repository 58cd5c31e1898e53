import { readData } from '../data.js';

/** Words a question may use for what the article says with another word (举行 for 召开): data/synonyms.yaml. */
const GROUPS: readonly (readonly string[])[] = readGroups();

function readGroups(key = 'groups'): string[][] {
  const raw = readData('synonyms.yaml') as Record<string, unknown> | null;
  const groups = raw?.[key];
  if (!Array.isArray(groups)) throw new Error(`data/synonyms.yaml: expected ${key}, a list of lists of words`);
  return groups.map((g: unknown) => (Array.isArray(g) ? g.map(String) : []));
}

const BY_WORD = new Map<string, readonly string[]>();
// A word may stand in several groups (处于 of a place and of a stage): it stands for the words of each.
for (const group of GROUPS) {
  for (const word of group) BY_WORD.set(word, [...new Set([...(BY_WORD.get(word) ?? []), ...group.filter((w) => w !== word)])]);
}

/** The other words that stand for `word`; empty when it has none. */
export function synonymsOf(word: string): readonly string[] {
  return BY_WORD.get(word) ?? [];
}

const VARIANTS = new Map<string, readonly string[]>();

/**
 * A compound with one of its parts said another way: 上市公司 → 上市企业,
 * 签约客户 → 签约企业客户. Empty when no part has a synonym.
 */
export function variantsOf(word: string): readonly string[] {
  const known = VARIANTS.get(word);
  if (known) return known;
  const found: string[] = [];
  for (const [part, others] of BY_WORD) {
    if (part.length < 2 || part.length >= word.length || !word.includes(part)) continue;
    for (const other of others) found.push(word.replace(part, other));
  }
  VARIANTS.set(word, found);
  return found;
}

/** Words that exclude each other (国家级 and 省级, 去年 and 3年前): data/synonyms.yaml `exclusive`. */
const EXCLUSIVE = new Map<string, readonly string[]>();
for (const group of readGroups('exclusive')) for (const word of group) EXCLUSIVE.set(word, group.filter((w) => w !== word));

/** The words of an `exclusive` group that `text` holds, longest first (上半年 before 年前). */
export function exclusiveWordsIn(text: string): string[] {
  return [...EXCLUSIVE.keys()].filter((w) => text.includes(w)).sort((a, b) => b.length - a.length);
}

/**
 * A word of `asked` in an `exclusive` group that `text` does not hold while it holds another of
 * the group: 去年 asked, 3年前 said. `said` is that other word, with the figure before it.
 *
 * @example saidOtherwise('林佳龙是去年到东京拜会的', '林佳龙表示,3年前到东京拜会') // { word: '去年', said: '3年前' }
 */
export function saidOtherwise(asked: string, text: string): { word: string; said: string } | null {
  for (const word of exclusiveWordsIn(asked)) {
    if (text.includes(word)) continue;
    for (const other of EXCLUSIVE.get(word) ?? []) {
      const at = text.indexOf(other);
      if (at < 0) continue;
      const figure = /[\d一二两三四五六七八九十]+$/u.exec(text.slice(0, at))?.[0] ?? '';
      return { word, said: figure + other };
    }
  }
  return null;
}

/** The two ways a change goes, by the words that say each: data/synonyms.yaml `directions`. */
const DIRECTIONS = readGroups('directions');
// The base is a time (2024年, 去年, 上年同期, 上月): 比较多, 较高的水平上 compare nothing.
const CHANGE_AGAINST = new RegExp(`(?<!比)(?:比|较|相比|同比)(?<base>[^，,。；;]{0,8}?[年月期度季])的?(?<way>[${DIRECTIONS.flat().join('')}])`, 'gu');

/** A change against a base as a text says it: its base, its way (an index into `directions`), the words that say it. */
export interface ChangeAgainst {
  base: string;
  way: number;
  said: string;
}

/**
 * The changes against a base that `text` states (比2024年少了: base 2024年, the second way).
 *
 * @example changesAgainst('较2024年升逾4%') // [{ base: '2024年', way: 0, said: '较2024年升' }]
 */
export function changesAgainst(text: string): ChangeAgainst[] {
  return [...text.matchAll(CHANGE_AGAINST)].map((m) => ({
    base: m.groups?.base ?? '',
    way: DIRECTIONS.findIndex((g) => g.includes(m.groups?.way ?? '')),
    said: m[0],
  }));
}

/**
 * How `text` goes against a base `claim` states a change against, when it goes the other way: the
 * text's own words for it, run on to the end of its clause (较2024年升逾4%). Null when it does not say.
 *
 * @example turnedOtherwise('企业比2024年少了', '去年协助560间企业,较2024年升逾4%,估计…') // '较2024年升逾4%'
 */
export function turnedOtherwise(claim: string, text: string): string | null {
  for (const asked of changesAgainst(claim)) {
    for (const found of changesAgainst(text)) {
      if (found.way === asked.way || !(found.base.includes(asked.base) || asked.base.includes(found.base))) continue;
      const at = text.indexOf(found.said);
      return text.slice(at).split(/[，,。；;]/u)[0] ?? found.said;
    }
  }
  return null;
}

/** Verbs a reader splits with 的 or 了 (致的辞, 签了约): data/synonyms.yaml `split_verbs`. */
const SPLIT_VERBS = readSplitVerbs();

function readSplitVerbs(): RegExp | null {
  const raw = readData('synonyms.yaml') as Record<string, unknown> | null;
  const verbs = raw?.['split_verbs'];
  if (!Array.isArray(verbs) || !verbs.every((v) => typeof v === 'string' && [...v].length === 2)) {
    throw new Error('data/synonyms.yaml: expected split_verbs, a list of two-character verbs');
  }
  const split = verbs.map((v: string) => `${v[0]}[的了]${v[1]}`);
  return split.length > 0 ? new RegExp(split.join('|'), 'gu') : null;
}

/**
 * A question with its split verbs joined, as the article writes them.
 *
 * @example joinSplitVerbs('松原那个签约仪式上谁致的辞') // '松原那个签约仪式上谁致辞'
 */
export function joinSplitVerbs(question: string): string {
  return SPLIT_VERBS ? question.replace(SPLIT_VERBS, (m) => `${m[0]}${m[2]}`) : question;
}

/** One-character nouns after a demonstrative (这个会), and the word they stand for: data/synonyms.yaml `after_demonstrative`. */
const AFTER_DEMONSTRATIVE = readWordMap('after_demonstrative', 'one-character nouns');

/** Verbs readers use for holding an event when nothing follows them (在哪搞的): data/synonyms.yaml `bare_verbs`. */
const BARE_VERBS = readWordMap('bare_verbs', 'verbs');

function readWordMap(key: string, what: string): Map<string, string> {
  const raw = (readData('synonyms.yaml') as Record<string, unknown> | null)?.[key] ?? {};
  if (typeof raw !== 'object' || raw === null || Object.values(raw).some((v) => typeof v !== 'string')) {
    throw new Error(`data/synonyms.yaml: expected ${key}, a map of ${what} to words`);
  }
  return new Map(Object.entries(raw as Record<string, string>));
}

/**
 * A question with a colloquial verb that has no object said as the article's verb for an event:
 * 「座谈会在哪搞的」 asks where it was held, while 「搞啥产业」 keeps its 搞.
 *
 * @example withBareVerbsSaid('座谈会在哪搞的') // '座谈会在哪办的'
 */
export function withBareVerbsSaid(question: string): string {
  let out = question;
  for (const [verb, word] of BARE_VERBS) out = out.replace(new RegExp(`${verb}(?=(?:的|了|过|起来)?(?:吗|呢|啊|呀)?$)`, 'u'), word);
  return out;
}

const DEMONSTRATIVE = '(?:这个|这次|这场|那个|那次|那场|此次|本次|该)';

/**
 * A question with the one-character nouns it uses after a demonstrative said as the article says them.
 *
 * @example withNounsAfterDemonstratives('哪个区办的这个会') // '哪个区办的这个会议'
 */
export function withNounsAfterDemonstratives(question: string): string {
  let out = question;
  for (const [noun, word] of AFTER_DEMONSTRATIVE) {
    // 这个会不会… asks whether it will: the noun is no noun before a verb's 不 or another verb of the modal.
    out = out.replace(new RegExp(`(${DEMONSTRATIVE})${noun}(?![不要能将${word.slice(1)}])`, 'gu'), `$1${word}`);
  }
  return out;
}

/** Words readers use for one the articles say instead: data/synonyms.yaml `reads_as`. */
const READS_AS = readReadsAs();

function readReadsAs(): Map<string, readonly string[]> {
  const raw = (readData('synonyms.yaml') as Record<string, unknown> | null)?.['reads_as'] ?? {};
  const valid = (v: unknown): v is string | string[] => typeof v === 'string' || (Array.isArray(v) && v.every((w) => typeof w === 'string'));
  if (typeof raw !== 'object' || raw === null || !Object.values(raw).every(valid)) {
    throw new Error('data/synonyms.yaml: expected reads_as, a map of words to the word (or words, in order of preference) they are read as');
  }
  return new Map(Object.entries(raw as Record<string, string | string[]>).map(([k, v]) => [k, typeof v === 'string' ? [v] : v]));
}

/**
 * A question with each word of `reads_as` that no article uses said as the articles say it, where they do.
 * Unlike a synonym group, which only helps find and weigh the evidence, this changes what the question
 * asks for: 「打的口号是啥」 is then matched against 「以…为主题」 word for word.
 *
 * @example readAsTheArticleSays('座谈会的口号是啥', (w) => text.includes(w)) // '座谈会的主题是啥'
 */
export function readAsTheArticleSays(question: string, has: (word: string) => boolean): string {
  let out = question;
  for (const [word, words] of READS_AS) {
    const as = words.find(has);
    if (as && out.includes(word) && !has(word)) out = out.split(word).join(as);
  }
  return out;
}
