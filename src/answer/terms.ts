import { ROLE_SUFFIXES, startsWithSurname } from '../article/people.js';
import type { IntentMatch } from '../intents/match.js';
import { isCommonWord } from '../text/names.js';
import { nameTag, segment } from '../text/segment.js';
import { GENERIC_PLACES } from './places.js';
import type { Term } from './types.js';

/**
 * What a question's words require of the article: which of them it must
 * contain to answer (names, places, posts, numbers), and where the evidence
 * must hold them.
 */

/** Posts (董事长, 副区长, 书记): a question about a post the article never names cannot be answered. */
const POST = /(?:长|书记|主席|总裁|总监|经理|董事|主任)$/u;


/**
 * What of a question word the article must contain for the question to be
 * answerable from it, or null when the word may well be paraphrased: a
 * person's name, a place name, a post, a Latin word, a number (its digits and
 * magnitude: 3000亿 of 3000亿元). jieba's tags alone are too loose for this
 * (it tags 祖先 a name and 东西 a place), so each needs its form too.
 */
export function mustAppear(word: string, tag: string, match: IntentMatch | null): string | null {
  const number = /(\d+(?:[.,]\d+)*)([万亿千百]?)/u.exec(word);
  if (number) return `${number[1] ?? ''}${number[2] ?? ''}`;
  if (tag === 'eng') return word;
  if (/^nr/u.test(nameTag(word, tag)) && startsWithSurname(word) && /^\p{Script=Han}{2,4}$/u.test(word)) return namedPart(word);
  if (tag === 'ns') {
    const place = word.replace(/(?:地区|一带|境内|省份)$/u, '');
    // jieba tags common words as places too (长眠, 波及, 四海): a general dictionary knows them as such.
    return place.length >= 2 && !GENERIC_PLACES.has(place) && !isCommonWord(place) ? place : null;
  }
  if (POST.test(word) && ROLE_SUFFIXES.some((r) => word.endsWith(r))) return word;
  return isNameLike(word, match) ? word : null;
}

/**
 * A question word less what it shares with the way the question is asked:
 * jieba glues question words to their neighbours (在哪|开 read as 在|哪开), and
 * the part of 哪开 that is the form 在哪 is no word to look for.
 */
export function withoutForm(word: string, form: readonly string[]): string {
  let rest = word;
  for (const f of form) {
    for (let n = Math.min(f.length, rest.length - 1); n >= 1; n--) {
      if (rest.startsWith(f.slice(-n))) {
        rest = rest.slice(n);
        break;
      }
    }
    for (let n = Math.min(f.length, rest.length - 1); n >= 1; n--) {
      if (rest.endsWith(f.slice(0, n))) {
        rest = rest.slice(0, -n);
        break;
      }
    }
  }
  return rest;
}

/**
 * Counts of the things a question asks to be listed — 3位 of 「做主题演讲的3位嘉宾分别是谁」, 5 of
 * 「哪5个省」 or 「文中列了5个」 —, as digits: the size of the answer, which the article need not state.
 */
export function listSizes(question: string): Set<string> {
  const sizes = new Set<string>();
  for (const m of question.matchAll(LIST_SIZE)) sizes.add(m.groups?.a ?? m.groups?.b ?? '');
  sizes.delete('');
  return sizes;
}

const LIST_SIZE =
  /(?:哪|点了|列了|提了|列出了?|提到了?|写了|举了)(?<a>\d+)[个位名家项种样条类所座张]|(?<b>\d+)[个位名家项种样条类所座张][^，,。？?\d]{0,6}?(?:分别|各自|都)(?:是|叫|有|为)?(?:谁|什么|啥|哪)/gu;

/** Where the evidence must hold a question word the article must contain (see {@link Term.scope}). */
export function anchorScope(word: string, tag: string, hard: string | null, match: IntentMatch | null): Term['scope'] {
  if (hard === null) return 'sentence';
  if (/^nr/u.test(nameTag(word, tag)) || isNameLike(word, match) || /\d/u.test(hard)) return 'paragraph';
  return tag === 'ns' ? 'place' : 'sentence';
}

/**
 * The part of a name-tagged word that names someone: jieba's dictionary holds
 * words that prefix a name with a dynasty or a preposition (明|崇祯, 于|北魏),
 * and an article that says 崇祯 alone still speaks of him.
 */
function namedPart(word: string): string {
  if (word.length < 3) return word;
  const rest = segment(word.slice(1));
  return rest.length === 1 && /^(?:nr|ns)/u.test(rest[0]?.tag ?? '') ? word.slice(1) : word;
}

/**
 * A word the pattern captured as the subject of 「X是谁」 reads as a name the article must contain; not a time or a
 * place word (「会上是谁推介的…」: 会上 says when, and the article may say it otherwise, 会议现场).
 */
function isNameLike(word: string, match: IntentMatch | null): boolean {
  const subject = match?.groups.subject ?? match?.groups.person;
  const tokens = segment(word);
  return subject !== undefined && subject === word && /^\p{Script=Han}{2,4}$/u.test(word) && !(tokens.length === 1 && /^[tfs]$/u.test(tokens[0]?.tag ?? ''));
}

/**
 * Whether the word of `question` from `start` to `end` is cut across two words: the pairs of characters
 * over both its edges (台中 and 东区 of 台|中东|区) are pairs the article has.
 */
export function cutAcross(question: string, start: number, end: number, pairs: { has(pair: string): boolean }): boolean {
  return start > 0 && end < question.length && pairs.has(question.slice(start - 1, start + 1)) && pairs.has(question.slice(end - 1, end + 1));
}
