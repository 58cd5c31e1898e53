import { readData, readWords } from '../data.js';
import { isCommonWord, nameLikelihood } from '../text/names.js';
import { addWords, segment } from '../text/segment.js';
import type { Article, Person } from './types.js';

/**
 * Finds the people an article names, without a list of names: Chinese news
 * introduces a person by a title followed by the name (`副主任张驰挺`,
 * `院长鞠振宇`, `记者郭扬`), so a title word, then a common surname and one
 * or two more characters, is a name.
 */

/** Words that end a title or role. Longest first. */
export const ROLE_SUFFIXES: readonly string[] = readWords('people.yaml', 'posts').sort((a, b) => b.length - a.length);

/** Common surnames (data/people.yaml): compound ones, and single characters. */
const COMPOUND = readWords('people.yaml', 'compound_surnames');
const SINGLE = surnames();

/** The single-character surnames of data/people.yaml, one string of characters. */
function surnames(): string {
  const raw = readData('people.yaml') as { surnames?: unknown } | null;
  if (typeof raw?.surnames !== 'string') throw new Error('data/people.yaml: expected surnames, a string of characters');
  return raw.surnames;
}

/** True when a word begins with a common Chinese surname. */
export function startsWithSurname(word: string): boolean {
  return COMPOUND.some((s) => word.startsWith(s)) || SINGLE.includes(word[0] ?? '\u0000');
}

/** Characters and words that can follow a name directly and are not part of it. */
const AFTER_NAME =
  /^(?:[，,、；;：:。！？!?”"’'）)\s]|在|说|表示|介绍|指出|认为|强调|分别|等|和|与|及|也|对|进行|作|做|称|提出|谈|接受|坦言|透露|告诉|带领|主持|出席|致辞|发言|讲话|的|是|为|向|从|以|将|已|曾|还|就|均|都|一行|同志|先生|女士|今日|今天|昨日|昨天|日前|近日|近期|当天|此前|早前|$)/u;

const HAN = /\p{Script=Han}/u;
const NOT_IN_GIVEN_NAME = /[的了在是与及也对从这那上下里就都]/u;

/** Whether a word of two to four Chinese characters could be a name: none after its first is a function character (上的 cannot), and no dictionary knows it only as a common word (史称). */
export function mayBeName(word: string): boolean {
  return /^\p{Script=Han}{2,4}$/u.test(word) && !NOT_IN_GIVEN_NAME.test(word.slice(1)) && !isCommonWord(word);
}

/** Reads the name that starts at `at` in `text`, or returns '' when none does. */
function readName(text: string, at: number): string {
  const rest = text.slice(at);
  const surnameLength = COMPOUND.some((s) => rest.startsWith(s)) ? 2 : SINGLE.includes(rest[0] ?? '') ? 1 : 0;
  if (surnameLength === 0) return '';
  // Prefer a three-character name when what follows it is a boundary; else two.
  for (const given of [2, 1]) {
    const name = rest.slice(0, surnameLength + given);
    if (name.length < surnameLength + given || ![...name].every((c) => HAN.test(c))) continue;
    // 「军阀史上的」 is no 史 (title) 上的 (name): a given name has no function characters.
    if (NOT_IN_GIVEN_NAME.test(name.slice(surnameLength))) continue;
    if (AFTER_NAME.test(rest.slice(name.length)) || beginsWithVerb(rest.slice(name.length))) return name;
  }
  return '';
}

/** Whether a text begins with what jieba reads as a verb (受邀, 率领, 宣布): a name stands before a verb as before 说. */
function beginsWithVerb(text: string): boolean {
  const first = segment(text.slice(0, 4))[0];
  return first !== undefined && first.word.length >= 2 && first.tag.startsWith('v');
}

const ROLE_PATTERN = new RegExp(`(?:${ROLE_SUFFIXES.join('|')})`, 'gu');
/** Characters that end the description of a role, looking backwards from the name. */
const ROLE_START = /[，,；;：:。！？!?“”"‘’'（）()\s]/u;

/**
 * The role that precedes a name ending at `end`: from the last clause break
 * before it, across `、`-joined titles of the same person
 * (`副会长、…主任委员张俊峰`).
 */
function readRole(text: string, end: number, names: Set<string>): string {
  let start = end;
  while (start > 0 && !ROLE_START.test(text[start - 1] ?? '') && text[start - 1] !== '、') start--;
  let role = text.slice(start, end);
  // Walk back over earlier titles joined by 、 that name nobody else.
  while (text[start - 1] === '、') {
    let prev = start - 1;
    while (prev > 0 && !ROLE_START.test(text[prev - 1] ?? '') && text[prev - 1] !== '、') prev--;
    const segment = text.slice(prev, start - 1);
    const endsWithRole = ROLE_SUFFIXES.some((r) => segment.endsWith(r));
    const namesSomeone = [...names].some((n) => segment.includes(n));
    if (!endsWithRole || namesSomeone) break;
    role = `${segment}、${role}`;
    start = prev;
  }
  return role.replace(/^(?:会议现场|会上|现场|其中|此外|同时|随后|据)\s*/u, '').replace(ROLE_INTRO, '');
}

/** What introduces a list of guests before the first one's post: 「出席论坛的嘉宾有…董事长廖增太」. */
const ROLE_INTRO = /^[^，,；;]*?(?:嘉宾|领导|专家|代表|人员|人士|负责人)(?:有|包括|为|是|：|:)/u;

/** Below this {@link nameLikelihood}, what follows a title is not a name (关部门, 和剧, 任期内). */
const MIN_NAME_LIKELIHOOD = 0.7;

/**
 * Whether a name read after a title may really be one: not a word jieba
 * knows as something else (方面, 管辖, 席位), and made of a name's characters.
 */
function isPlausibleName(name: string): boolean {
  const alone = segment(name);
  const known = alone.length === 1 && !/^(?:nr|x)/u.test(alone[0]?.tag ?? '');
  return !known && nameLikelihood(name) >= MIN_NAME_LIKELIHOOD;
}

/**
 * The people of an article: every name introduced by a title, the reporter
 * of the dateline, with the roles the article gives them. The names are
 * taught to the segmenter so that they stay whole.
 */
export function findPeople(article: Pick<Article, 'sentences' | 'dateline'>): Person[] {
  const byName = new Map<string, Person>();
  const add = (name: string, role: string, sentence: number): void => {
    const person = byName.get(name) ?? { name, roles: [], roleSentences: [] };
    if (role && !person.roles.includes(role)) {
      person.roles.push(role);
      person.roleSentences.push(sentence);
    }
    byName.set(name, person);
  };
  if (article.dateline?.reporter) {
    for (const name of article.dateline.reporter.split(/[\s、,，]+/u).filter(Boolean)) {
      add(name, `${article.dateline.source}记者`, -1);
    }
  }
  // Two passes: names first, so that roles can tell a title from another person's name.
  const found: { name: string; sentence: number; end: number; text: string }[] = [];
  for (const s of article.sentences) {
    for (const m of s.norm.matchAll(ROLE_PATTERN)) {
      const at = (m.index ?? 0) + m[0].length;
      const name = readName(s.norm, at);
      if (name && isPlausibleName(name)) found.push({ name, sentence: s.index, end: at, text: s.norm });
    }
  }
  const names = new Set([...found.map((f) => f.name), ...byName.keys()]);
  for (const f of found) add(f.name, readRole(f.text, f.end, names), f.sentence);
  addWords(byName.keys(), 'nr');
  return [...byName.values()];
}
