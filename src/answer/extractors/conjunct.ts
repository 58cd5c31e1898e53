import { escapeRegExp } from '../../text/numbers.js';
import { segment } from '../../text/segment.js';
import { modifiedNoun } from './head.js';
import type { Candidate, ExtractContext } from '../types.js';

/** Where a question asks for the item of a list it does not name: 「张俊峰、鞠振宇以及谁」, 「市商务局和哪个单位」. */
const LEFT_ASKED = /(?:以及|和|及|与|跟|同|或|、)(?:还有)?(?=哪|什么|甚么|何|谁|啥)/u;
/** 「一个是欠债，另一个是」: one of two named, the other asked. */
const OTHER_ASKED = /一个是(?<named>[^，,]{2,20})[，,](?:而)?(?:另|另外)一个/u;
/** 「除了A、B，还有哪一个」: the items after 除了 named, one more asked. */
const BESIDES_ASKED = /除了?(?<named>[^，,？?]+?)(?:之外|以外|外)?[，,]?(?:还有|还包括|另外还有)(?=哪|什么|甚么|何|谁|啥)/u;
/** What separates the items a question names. */
const ITEM_BREAK = /[、，,]|以及|和|及|与|跟|同|或/u;

/** Words that join the items of a list (、 joins them too, as punctuation). */
const JOIN_WORDS = new Set(['和', '与', '及', '以及', '跟', '同', '或', '或者']);

/** What stands right before and after an item that stands whole in its list. */
const ITEM_EDGE_BEFORE = /(?:^|[、，,；;：:]|以及|和|与|及|跟|同|或|有|为|是|包括)$/u;
const ITEM_EDGE_AFTER = /^(?:$|[、，,。；;：:]|以及|和|与|及|跟|同|或|等)/u;

/** A verb jieba may glue to the start of a word it does not know: 有市|商务局. */
const GLUED_VERB = /^[有是为在]\p{Script=Han}/u;

/** jieba's tags that end an outer item's run: verbs, prepositions, adverbs, conjunctions, particles, pronouns, directions. */
const NOT_ITEM = /^(?:v|p|d|c|u|r|f)/u;

/** Tags of words that are never an item: prepositions, conjunctions, particles, pronouns, adverbs (他独自|与老王). */
const FUNCTION_WORD = /^[pcurd]/u;

/** How many words an outer item of a list runs to, away from the join. */
const MAX_WORDS = 5;

/** How sure the item is the one asked: the only item the question does not name, or one of several. */
const ONE_LEFT = 0.9;
const SEVERAL_LEFT = 0.45;

interface Placed {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/**
 * The items a question names of a list it asks the item left of; empty when it asks no such thing. The first
 * may hold the question's words before the list (主办单位有市商务局).
 *
 * @example
 * namedItems('市商务局、市科技局以及哪个单位主办了会议'); // ['市商务局', '市科技局']
 * namedItems('原因有两个，一个是欠债，另一个是'); // ['欠债']
 * namedItems('除了市商务局、市科技局，还有哪个单位主办了会议'); // ['市商务局', '市科技局']
 */
export function namedItems(question: string): string[] {
  const other = OTHER_ASKED.exec(question)?.groups?.named;
  if (other) return [other];
  const besides = BESIDES_ASKED.exec(question)?.groups?.named;
  if (besides) return besides.split(ITEM_BREAK).filter((item) => item.length > 0);
  const m = LEFT_ASKED.exec(question);
  if (!m) return [];
  return question
    .slice(0, m.index)
    .split(ITEM_BREAK)
    .filter((item) => item.length > 0);
}

/**
 * The items of a list in the retrieved sentences that the question leaves out, when it names the others
 * (「张俊峰、鞠振宇以及谁做了主题演讲」 → 张莹尹). An item is named when it ends as an item of the question does, or
 * the other way round with a character or two more (有市|商务局 of jieba's 有市商务局).
 *
 * @example
 * // 「主办单位有市商务局、市科技局和市卫健委」, asked 「市商务局、市科技局以及哪个单位主办了会议」 → 市卫健委
 */
export function extractItemLeft(ctx: ExtractContext): Candidate[] {
  const asked = namedItems(ctx.question);
  if (asked.length === 0) return [];
  // The words that ask what the item is (哪一家医院): the item may end with them (市一医院).
  const head = modifiedNoun(ctx.question);
  const kind = head ? (new RegExp(`(?:哪|什么|甚么|何)\\p{Script=Han}{0,6}?${escapeRegExp(head)}`, 'u').exec(ctx.question)?.[0] ?? '') : '';
  const candidates: Candidate[] = [];
  for (const { article, sentence } of ctx.hits) {
    // 等 closes a list (甲公司、乙公司等), however jieba joins it to the last item's word.
    const textOf = (item: Placed[]): string => sentence.norm.slice(item[0]?.start ?? 0, item.at(-1)?.end ?? 0).replace(/等+$/u, '');
    const named = (item: Placed[]): boolean => namedAs(textOf(item), asked);
    for (const list of listsIn(sentence.norm, ctx.question, (item) => namedAs(textOf(item), asked, true))) {
      if (!list.some(named)) continue;
      const left = list.filter((item) => item.length > 0 && !named(item));
      // The question's words other than the items it names (代表团 of 「与哪国代表团」, not 医院 of 「市一医院以及哪家」).
      const outside = list.filter(named).reduce((q, item) => q.replace(textOf(item), '|'), ctx.question);
      for (const item of left.map((i) => withoutAsked(i, outside, kind))) {
        // jieba joins a verb to a name it does not know (有市|商务局): the verb is no part of the item.
        const glued = item[0]?.tag === 'x' && GLUED_VERB.test(item[0].word) ? 1 : 0;
        const text = textOf(item).slice(glued);
        if (text.length === 0 || ctx.question.includes(text)) continue;
        const start = (item[0]?.start ?? 0) + glued;
        // Of the named items' kind only when it stands whole between the list's marks (not 国与|丙 of jieba's 甲汗国|国与丙|汗国).
        const whole = ITEM_EDGE_BEFORE.test(sentence.norm.slice(0, start)) && ITEM_EDGE_AFTER.test(sentence.norm.slice(start + text.length));
        candidates.push({ text, source: { article, sentence }, start, score: left.length === 1 ? ONE_LEFT : SEVERAL_LEFT, ...(whole ? { sibling: true } : {}) });
      }
    }
  }
  return candidates;
}

/**
 * Whether a list's item is one the question names: the same, or (two characters or more) the end of a longer
 * item of the question, or ending with one and a character or two more (有市|商务局); only the first
 * two when `whole`: 再生医学研究院院长|鞠振宇 is a post and a name, not 鞠振宇's match.
 */
function namedAs(text: string, asked: readonly string[], whole = false): boolean {
  return asked.some((a) => text === a || (text.length >= 2 && a.length >= 2 && ((!whole && a.endsWith(text)) || (text.endsWith(a) && text.length <= a.length + 2))));
}

/**
 * The lists of a sentence, clause by clause: each item a run of words between joins. An outer item stops
 * where it holds an item the question names (`named`).
 */
function listsIn(text: string, question: string, named: (item: Placed[]) => boolean): Placed[][][] {
  const tokens: Placed[] = [];
  let at = 0;
  for (const t of segment(text)) {
    const start = text.indexOf(t.word, at);
    if (start < 0) continue;
    tokens.push({ ...t, start, end: start + t.word.length });
    at = start + t.word.length;
  }
  const lists: Placed[][][] = [];
  let items: Placed[][] = [[]];
  const close = (): void => {
    if (items.length >= 2) lists.push(trimOuter(items, question, named));
    items = [[]];
  };
  tokens.forEach((t, i) => {
    const gap = text.slice(tokens[i - 1]?.end ?? t.start, t.start);
    if (/[，,。；;：:！？!?（）()“”「」]/u.test(gap)) close();
    else if (gap.includes('、')) items.push([]);
    if (JOIN_WORDS.has(t.word)) items.push([]);
    else items.at(-1)?.push(t);
  });
  close();
  return lists;
}

/**
 * The list with its first item cut to the words right before the first join and its last to the words
 * right after the last: 「主办单位有市商务局」 → 市商务局, 「市卫健委共同主办」 → 市卫健委. A 的 between two nouns
 * stays in (合理的税制) unless the question says what follows it (甲和乙|的关系).
 */
function trimOuter(items: Placed[][], question: string, named: (item: Placed[]) => boolean): Placed[][] {
  const first = items[0] ?? [];
  let from = first.length;
  // The word next to the join is the item's whatever it is (欠债 of 「因欠债及酗酒」), but a function word.
  const itemWord = (t: Placed | undefined, first: boolean): boolean => t !== undefined && !(first ? FUNCTION_WORD : NOT_ITEM).test(t.tag);
  while (from > 0 && first.length - from < MAX_WORDS && itemWord(first[from - 1], from === first.length) && !named(first.slice(from))) from--;
  const last = items.at(-1) ?? [];
  let to = 0;
  while (to < last.length && to < MAX_WORDS && !named(last.slice(0, to))) {
    const t = last[to];
    const next = last[to + 1];
    const joinsNouns = t?.word === '的' && to > 0 && next !== undefined && /^n/u.test(next.tag) && !question.includes(next.word);
    // A figure after the item counts the list (丙公司|三|家企业, 甲|二权).
    if (!t || (!itemWord(t, to === 0) && !joinsNouns) || (to > 0 && (/^m/u.test(t.tag) || /^[\d一二两三四五六七八九十]/u.test(t.word)))) break;
    to++;
  }
  return [first.slice(from), ...items.slice(1, -1), last.slice(0, to)];
}

/**
 * An item without words of `question` at its ends (法国|代表团 of 「与哪国代表团」), nor a preposition,
 * conjunction or particle (以|甲公司 of 「以及以甲公司和乙公司为代表」), unless nothing is left. It keeps a last
 * word the question asks the item as (市一|医院 of 「哪一家医院」, in `kind`).
 */
function withoutAsked(item: Placed[], question: string, kind: string): Placed[] {
  const asked = (t: Placed | undefined): boolean => t !== undefined && ((t.word.length >= 2 && question.includes(t.word)) || /^[pcu]/u.test(t.tag));
  let from = 0;
  let to = item.length;
  while (to - from > 1 && asked(item[to - 1]) && !kind.includes(item[to - 1]?.word ?? '')) to--;
  while (to - from > 1 && asked(item[from])) from++;
  return item.slice(from, to);
}
