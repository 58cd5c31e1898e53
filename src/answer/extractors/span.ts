import { mayBeName, ROLE_SUFFIXES } from '../../article/people.js';
import type { AnswerKind } from '../../intents/schema.js';
import { nameLikelihood } from '../../text/names.js';
import { findNumbers } from '../../text/numbers.js';
import { nameTag, segment } from '../../text/segment.js';
import { isStopWord, QUESTION_WORD_PATTERN } from '../../text/stopwords.js';
import { synonymsOf } from '../../text/synonyms.js';
import { clauseAt, coverage, partAt } from '../evidence.js';
import type { Candidate, ExtractContext } from '../types.js';
import { DATE } from './date.js';
import { endsLikeHead, headNoun } from './head.js';
import { nameExtent } from './name-extent.js';
import { NUMBER_WEIGHTS } from './number.js';
import { PLACE_ENDING } from '../places.js';

/** Words that never begin or end an answer: 在欧洲 → 欧洲, 德国的 → 德国. */
const EDGE = /^(?:们|这样|这种|这个|那样|那种|一种|一个|一项|一些|其中|以及|等等|在|由|的|是|和|与|及|了|被|将|对|从|以|为|于|把|向|并|而|也|都|又|就|即|则|其|该|这|那|此|所|之|等|着|过|到|给|让|使|用|据|因|但|或|且|会|能|可|要|已|曾|还|才|再)$/u;
const PERSON_SUFFIX = /(?:人|者|家|员|师|长|王|帝|后|公|氏|们)$/u;
const PUNCT = /^[\p{P}\p{S}\s]+$/u;
/**
 * How the span extractor weighs a candidate: a base, the share of the question its clause holds, its
 * closeness to the question's words, and how well its position matches the question word's.
 * The character distance at which closeness halves is `gap`.
 */
export const SPAN_WEIGHTS = { base: 0.1, local: 0.25, near: 0.35, order: 0.3, gap: 12 };

/** How close to the question's words a name opening its clause counts, wherever they stand. */
const SUBJECT_NEAR = 0.6;

/** 苏格兰人, 荷兰人: a people, not a person. */
const DEMONYM = /\p{Script=Han}{2,}人$/u;

/** Below this {@link nameLikelihood}, a word jieba does not know is a mis-cut (并于, 之地), not a name. */
const NAME_LIKELIHOOD = 1;

/** From this {@link nameLikelihood} on, a word jieba does not know is taken for a name as surely as one it knows. */
const SURE_NAME_LIKELIHOOD = 1.5;

/** Whether a word jieba does not know may be a person's name: its characters are a name's, none a function character. */
function readsLikeName(word: string): boolean {
  return mayBeName(word) && nameLikelihood(word) >= NAME_LIKELIHOOD;
}

/** Parts of speech that make a piece of a run an answer of the kind on their own. */
const TYPED_TAG: Partial<Record<AnswerKind, RegExp>> = { person: /^(?:nr|x$)/u, place: /^ns/u };

/** Function words a run is split at into candidate pieces. */
const SPLIT = /^(?:是|为|在|将|把|被|了|对|从|向|于|以|由|并|而|也|都|就|即|则|因为|所以|但|却)$/u;
/** Punctuation that no answer spans. `·` joins names and is not one. */
const BREAK = /[，,。；;：:！？!?、“”「」『』（）()《》〈〉【】—\s]/u;

interface Placed {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** A dot that joins the parts of a transliterated name (约翰·洛吉·贝尔德). */
const NAME_DOT = /[·•‧．]/u;
/** Function characters jieba glues to the end of an unknown name. */
const GLUED_TAIL = /(?:亦说|亦|为|在|于|说|等|曾|将|被|把|对|与|和|自任|便|则)$/u;

/** Function characters jieba glues to the start of an unknown name. */
const GLUED_HEAD = /^(?:如|由|被|与|和|对|把|将|从|向|给|让|于|据)/u;

/** From this {@link nameLikelihood} on, a noun or place after a name's last dot is the name's end (欧|巴马 2.4, 尼普|可夫 1.5). */
const NAME_END_LIKELIHOOD = 1.4;

/** Prepositions that never open a transliterated name. */
const GLUED_PREPOSITION = /[由被在与和对把将从向给让为于]/u;

/** Tags that end a name's last part: prepositions, conjunctions, particles. */
const NAME_END = /^(?:p|c|u|y|e|o|w)/u;

/** jieba's words of a text with their offsets, each transliterated name one word tagged `nr`. */
export function placedTokens(text: string): Placed[] {
  const tokens: Placed[] = [];
  let at = 0;
  for (const t of segment(text)) {
    const start = text.indexOf(t.word, at);
    if (start < 0) continue;
    at = start + t.word.length;
    // jieba's HMM glues a function character to an unknown name (崔浩亦说, 庾澄庆为), or cuts the
    // two elsewhere (朱常|清为, 吴珈|庆则, 斯科尔斯|基在): cut it off.
    const previous = tokens.at(-1);
    const withPrevious = t.tag === 'x' && previous !== undefined && /^(?:x|nr)/u.test(previous.tag) && previous.end === start;
    const from = withPrevious ? previous.start : start;
    const word = text.slice(from, at);
    const glued = t.tag === 'x' && word.length >= 3 ? GLUED_TAIL.exec(word) : null;
    const name = glued ? word.slice(0, glued.index) : '';
    if (glued && name.length >= 2 && cutsGlued(name, withPrevious ? previous : undefined)) {
      if (withPrevious) tokens.pop();
      const cut = from + name.length;
      tokens.push({ word: name, tag: withPrevious ? previous.tag : 'x', start: from, end: cut });
      tokens.push({ word: glued[0], tag: 'p', start: cut, end: at });
      continue;
    }
    // 如王怡: the same glued before the name.
    const head = t.tag === 'x' && t.word.length >= 3 ? GLUED_HEAD.exec(t.word) : null;
    if (head && nameLikelihood(t.word.slice(head[0].length)) >= SURE_NAME_LIKELIHOOD) {
      tokens.push({ word: head[0], tag: 'p', start, end: start + head[0].length });
      tokens.push({ word: t.word.slice(head[0].length), tag: 'x', start: start + head[0].length, end: at });
      continue;
    }
    tokens.push({ word: t.word, tag: t.tag, start, end: at });
  }
  return joinRegnalNames(text, NAME_DOT.test(text) ? joinDottedNames(text, tokens) : tokens);
}

/**
 * Whether `name`, left when a glued function character is cut off, is a name:
 * one that reads surely like a name; after a word jieba knows whole (刘玉娘|立为)
 * or a 某氏 name (韩氏|封为), only that word itself (张学良|自任); after an
 * unknown or transliterated piece (斯科尔斯|基在), one that takes no preposition
 * from the next word (孟萨尔|从于).
 */
function cutsGlued(name: string, previous: Placed | undefined): boolean {
  if (!previous) return nameLikelihood(name) >= SURE_NAME_LIKELIHOOD;
  if (!/^x|^nrt/u.test(previous.tag) || previous.word.endsWith('氏')) return name === previous.word;
  return !GLUED_PREPOSITION.test(name.slice(previous.word.length)) && nameLikelihood(name) >= SURE_NAME_LIKELIHOOD;
}

/** 一世, 二世…: the ordinal of a monarch or pope, the end of a name. */
const REGNAL = /^[一二三四五六七八九十]+世$/u;

/**
 * jieba cuts 狄奥多西二世 into 狄奥多|西|二世 and 巴西尔二世 into 巴西|尔|二世: a
 * regnal ordinal takes the name-like words just before it (names, places,
 * single characters; six characters at most) into one name.
 */
function joinRegnalNames(text: string, tokens: Placed[]): Placed[] {
  const joined: Placed[] = [];
  for (const token of tokens) {
    if (!REGNAL.test(token.word)) {
      joined.push(token);
      continue;
    }
    let start = token.start;
    let k = joined.length;
    while (k > 0) {
      const prev = joined[k - 1];
      if (!prev || prev.end !== start || !/^\p{Script=Han}+$/u.test(prev.word)) break;
      const nameLike = /^(?:nr|x$|ns)/u.test(prev.tag) || (prev.word.length === 1 && !/^(?:p|c|u|r|d|v|m|q|y|e|o|w)/u.test(prev.tag));
      if (!nameLike || token.start - prev.start > 6) break;
      start = prev.start;
      k--;
    }
    if (k === joined.length) {
      joined.push(token);
      continue;
    }
    joined.length = k;
    joined.push({ word: text.slice(start, token.end), tag: 'nr', start, end: token.end });
  }
  return joined;
}

/**
 * jieba cuts 保罗·高特列本·尼普可夫 into 保罗|高|特|列|本|尼|普|可夫 and 温菲尔德 into
 * 温|菲尔德: a name is the word before its first dot (with single characters
 * just before it, up to four), every part between dots, and after the last dot
 * a word, with what follows while the part is shorter than three characters
 * (尼|普, 雷|根 — but not 史考特|订 or 雷根|总统).
 */
function joinDottedNames(text: string, tokens: Placed[]): Placed[] {
  const joined: Placed[] = [];
  const han = (t: Placed | undefined): t is Placed => t !== undefined && /^\p{Script=Han}+$/u.test(t.word);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!han(token) || !NAME_DOT.test(text[token.end] ?? '') || !han(tokens[i + 1]) || tokens[i + 1]?.start !== token.end + 1) {
      if (token) joined.push(token);
      continue;
    }
    let start = token.start;
    while (joined.length > 0) {
      const prev = joined.at(-1);
      if (!han(prev) || prev.word.length !== 1 || prev.end !== start || NAME_END.test(prev.tag) || token.end - prev.start > 4) break;
      start = prev.start;
      joined.pop();
    }
    // jieba glues a preposition to an unknown name (由托尼|·|赫尔): it is not the name's.
    if (token.end - start >= 3 && GLUED_PREPOSITION.test(text[start] ?? '')) {
      joined.push({ word: text.slice(start, start + 1), tag: 'p', start, end: start + 1 });
      start++;
    }
    let k = i + 1;
    let end = token.end;
    while (NAME_DOT.test(text[end] ?? '') && han(tokens[k]) && tokens[k]?.start === end + 1) {
      const partStart = end + 1;
      end = tokens[k]?.end ?? end;
      k++;
      for (let next = tokens[k]; han(next) && next.start === end; next = tokens[k]) {
        const length = end - partStart;
        // A part between two dots runs to the next dot.
        const middle = /^[^，,。；;：:！？!?、\s和与及跟同]{0,6}[·•‧．]/u.test(text.slice(end));
        const fits = middle
          ? end - partStart + next.word.length <= 6
          : length < 3 &&
            (next.word.length === 1
              ? length < 2 || !NAME_END.test(next.tag)
              : length + next.word.length <= 4 &&
                // 欧|巴马, 尼普|可夫: jieba tags a name's end as a place or a noun; its characters say otherwise.
                (/^(?:nr|x)/u.test(next.tag) || (/^n/u.test(next.tag) && nameLikelihood(next.word) >= NAME_END_LIKELIHOOD)));
        if (!fits) break;
        end = next.end;
        k++;
      }
    }
    joined.push({ word: text.slice(start, end), tag: 'nr', start, end });
    i = k - 1;
  }
  return joined;
}

/** How many sentence breaks (`stops`) and commas stand before each offset of a text. */
function breakCounts(text: string): { stops: Uint16Array; commas: Uint16Array } {
  const stops = new Uint16Array(text.length + 1);
  const commas = new Uint16Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    stops[i + 1] = (stops[i] ?? 0) + (c === '；' || c === ';' || c === '。' ? 1 : 0);
    commas[i + 1] = (commas[i] ?? 0) + (c === '，' || c === ',' ? 1 : 0);
  }
  return { stops, commas };
}

/** Whether one of the counted characters stands in `[from, to)`. */
function between(counts: Uint16Array, from: number, to: number): boolean {
  return to > from && (counts[to] ?? 0) > (counts[from] ?? 0);
}

/** Titles that stand before a name: a post (侍中), or a ruler's title (闯王, 武帝). */
function isTitle(word: string): boolean {
  return ROLE_SUFFIXES.some((r) => word.endsWith(r)) || /^\p{Script=Han}{1,3}[王帝侯汗]$/u.test(word);
}

/** A span that is a date and nothing more. */
const WHOLE_DATE = new RegExp(`^(?:${DATE.source})$`, 'u');

function typeFit(kind: AnswerKind, span: string, words: readonly string[], tags: readonly string[], head: string, after: string): number {
  switch (kind) {
    case 'person':
    case 'role':
      // 总统普京, 太尉司马懿 — but not 总统职位: what follows a title is a name only if it looks like one.
      // 总裁|一职: a word jieba does not know must still read like a name.
      if (
        tags.length <= 2 &&
        tags.every((t, k) => /^(?:nr|zg$)/u.test(t) || (t === 'x' && readsLikeName(words[k] ?? ''))) &&
        ROLE_SUFFIXES.some((r) => after.endsWith(r))
      )
        return 1;
      // 侍中|李成桂: all names to jieba, but a title and a name; 谁 asks for the name alone.
      if (tags.every((t) => t.startsWith('nr'))) return kind === 'person' && words.length >= 2 && isTitle(words[0] ?? '') ? 0.9 : 1;
      // 汤玛斯|杜威: a name jieba half knows is still only a name; 杜威|而|得以|连任 and 张学良|自任 are a name and more.
      if (tags.some((t) => t.startsWith('nr'))) {
        const unknownReadLikeNames = words.every((w, k) => tags[k] !== 'x' || readsLikeName(w));
        if (tags.every((t) => /^(?:nr|x$)/u.test(t)) && unknownReadLikeNames) return span.includes('·') ? 1 : 0.95;
        return tags.some((t) => t.startsWith('v')) ? 0.6 : 0.8;
      }
      // Words jieba does not know (x) may be names, unless they hold function characters (上的);
      // made of names' characters (倪匡, 庾澄庆), they are names as surely as the ones it knows.
      if (tags.length <= 2 && tags.every((t) => t === 'x') && readsLikeName(span)) return nameLikelihood(span) >= SURE_NAME_LIKELIHOOD ? 1 : 0.7;
      if (tags.includes('nt') || PERSON_SUFFIX.test(span)) return 0.6;
      return 0.35;
    case 'place':
      if (tags.includes('ns') || PLACE_ENDING.test(span)) return 1;
      return 0.4;
    case 'date':
      return WHOLE_DATE.test(span) ? 1 : tags.includes('t') ? 0.7 : 0.15;
    case 'number': {
      // The number itself, give or take a word: not a clause that happens to hold one.
      const n = findNumbers(span)[0];
      return n && span.length <= n.text.length + 3 ? 1 : 0.1;
    }
    case 'phrase':
      if (head && span.endsWith(head)) return 1;
      if (head && endsLikeHead(span, head)) return 0.75; // 哪一产业 → 工业, 哪一个岛屿 → 绿岛
      // Adverbs, verbs and particles alone (深入, 进行了) say how, not what.
      if (!tags.some((t) => /^(?:n|m|t|eng|vn|l|i|j|a)/u.test(t))) return 0.25;
      return head ? 0.55 : 0.7;
    default:
      // Other kinds are answered by their own extractors only (see SPAN_KINDS).
      return 0;
  }
}

function lengthFit(span: string, isName: boolean): number {
  // A transliterated name is long by its nature (保罗·高特列本·尼普可夫): up to three parts, only its longest counts.
  const parts = span.split(NAME_DOT);
  const n = isName && parts.length > 1 && parts.length <= 3 ? Math.max(...parts.map((part) => part.length)) : [...span].length;
  if (n <= 1) return 0.35;
  if (n <= 10) return 1;
  if (n <= 20) return 0.75;
  return 0.45;
}

/**
 * Any kind of answer, from the words of the best sentences that the question
 * does not contain: each run of such words (between the question's own words
 * and punctuation) is a candidate, trimmed of function words, weighed by how
 * close it stands to the question's words, how much its clause shares with
 * the question, and whether it looks like the kind asked (a name, a place, a
 * date, a number, or a noun ending like the question's 哪一X).
 */
export function extractSpans(ctx: ExtractContext, kind: AnswerKind, limit = 4, { listed = false } = {}): Candidate[] {
  // The items of a list seldom each name what they are (有哪些优势 → 基础好、机遇多).
  const head = listed ? '' : headNoun(ctx.question);
  const askedSynonyms = new Set(ctx.terms.flatMap((t) => synonymsOf(t.word)));
  const isAsked = (word: string): boolean =>
    !PUNCT.test(word) &&
    ((word.length >= 2 && (ctx.question.includes(word) || askedSynonyms.has(word))) ||
      (/^[\dA-Za-z]+$/u.test(word) && ctx.question.includes(word)));
  const weightOf = (word: string): number => ctx.terms.find((t) => t.word === word)?.weight ?? 0.5;
  // Where the question word stands among the question's own words: 「哪一种运动需要球网」 asks
  // for what comes before 需要, 「卡特创立了什么单位」 for what comes after 创立.
  const wh = QUESTION_WORD_PATTERN.exec(ctx.question)?.index ?? ctx.question.length;
  const askedBefore = ctx.terms.filter((t) => {
    const at = ctx.question.indexOf(t.word);
    return at >= 0 && at < wh;
  }).length;
  const shareBefore = ctx.terms.length ? askedBefore / ctx.terms.length : 0.5;
  const candidates: Candidate[] = [];
  for (const { article, sentence } of ctx.hits.slice(0, limit)) {
    const text = sentence.norm;
    const tokens = kind === 'person' ? placedTokens(text).map((t) => ({ ...t, tag: nameTag(t.word, t.tag) })) : placedTokens(text);
    const matched = tokens.map((t) => isAsked(t.word));
    const anchors = tokens.filter((_, i) => matched[i]);
    if (anchors.length === 0) continue;
    // The one name (or place) of a sentence that holds the rest of the question answers 谁 (哪里)
    // wherever it stands: 「罗斯福…并大肆批评胡佛」 for 「大肆批评胡佛的人为谁」.
    const typedTag = TYPED_TAG[kind];
    const typedWords = typedTag
      ? new Set(
          tokens
            .filter((t, k) => !matched[k] && typedTag.test(t.tag) && t.word.length >= 2)
            .filter((t) => kind !== 'person' || (!DEMONYM.test(t.word) && (t.tag !== 'x' || readsLikeName(t.word))))
            .map((t) => t.word),
        )
      : new Set<string>();
    const sole = typedWords.size === 1 ? [...typedWords][0] : undefined;
    // Every piece asks what stands between it and each question word, and how much of the question
    // its clause holds: counted once per sentence, not sliced out for every pair.
    const breaks = breakCounts(text);
    const clauseCoverage = new Map<number, number>();
    const sentenceShare = sole ? coverage(text, ctx.terms) : 0;
    let i = 0;
    while (i < tokens.length) {
      if (matched[i] || PUNCT.test(tokens[i]?.word ?? '')) {
        i++;
        continue;
      }
      // A run ends at a word of the question, or at punctuation between two words.
      let j = i + 1;
      while (j < tokens.length && !matched[j] && !BREAK.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.end ?? 0))) j++;
      // The run itself, and its pieces between function words: 「削球是将球拍…切削」 holds 削球.
      const pieces: [number, number][] = [[i, j - 1]];
      let from = i;
      for (let k = i; k <= j; k++) {
        if (k === j || SPLIT.test(tokens[k]?.word ?? '')) {
          if (k - 1 >= from && (from !== i || k !== j)) pieces.push([from, k - 1]);
          from = k + 1;
        }
      }
      // The names (or places) inside a run: 「华北人民政府主席董必武」 holds 董必武.
      const typed = TYPED_TAG[kind];
      if (typed) {
        // 「苏格兰人约翰·贝尔德」: a people's name (jieba tags 苏格兰人 a name) is not part of the person's.
        const isTyped = (t: Placed | undefined): boolean => !!t && typed.test(t.tag) && !(kind === 'person' && DEMONYM.test(t.word));
        for (let k = i; k < j; k++) {
          if (!isTyped(tokens[k])) continue;
          let m = k;
          while (m + 1 < j && isTyped(tokens[m + 1])) m++;
          if (k !== i || m !== j - 1) pieces.push([k, m]);
          // 闯王|李自成, 侍中|李成桂: a title jieba tags as a name is not part of the name after it.
          for (let t = k; t < m; t++) if (kind === 'person' && isTitle(tokens[t]?.word ?? '')) pieces.push([t + 1, m]);
          k = m;
        }
      }
      // 「哪所大学」: the part of a run up to a word ending in the head noun (暨南大学), and
      // 「什么产业」: the noun phrase after the run's last 的 (着力打造的战略性新兴产业 → 战略性新兴产业).
      if (head) {
        let afterDe = i;
        for (let k = i; k < j; k++) {
          const word = tokens[k]?.word ?? '';
          if (word === '的') afterDe = k + 1;
          else if (word.endsWith(head) || (head.length > 1 && endsLikeHead(word, head))) {
            pieces.push([i, k]);
            if (afterDe > i && afterDe <= k) pieces.push([afterDe, k]);
          }
        }
        const last = tokens[j - 1];
        if (last && text.startsWith(head, last.end) && afterDe > i && afterDe < j) pieces.push([afterDe, j - 1]);
      }
      for (const [pa, pb] of pieces) {
        let a = pa;
        let b = pb;
        while (a <= b && (EDGE.test(tokens[a]?.word ?? '') || isStopWord(tokens[a]?.word ?? ''))) a++;
        while (b >= a && (EDGE.test(tokens[b]?.word ?? '') || isStopWord(tokens[b]?.word ?? ''))) b--;
        const first = tokens[a];
        const last = tokens[b];
        if (a > b || !first || !last) continue;
        let end = last.end;
        // 「哪一个博物馆」: take the head noun that follows the run into the answer.
        if (head && text.startsWith(head, end) && !text.slice(first.start, end).endsWith(head)) end += head.length;
        const core = text.slice(first.start, end);
        const [start, stop] = kind === 'person' ? nameExtent(text, first.start, end, article) : [first.start, end];
        const span = text.slice(start, stop);
        if (QUESTION_WORD_PATTERN.test(span) || ctx.question.includes(span)) continue;
        let near = 0;
        for (const anchor of anchors) {
          const gap = anchor.end <= first.start ? first.start - anchor.end : anchor.start >= end ? anchor.start - end : 0;
          const from = Math.min(anchor.end, end);
          const to = Math.max(anchor.start, first.start);
          const damp = between(breaks.stops, from, to) ? 0.4 : between(breaks.commas, from, to) ? 0.8 : 1;
          near = Math.max(near, (damp * Math.min(2, weightOf(anchor.word))) / 2 / (1 + gap / SPAN_WEIGHTS.gap));
        }
        const clause = clauseAt(text, first.start);
        const isSole = core === sole;
        let clauseShare = clauseCoverage.get(clause.start);
        if (clauseShare === undefined) {
          clauseShare = coverage(text.slice(clause.start, clause.end), ctx.terms);
          clauseCoverage.set(clause.start, clauseShare);
        }
        const clauseLocal = Math.max(clauseShare, isSole ? sentenceShare : 0);
        // A figure is weighed by its statement (up to ；or 。) too, as the number extractor weighs it: of 「开幕式…签约总额3375.3亿元；
        // …活动…签约总额1864亿元」, 「开幕式上签约的金额」 is the one whose statement names 开幕式.
        const statement = kind === 'number' ? partAt(text, first.start) : null;
        const local = statement ? (1 - NUMBER_WEIGHTS.part) * clauseLocal + NUMBER_WEIGHTS.part * coverage(text.slice(statement.start, statement.end), ctx.terms) : clauseLocal;
        if (isSole) near = Math.max(near, 0.5);
        // A name that opens its clause is its subject, the one 谁 usually asks for.
        if (kind === 'person' && clause.start === first.start && (typedWords.has(core) || span.includes('·'))) near = Math.max(near, SUBJECT_NEAR);
        const words = tokens.slice(a, b + 1).map((t) => t.word);
        const tags = tokens.slice(a, b + 1).map((t) => t.tag);
        // …and placed among the question's words of its statement only: the figure of another statement is not after them.
        const stated = statement ? anchors.filter((x) => x.start >= statement.start && x.end <= statement.end) : [];
        const placed = stated.length > 0 ? stated : anchors;
        const before = placed.filter((x) => x.end <= first.start).length / placed.length;
        const order = 1 - Math.abs(before - shareBefore);
        const score = typeFit(kind, span, words, tags, head, text.slice(Math.max(0, first.start - 4), first.start)) * lengthFit(span, kind === 'person' && a === b && tags[0] === 'nr') * (SPAN_WEIGHTS.base + SPAN_WEIGHTS.local * local + SPAN_WEIGHTS.near * near + SPAN_WEIGHTS.order * order);
        candidates.push({ text: span, source: { article, sentence }, start, score });
      }
      i = Math.max(j, i + 1);
    }
  }
  return candidates;
}
