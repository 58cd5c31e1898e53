import { escapeRegExp } from '../../text/numbers.js';
import { isStopWord, QUESTION_WORD_PATTERN } from '../../text/stopwords.js';
import { readWords } from '../../data.js';
import { segment } from '../../text/segment.js';
import { synonymsOf } from '../../text/synonyms.js';
import { clauseAt, coverage, standing } from '../evidence.js';
import { itemsAsked } from '../query.js';
import type { Candidate, ExtractContext } from '../types.js';
import { endsLikeHead, headNoun, modifiedNoun } from './head.js';
import { partnerAsked, partnersOf } from './partner.js';
import { extractSpans } from './span.js';

const CLAUSE_CHARS = '[^，,。；;：:！？!?]';
/** What a cloze matched with the question's words said another way keeps of its fit. */
const SAID_OTHERWISE = 0.9;
/** How much 「以X为Y」's standing among the question's words weighs on X (1 for any other phrase). */
const NAMED_STANDING = 0.4;
const MAX_PHRASE = 40;

/**
 * The question as a cloze: what stands left and right of its question word.
 * 「运河网谷以什么为主导产业」 → left 运河网谷以, right 为主导产业.
 */
export function cloze(question: string): Cloze | null {
  const m = QUESTION_WORD_PATTERN.exec(question);
  if (!m) return null;
  // Aspect particles (引进了, 列入过) rarely stand in the article's wording, nor does a reader's 「一个什么样的」
  // (处在一个什么样的阶段 of 「处在…的关键阶段」).
  const before = question.slice(0, m.index).replace(/[了过着]+$/u, '').replace(/(?:一个|一种|一项|一类|这个|那个)$/u, '');
  // 「发展得咋样」 of 「发展强劲」: the complement's 得 is the reader's; the article says how right after the verb.
  const left = HOW.test(m[0]) && segment(before).at(-1)?.word === '得' ? before.slice(0, -1) : before;
  // A reader's closing particle (阶段啊, 的呢) is no word of the article's.
  const after = question.slice(m.index + m[0].length).replace(/[啊呀呢吧嘛哦哈啦]+$/u, '');
  return sides(left, /样$/u.test(m[0]) || after.startsWith('样') ? after.replace(/^样?(?:的(?=\p{Script=Han}))?/u, '') : after);
}

/** A quotation opening a gap: 「说，“…」. */
const QUOTE_OPENS = /^[，,：:]?[“「『"]/u;
/** What opens a clause that names its doer: 「由市委、市政府主办」. */
const AGENT = /^(?:由|被)/u;

/** Question words that ask how something is or goes. */
const HOW = /样$|如何/u;

function sides(left: string, right: string): Cloze {
  const n = (s: string): number => Math.min(s.length, 12);
  return {
    left,
    right,
    lefts: Array.from({ length: n(left) }, (_, i) => left.slice(left.length - n(left) + i)),
    rights: Array.from({ length: n(right) }, (_, i) => right.slice(0, n(right) - i)),
  };
}

/**
 * The cloze with the words next to its gap said the article's way too (data/synonyms.yaml): the
 * left side's last word, the right side's first. 「处于什么阶段」 → 「进入…期」.
 */
function saidOtherwise(c: Cloze): Cloze[] {
  const last = segment(c.left).at(-1)?.word ?? '';
  const first = segment(c.right)[0]?.word ?? '';
  const lefts = [c.left, ...(last.length >= 2 ? synonymsOf(last).map((w) => c.left.slice(0, -last.length) + w) : [])];
  const rights = [c.right, ...(first.length >= 2 ? synonymsOf(first).map((w) => w + c.right.slice(first.length)) : [])];
  return [...lefts.flatMap((l) => rights.map((r) => sides(l, r))).slice(1), ...framedOtherwise(c)];
}

const FRAME_OPENERS = readWords('synonyms.yaml', 'frame_openers');
const FRAME_LINKS = readWords('synonyms.yaml', 'frame_links').sort((a, b) => b.length - a.length);

/** 「拿什么做母港」 said with each other opener and link (以什么作为母港, 以什么为母港…): data/synonyms.yaml. */
function framedOtherwise(c: Cloze): Cloze[] {
  const opener = FRAME_OPENERS.find((o) => c.left.endsWith(o));
  const link = FRAME_LINKS.find((l) => c.right.startsWith(l));
  if (!opener || !link || c.right.length <= link.length) return [];
  const head = c.left.slice(0, -opener.length);
  const tail = c.right.slice(link.length);
  return FRAME_OPENERS.flatMap((o) => FRAME_LINKS.filter((l) => o !== opener || l !== link).map((l) => sides(head + o, l + tail)));
}

/** A question as a cloze, with its sides' stretches longest first, worked out once per question. */
export interface Cloze {
  left: string;
  right: string;
  /** Suffixes of `left`, longest first (at most 12 characters). */
  lefts: string[];
  /** Prefixes of `right`, longest first (at most 12 characters). */
  rights: string[];
}

/**
 * Where the cloze's two sides stand in `text`, closest together: the longest
 * stretch of the question's right side (at least two characters) and, before
 * it, the longest stretch of its left side (one character may do, as 以 in
 * 以…为主导产业). Null when neither side is there.
 */
export function clozeSpan(text: string, c: Cloze): { start: number; end: number; anchor: number; leftLength: number } | null {
  let best: { start: number; end: number; anchor: number; leftLength: number } | null = null;
  for (const right of c.rights) {
    if (right.length < 2 && c.right.length >= 2) break;
    for (let at = text.indexOf(right); at >= 0; at = text.indexOf(right, at + 1)) {
      for (const left of c.lefts) {
        const from = text.lastIndexOf(left, at - 1);
        // The gap stays within one statement: it does not run over ；or 。 into the next.
        if (from < 0 || from + left.length >= at || at - (from + left.length) > MAX_PHRASE || /[；;。！？!?]/u.test(text.slice(from + left.length, at))) continue;
        const anchor = left.length + right.length;
        if (!best || anchor > best.anchor) best = { start: from + left.length, end: at, anchor, leftLength: left.length };
        break;
      }
    }
    if (best) return best;
  }
  return null;
}

/** The longest suffix of `left` (at least two characters) found in `text`, with where it ends there. */
function longestSuffixIn(text: string, left: string): { end: number; length: number } | null {
  for (let n = Math.min(left.length, 12); n >= 2; n--) {
    const at = text.indexOf(left.slice(left.length - n));
    if (at >= 0) return { end: at + n, length: n };
  }
  return null;
}

/** The longest prefix of `right` (at least two characters) found in `text`. */
function longestPrefixIn(text: string, right: string): { start: number; length: number } | null {
  for (let n = Math.min(right.length, 12); n >= 2; n--) {
    const at = text.indexOf(right.slice(0, n));
    if (at >= 0) return { start: at, length: n };
  }
  return null;
}

/**
 * Each X of 「以X为…Y」 in `text` (Y the noun asked about, at most four
 * characters after 为): 以“创新发展”为主题 gives “创新发展”. Found with indexOf,
 * not a pattern built for each question: compiling one costs more than the search.
 */
function namedBy(text: string, noun: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  for (let at = text.indexOf('以'); at >= 0; at = text.indexOf('以', at + 1)) {
    const wei = text.indexOf('为', at + 1);
    if (wei < 0) break;
    const x = text.slice(at + 1, wei);
    if (x.length < 2 || x.length > MAX_PHRASE || x.includes('以')) continue;
    const nounAt = text.indexOf(noun, wei + 1);
    if (nounAt < 0 || nounAt - (wei + 1) > 4 || !HAN_ONLY.test(text.slice(wei + 1, nounAt))) continue;
    found.push({ text: x, start: at + 1 });
    at = nounAt + noun.length - 1;
  }
  return found;
}

/** Each X of 「Y是X」 (是, 为, 叫 or a colon) in `text`, X running to the end of its clause. */
function namedAs(text: string, noun: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
    const link = at + noun.length;
    if (!LINKS.includes(text[link] ?? '')) continue;
    CLAUSE_RUN.lastIndex = link + 1;
    const m = CLAUSE_RUN.exec(text);
    if (!m) continue;
    found.push({ text: m[0], start: link + 1 });
    at = link + m[0].length;
  }
  return found;
}

const HAN_ONLY = /^\p{Script=Han}*$/u;
const LINKS = ['是', '为', '叫', '：', ':'];
const CLAUSE_RUN = new RegExp(`${CLAUSE_CHARS}{2,${MAX_PHRASE}}`, 'uy');

/**
 * The noun at the end of a question's left side, whole words of at most four
 * characters: 发展方向 of 核心发展方向, 主题 of 座谈会主题 (not 谈会主题).
 */
function askedNoun(left: string): string {
  let noun = '';
  for (const t of [...segment(left)].reverse()) {
    if (noun.length + t.word.length > 4) break;
    noun = t.word + noun;
  }
  return noun;
}

/** The noun a question asks about before its question word: 主题 in 「座谈会的主题是什么」 and 「座谈会主题是啥」. */
export function subjectNoun(question: string): string {
  const c = cloze(question);
  return askedNoun(c?.left.replace(/(?:是|为|叫|有|叫做)$/u, '').split('的').at(-1) ?? '');
}

/**
 * A name right after the word for its kind: 《星期六问责》, “…”, 「…」, a Latin name (LaLaport), or a
 * name set off by a dash (特色小镇——杭州拱墅智慧网谷数字经济小镇), which must end in the kind again.
 */
const NAME_AFTER = /^(?:《(?<inner>[^》]{1,30})》|[“「](?<quoted>[^”」]{1,30})[”」]|(?<latin>[A-Za-z][A-Za-z0-9'’.\- ]{1,40})|——(?<dashed>[^，,。；;—]{2,30}))/u;

/** A quoted name and up to four characters (主题座谈) before the word for its kind. */
const NAME_BEFORE = /[“「](?<quoted>[^”」]{2,30})[”」]\p{Script=Han}{0,4}$/u;

/**
 * The kind of thing a question asks the name of: 节目 of 「在哪个节目讲的」 and 「什么电台节目」, 商场
 * of 「商场叫什么」, 「那个商场叫啥名字」 and 「商场全名叫什么」. '' when it asks for no name.
 */
function namedKind(question: string): string {
  const called = /(?<before>\p{Script=Han}+?)(?:的)?(?:全名|全称)?(?:叫什么|叫啥|叫做什么|(?:是)?什么名字|(?:叫)?啥名字|名称是什么|名字是什么)/u.exec(question);
  if (called?.groups?.before) return segment(called.groups.before).at(-1)?.word ?? '';
  return /哪一?(?:个|档|部|家|座|本|首)|(?:什么|啥)(?=\p{Script=Han})/u.test(question) ? modifiedNoun(question) : '';
}

/** A question's left side with its last word replaced by each of its synonyms (叫做 → 被誉为, 称为…). */
function lastWordSaidOtherwise(left: string): string[] {
  const last = segment(left).at(-1)?.word ?? '';
  return last.length >= 2 ? [...synonymsOf(last)] : [];
}

export function trimPhrase(text: string): string {
  return text.replace(/^[\p{P}\s的是为了着]+/u, '').replace(/[\p{P}\s的了着]+$/u, '');
}

/**
 * What: the shortest phrase that answers. Tried in order of how precisely
 * the sentence echoes the question:
 * 1. 「以X为Y」 when the question asks for Y (「主题是什么」 → 以“创新发展…”为主题);
 * 2. the cloze: the span between the question's left and right context in the sentence;
 * 3. one side of the cloze, up to the clause's end;
 * 4. the clause that shares most with the question, less the question's words.
 */
export function extractPhrase(ctx: ExtractContext, { listed = false } = {}): Candidate[] {
  const candidates: Candidate[] = [];
  const c = cloze(ctx.question);
  // 「哪一种变星」 asks for a 变星: a phrase not named like one is less likely the answer. The items of a
  // list (`listed`) seldom each name what they are (有哪些优势 → 基础好、机遇多).
  const asked = listed ? '' : modifiedNoun(ctx.question);
  const named = (phrase: string): number => (!asked || phrase.endsWith(asked) || endsLikeHead(phrase, asked) ? 1 : 0.75);
  const head = subjectNoun(ctx.question);
  // The question's sides said the article's way too: 「被人叫做」 → 被誉为.
  const lefts = c ? [c.left, ...lastWordSaidOtherwise(c.left)] : [];
  // Its words, and what the article may call them (以前叫什么 of 「…的前身为…」).
  const words = head.length >= 2 ? segment(head).map((t) => t.word).filter((w) => w.length >= 2 && w !== head) : [];
  const heads = head.length >= 2 ? [...new Set([head, ...words, ...words.flatMap((w) => [...synonymsOf(w)])])] : [];
  const kind = listed ? '' : namedKind(ctx.question);
  const partner = partnerAsked(ctx.question);
  // 「由哪个单位主办」 of 「由市委、市政府主办」, 「哪个节庆的系列活动」 of 「…旅游节系列活动」: the noun the question
  // word modifies need not stand in the article.
  const modified = c ? segment(c.right)[0] : undefined;
  const bare =
    c && modified && /^(?:n|ng|t)$/u.test(modified.tag) && c.right.length >= modified.word.length + 2 ? [sides(c.left, c.right.slice(modified.word.length).replace(/^的/u, ''))] : [];
  const variants = c ? [...saidOtherwise(c), ...bare] : [];
  for (const { article, sentence } of ctx.hits) {
    const text = sentence.norm;
    // How much a phrase's standing among the question's words weighs (`weighed`): less for a pattern that
    // names the noun asked itself (以X为主题), whose place in the sentence says little.
    const add = (phrase: string, start: number, fit: number, weighed = 1): void => {
      const trimmed = trimPhrase(phrase);
      if (!trimmed || trimmed.length > MAX_PHRASE || ctx.question.includes(trimmed)) return;
      const at = text.indexOf(trimmed, Math.max(0, start - 2));
      const { local, near } = standing(text, Math.max(0, at), at + trimmed.length, ctx.terms);
      candidates.push({ text: trimmed, source: { article, sentence }, start: at, score: fit * named(trimmed) * (1 - 0.5 * weighed + weighed * (0.3 * local + 0.2 * near)) });
    };
    // 「以X为Y」 and 「Y是X」 for that noun, or for a word of it (主题 of 主题口号).
    // 「主打什么主题」 asks for the 主题 its question word modifies, as 「主题是什么」 does.
    for (const noun of asked && !heads.includes(asked) ? [...heads, asked] : heads) {
      for (const x of namedBy(text, noun)) add(x.text, x.start, 1, NAMED_STANDING);
      if (noun === asked && !heads.includes(asked)) continue;
      // 「Y是X」 says what Y is: an answer to 「Y是什么」, not to 「Y由谁主办」.
      if (!c || /^(?:名字|名称|名)?[的呢啊呀了吗么]*$/u.test(c.right)) for (const x of namedAs(text, noun)) add(x.text, x.start, 0.9);
    }
    if (c) {
      // The question's own words first; said the article's way, a little below.
      const found = c.left && c.right ? [c, ...variants].map((v, i) => ({ v, span: clozeSpan(text, v), fit: i === 0 ? 1 : SAID_OTHERWISE })).find((x) => x.span) : undefined;
      const span = found?.span ?? null;
      if (found && span) {
        // 「列入了什么名单」: when the question ends on the noun its question word
        // modifies, the answer is the whole noun phrase (…创建名单), head included.
        const right = found.v.right;
        // Not when the right side starts with the link (以什么为主题 of 以亲子为主题: 为主题 is no noun).
        const headNoun = /^\p{Script=Han}{1,3}$/u.test(right) && !/^[为是]/u.test(right) && text.startsWith(right, span.end) && /什么|哪些|哪个|何种|啥/u.test(ctx.question);
        const end = headNoun ? span.end + right.length : span.end;
        // 「包晓东说什么正在悄然崛起」 of 「…说，“…名单，数字经济高地正在悄然崛起」: one character of the left side (说) that opens a
        // quotation clauses away says little; what fills the gap is the clause the right side stands in. When that clause
        // names a doer (「是哪家主办的」 of 「活动是…之一，由市委、市政府主办」), whatever the left side: the doer, after 由 or 被.
        const gap = text.slice(span.start, span.end);
        const clause = clauseAt(text, span.end).start;
        const agent = AGENT.exec(text.slice(clause, span.end))?.[0].length;
        const cut = /[，,]/u.test(gap) && ((span.leftLength === 1 && QUOTE_OPENS.test(gap)) || agent !== undefined);
        const start = cut ? clause + (agent ?? 0) : span.start;
        add(text.slice(start, end), start, found.fit * Math.min(1, 0.6 + 0.08 * span.anchor));
      }
      else if (c.right.length <= 1) {
        const left = lefts.map((l) => longestSuffixIn(text, l)).find((l) => l !== null);
        if (left) add(text.slice(left.end, clauseAt(text, left.end).end), left.end, Math.min(0.85, 0.5 + 0.08 * left.length));
      } else if (c.left.length <= 1) {
        const right = longestPrefixIn(text, c.right);
        if (right) {
          const start = clauseAt(text, right.start).start;
          add(text.slice(start, right.start), start, Math.min(0.85, 0.5 + 0.08 * right.length));
        }
      }
    }
    // 「三井跟哪个单位签的约」 of 「见证台糖与日商三井不动产签约」: the other side of 与.
    if (partner) for (const x of partnersOf(text, partner)) add(x.text, x.start, 0.95);
    // 「哪个节目」 of 「港台节目《星期六问责》」, 「商场叫什么」 of 「购物商场LaLaport」: the name the thing's kind introduces.
    if (kind) {
      for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + 1)) {
        const name = NAME_AFTER.exec(text.slice(at + kind.length));
        const dashed = name?.groups?.dashed;
        const inner = name?.groups?.inner ?? name?.groups?.quoted ?? name?.groups?.latin ?? (dashed?.includes(kind) ? dashed.slice(0, dashed.lastIndexOf(kind) + kind.length) : undefined);
        if (!name || !inner) continue;
        const start = at + kind.length + (name[0].startsWith('《') ? 0 : name[0].indexOf(inner));
        const whole = name[0].startsWith('《') ? name[0] : inner.trim();
        if (ctx.question.includes(inner)) continue;
        const { local } = standing(text, at, at + kind.length + name[0].length, ctx.terms);
        candidates.push({ text: whole, source: { article, sentence }, start, score: 0.7 + 0.3 * local });
      }
      // 「活动叫什么名字」 of 「“生物医药产业高质量发展”主题座谈活动」: a quoted name a few words before the kind (or a word for it).
      for (const word of [kind, ...synonymsOf(kind)]) {
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          const before = NAME_BEFORE.exec(text.slice(0, at))?.groups?.quoted;
          if (!before || ctx.question.includes(before)) continue;
          const start = text.lastIndexOf(before, at);
          const { local } = standing(text, start, at + word.length, ctx.terms);
          candidates.push({ text: before, source: { article, sentence }, start, score: 0.7 + 0.3 * local });
        }
      }
    }
    // The clause that shares most with the question, without the question's own words.
    let best = { start: 0, end: 0, score: 0 };
    for (let at = 0; at < text.length; ) {
      const clause = clauseAt(text, at);
      const score = coverage(text.slice(clause.start, clause.end), ctx.terms);
      if (score > best.score) best = { ...clause, score };
      at = clause.end + 1;
    }
    if (best.score > 0) {
      let rest = text.slice(best.start, best.end);
      for (const t of ctx.terms) rest = rest.replace(t.word, '\u0000');
      const pieces = rest.split('\u0000').map(trimPhrase).filter((p) => p.length >= 2);
      const longest = pieces.sort((a, b) => b.length - a.length)[0];
      if (longest) add(longest, text.indexOf(longest), 0.2);
    }
  }
  return [...candidates, ...fullNames(ctx)];
}

/** 「西洽会的全称」, 「“渝洽会”全名叫什么」: the short name whose full name is asked. */
const FULL_NAME_ASKED = /(?<short>[\p{Script=Han}A-Za-z]{2,8}?)[”」’"]?(?:的)?(?:全名|全称)/u;
/** A quoted name or a book title: where an article writes a full name out. */
const QUOTED_NAME = /[“「《](?<name>[^”」》，,。；;]{4,30})[”」》]/gu;

/**
 * The full name of a short one asked (西洽会 → 中国西部国际投资贸易洽谈会): a name the article quotes in an
 * article that uses the short one, holding its characters in order and ending as it does.
 */
function fullNames(ctx: ExtractContext): Candidate[] {
  const before = FULL_NAME_ASKED.exec(ctx.question)?.groups?.short ?? '';
  // The short name is the longest end of the words before 全称 that an article uses (西洽会 of 请问西洽会).
  const used = (w: string): boolean => ctx.articles.some((a) => a.sentences.some((s) => s.norm.includes(w)));
  const short = Array.from({ length: before.length - 1 }, (_, i) => before.slice(i)).find(used);
  if (!short) return [];
  const abbreviates = (name: string): boolean => {
    let at = -1;
    for (const ch of short) if ((at = name.indexOf(ch, at + 1)) < 0) return false;
    return name.endsWith(short.slice(-1)) && name.length > short.length + 1;
  };
  return ctx.articles
    .filter((article) => article.sentences.some((s) => s.norm.includes(short)))
    .flatMap((article) =>
      article.sentences.flatMap((sentence) =>
        [...sentence.norm.matchAll(QUOTED_NAME)]
          .filter((m) => abbreviates(m.groups?.name ?? ''))
          .map((m) => ({ text: m.groups?.name ?? '', source: { article, sentence }, start: (m.index ?? 0) + 1, score: 0.9 })),
      ),
    );
}

/**
 * Items: every item of the enumeration an answer stands in, for questions that
 * ask for all of them (哪些, 有啥): 「正在高水平打造时尚之都、数字新城、运河明珠」 →
 * 时尚之都、数字新城、运河明珠. A phrase that stands in no enumeration is kept, weighed less.
 */
export function extractItems(ctx: ExtractContext): Candidate[] {
  const head = headNoun(ctx.question);
  const size = itemsAsked(ctx.question);
  const spans = [...extractPhrase(ctx, { listed: true }), ...extractSpans(ctx, 'phrase', undefined, { listed: true })].map((c) => {
    const run = 'sentence' in c.source && c.start !== undefined ? enumerationAround(c.source.sentence.norm, c.start, c.start + c.text.length, head) : null;
    if (!run) return { ...c, score: c.score * ALONE };
    // 「受邀来的商会有哪些」 of 「…企业高管、松原广东商会、北京吉林企业商会」: of a run that mixes kinds, the items of the
    // kind asked, when two or more are.
    const ofKind = (i: string): boolean => i.endsWith(head) || endsLikeHead(i, head);
    const kept = head ? run.text.split('、').filter(ofKind) : [];
    if (kept.length >= 2 && kept.length < run.text.split('、').length) {
      const start = run.start + run.text.indexOf(kept[0] ?? '');
      return { ...c, text: kept.join('、'), start, score: Math.min(1, c.score * ITEMS_BONUS * SIZE_BONUS) };
    }
    // 「哪5个省」 of 「贵州省、陕西省、山东省、山西省、四川省」: as many items as asked, each of the kind asked.
    const items = run.text.split('、');
    const bonus = ITEMS_BONUS * (size > 0 && items.length === size ? SIZE_BONUS : 1) * (head && items.every(ofKind) ? SIZE_BONUS : 1);
    return { ...c, text: run.text, start: run.start, score: Math.min(1, c.score * bonus) };
  });
  return [...spans, ...listsOfKind(ctx, head)];
}

/**
 * 「有哪些兄弟省份」 of 「…说，贵州省、陕西省、…、四川省等共计115个项目…」: each enumeration of a retrieved sentence whose
 * items all end like the noun asked (省 of 省份), wherever it stands among the question's words.
 */
function listsOfKind(ctx: ExtractContext, head: string): Candidate[] {
  if (head.length < 2) return [];
  const found: Candidate[] = [];
  for (const { article, sentence } of ctx.hits) {
    const text = sentence.norm;
    const seen = new Set<number>();
    for (let at = text.indexOf('、'); at >= 0; at = text.indexOf('、', at + 1)) {
      const next = /^[^、，,。；;：:]+/u.exec(text.slice(at + 1))?.[0] ?? '';
      const run = next ? enumerationAround(text, at + 1, at + 1 + next.length, head) : null;
      if (!run || seen.has(run.start)) continue;
      seen.add(run.start);
      const items = run.text.split('、');
      // 「新华社、《人民日报》、…等20多家中省直和域外媒体」: the noun asked after the 等 that closes the list names its kind.
      const namedAfter = new RegExp(`^等[^，,。；;、]{0,12}?${escapeRegExp(head)}`, 'u').test(text.slice(run.start + run.text.length));
      if (items.length < 2 || !items.every((i) => i.length > 1 && (namedAfter || i.endsWith(head) || endsLikeHead(i, head)))) continue;
      const { local } = standing(text, run.start, run.start + run.text.length, ctx.terms);
      found.push({ text: run.text, source: { article, sentence }, start: run.start, score: KIND_LIST + (1 - KIND_LIST) * local });
    }
  }
  return found;
}

/** How well a list whose every item is of the kind asked fits at least; its standing among the question's words adds the rest. */
const KIND_LIST = 0.6;

/**
 * How much an answer that spans a whole enumeration gains, and one that stands alone keeps; an
 * enumeration of the size the question asks for, or whose items all end with the noun asked, gains again.
 */
const ITEMS_BONUS = 1.1;
const ALONE = 0.8;
const SIZE_BONUS = 1.6;

/**
 * The enumeration (items joined by 、 within one clause) a span is an item of, or
 * null. Its first item starts after the verb that governs the list (打造|时尚之都);
 * without one, it is cut to at most one character longer than the longest other
 * item, at a word boundary. With the noun the question asks for (`head`, 企业
 * of 哪些企业), the last item ends with it; else at 等 (四川省等共计115个项目) or the clause's end.
 */
export function enumerationAround(text: string, start: number, end: number, head = ''): { text: string; start: number } | null {
  if (text[start - 1] !== '、' && text[end] !== '、') return null;
  const clause = clauseAt(text, start);
  const items = text.slice(clause.start, clause.end).split('、');
  if (items.length < 2) return null;
  const longest = Math.max(...items.slice(1).map((i) => i.length));
  const first = items[0] ?? '';
  const tokens = segment(first);
  // The first item starts after the verb that governs the list (打造|时尚之都, 聚焦|生命健康), else it is cut to length.
  // A verb that ends the first item is the item's own (涉及|智能制造), not the one governing the list.
  const verb = tokens.map((t, i) => ({ t, i })).filter(({ t, i }) => t.tag === 'v' && i < tokens.length - 1).at(-1);
  let cut = first.length;
  if (verb) cut = tokens.slice(verb.i + 1).reduce((n, t) => n + t.word.length, 0);
  else {
    let at = 0;
    for (const t of tokens) {
      if (first.length - at <= longest + 1) {
        cut = first.length - at;
        break;
      }
      at += t.word.length;
    }
  }
  const from = clause.start + first.length - cut;
  // 「哪些企业」: the list ends with the last item's 企业, not with what 和 joins after it (和前沿产业技术).
  const last = clause.start + (items.slice(0, -1).join('、').length + 1);
  const headAt = head ? text.indexOf(head, last) : -1;
  // 「贵州省、…、四川省等共计115个项目」: 等 closes the list.
  const etc = text.indexOf('等', last);
  const closed = etc > last && etc < clause.end;
  // …unless the noun comes only after 等 (旅游开发等多个领域): then 等 closes the list.
  const to = headAt >= 0 && headAt < clause.end && !(closed && etc < headAt) ? headAt + head.length : closed ? etc : clause.end;
  return { text: text.slice(from, to), start: from };
}

/** Verbs that open a list of what something includes. */
const INCLUDES = /^(?:包括|包含|涵盖|囊括)$/u;

/** Whether the question and `text` share a word of two characters or more that is no stop word (北都, 进驻). */
function sharesWord(question: string, text: string): boolean {
  return segment(question).some((t) => t.word.length >= 2 && !isStopWord(t.word) && text.includes(t.word));
}

/**
 * Whether a list stands as the very answer the question asks for: the word that leads into it is the
 * question's (涵盖哪些领域 of 「涵盖生物化工、…」, 包括 of 「当中包括教育、…」, or one said another way), or
 * a verb of including after words of the question (想进驻北都的都是哪些行业 of 「…进驻北都发展，当中包括教育、…」), or
 * what follows it names the kind asked (有哪些景点 of 「有门楼、…等多个景点」). A list that only stands
 * near the question's words (哪几家公司 of a list of trades) is not.
 */
export function listIntroduced(question: string, candidate: Candidate): boolean {
  const items = candidate.text.split('、');
  // The list alone, not run on into the words after it (…旅游开发等多个领域).
  if (!('sentence' in candidate.source) || items.length < 3 || /等./u.test(items.at(-1) ?? '')) return false;
  const sentence = candidate.source.sentence.norm;
  const start = candidate.start ?? sentence.indexOf(candidate.text);
  if (start < 0) return false;
  const lead = segment(sentence.slice(clauseAt(sentence, start).start, start)).at(-1)?.word ?? '';
  if (lead.length >= 2 && [lead, ...synonymsOf(lead)].some((w) => question.includes(w))) return true;
  // 「…进驻北都发展，当中包括教育、国际学校…」: a list the sentence says its subject includes, the question naming that subject.
  if (INCLUDES.test(lead) && sharesWord(question, sentence.slice(0, start))) return true;
  const head = headNoun(question);
  const tail = /^等[^，,。；;]{0,6}/u.exec(sentence.slice(start + candidate.text.length))?.[0] ?? '';
  // …or each item names itself of the kind asked (哪些兄弟省份 of 「贵州省、陕西省、…」).
  return head.length >= 2 && (tail.endsWith(head) || items.every((i) => i.length > 1 && (i.endsWith(head) || i.endsWith(head.slice(0, 1)) || synonymsOf(head).some((w) => i.endsWith(w)))));
}
