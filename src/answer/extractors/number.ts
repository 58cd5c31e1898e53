import { PART_OF } from '../../article/pronouns.js';
import { readData } from '../../data.js';
import { escapeRegExp, findNumbers, UNITS, type NumberMention } from '../../text/numbers.js';
import { segment } from '../../text/segment.js';
import { isStopWord } from '../../text/stopwords.js';
import { synonymsOf } from '../../text/synonyms.js';
import { clauseAt, coverage, partAt, standing, termPresence } from '../evidence.js';
import { sourceOf } from '../source.js';
import type { Article } from '../../article/types.js';
import type { Candidate, ExtractContext } from '../types.js';

/** Units that measure the same thing, so that 多少钱 fits 亿元 and 多少人 fits 名. */
const UNIT_FAMILIES: readonly (readonly string[])[] = unitFamilies();

function unitFamilies(): string[][] {
  const raw = readData('units.yaml') as { families?: unknown } | null;
  if (!Array.isArray(raw?.families)) throw new Error('data/units.yaml: expected families, a list of lists of units');
  return raw.families.map((f: unknown) => (Array.isArray(f) ? f.map(String) : []));
}

// 「世界几百强」 asks a ranking's size as 几强 does.
const ASKED_UNIT = new RegExp(
  `(?:多少|几|若干)(?:[十百千](?=强))?(?<unit>${[...UNITS, '钱'].map(escapeRegExp).join('|')})?`,
  'u',
);

/**
 * The question's 多少 (几, 若干) with the measure word after it; without it when that word only begins
 * the noun counted (「签了多少项目」 counts 项目, not in 项). Null when the question has none.
 */
function askedMatch(question: string): { index: number; text: string; unit: string; counts?: true } | null {
  const m = ASKED_UNIT.exec(question);
  if (!m) return null;
  const index = m.index ?? 0;
  const unit = m.groups?.unit ?? '';
  if (unit && unit !== '钱') {
    const noun = segment(question.slice(index + m[0].length - unit.length))[0];
    if (noun && /^n(?!r)/u.test(noun.tag) && noun.word.length > unit.length && noun.word.startsWith(unit)) return { index, text: m[0].slice(0, -unit.length), unit: '', counts: true };
  }
  return { index, text: m[0], unit };
}

/** The unit a question asks for: 多少家 → 家, 几大 → 大, 多少钱 → 钱; '' when it names none. */
export function askedUnit(question: string): string {
  if (/百分之|百分比|比例|占比|比重|增长率|增速/u.test(question)) return '%';
  const m = askedMatch(question);
  const unit = m?.unit ?? '';
  // 「多少个小时」 asks for hours, 「几个月」 for months: 个 only counts the unit that follows.
  if (m && unit === '个') {
    // 「有多少家是生物医药企业」 counts what comes after 是.
  const rest = question.slice(m.index + m.text.length).replace(/^(?:是|为|属于)/u, '');
    // …but not the first character of a noun (多少个项目 counts 项目 in 个, not in 项).
    const next = segment(rest)[0]?.word ?? '';
    const measured = UNITS.find((u) => u.length > 0 && rest.startsWith(u) && u !== '个' && next.length <= u.length);
    if (measured) return measured;
  }
  return unit;
}

/** Nouns that name a share or an amount, not the thing measured: 「占多少比例」 counts no 比例, 「签约的金额有多少」 no 金额. */
const MEASURE_NOUN = /^(?:比例|比重|百分比|占比|金额|数额)$/u;

/**
 * The noun a how-many question counts: 银行 in 「有多少家银行」, or, when no
 * noun follows the measure word, the noun before it: 上市公司 in 「上市公司几家」,
 * 企业 in 「560家企业有多少来自内地」. '' when there is none.
 */
export function countedNoun(question: string): string {
  const m = askedMatch(question);
  if (!m) return '';
  // A person's name (林佳龙多少年前…) is who the question is about, not what it counts.
  const counts = (w: { word: string; tag: string } | undefined): boolean => w !== undefined && /^n(?!r)/u.test(w.tag) && w.word.length >= 2 && !MEASURE_NOUN.test(w.word);
  // 「有多少家是生物医药企业」 counts what comes after 是.
  const rest = question.slice(m.index + m.text.length).replace(/^(?:是|为|属于)/u, '');
  // 「落地了多少家500强」 counts what a rank names (世界500强企业).
  const ranked = /^\d+强/u.exec(rest)?.[0];
  if (ranked) return ranked;
  const [after, next] = segment(rest);
  if (after && counts(after)) return after.word;
  // 「多少个就业岗位」: after a measure word that needs a noun, a verb and a noun make one noun (就业岗位);
  // after one that is a noun itself (多少人使用客家语), they are what is done.
  if (/^(?:个|项|种|家|间|所|条|件)$/u.test(m.unit) && after && /^v/u.test(after.tag) && after.word.length >= 2 && next && counts(next)) {
    return `${after.word}${next.word}`;
  }
  // 「上市公司几家」, 「560家企业有多少来自内地」, 「签约项目里有多少个」: the words before the measure, back to the verb.
  const before = segment(question.slice(0, m.index).replace(/(?:一共|总共|共|有|是|共有|占了?|单独|分别|各自|各)+$/u, '').replace(/(?<![公英海千哪这那])(?:里面|里头|之中|当中|里)$/u, ''));
  const nouns: string[] = [];
  for (let i = before.length - 1; i >= 0 && counts(before[i]); i--) nouns.unshift(before[i]?.word ?? '');
  return nouns.join('');
}

/** The family of a unit (data/units.yaml), its magnitude taken off (亿港元 → 港元); undefined when in none. */
function familyOf(unit: string): readonly string[] | undefined {
  const base = unit.replace(/^(?:多|余)?(?:万亿|亿|万|千)?(?=.)/u, '');
  return UNIT_FAMILIES.find((f) => f.includes(unit) || f.includes(base));
}

/**
 * Whether a figure's unit measures something else than the unit asked, where that cannot be a
 * paraphrase: a share (42.4%) or money (437亿元) for a count (多少个项目), or a count for either, or
 * units of two different families of data/units.yaml (个月 for 多少年, 人 for 多少家).
 */
export function measureClash(asked: string, unit: string): boolean {
  if (!asked || !unit) return false;
  const a = familyOf(asked);
  const u = familyOf(unit);
  if (a === u) return false;
  // Two known families differ outright: 多少年 is not answered in 个月, nor 多少家 in 人.
  // Nor is a count in a measure word of no family (多少个项目) answered by a time or a day (12月27日).
  return strict(a) || strict(u) || (a !== undefined && u !== undefined) || (a === undefined && (u?.includes('日') ?? false));
}

/** Whether a unit family is a share or money: never a paraphrase of a count. */
function strict(family: readonly string[] | undefined): boolean {
  return family !== undefined && (family.includes('%') || family.includes('元'));
}

/**
 * Whether a figure's unit cannot answer the question: it clashes with the unit asked
 * ({@link measureClash}); it is a share or money (42.4%, 437亿元) when the question counts a noun that
 * begins like a measure word (签了多少项目); or it is a share when the question counts a noun before its
 * 多少 (签约项目有多少) and names no measure of its own (`measured`: 总额, 产值, 比例…).
 */
export function figureClash(question: string, unit: string, measured: boolean): boolean {
  const asked = askedUnit(question);
  if (asked) return measureClash(asked, unit);
  if (countsNoun(question)) return strict(familyOf(unit));
  return !measured && countedNoun(question) !== '' && (familyOf(unit)?.includes('%') ?? false);
}

/** Whether the question counts a noun that begins like a measure word (多少项目): a count, whatever its unit. */
function countsNoun(question: string): boolean {
  return askedMatch(question)?.counts === true;
}

/** How well a figure of another unit than asked fits (a share for 多少项目). */
const UNIT_CLASH = 0.15;

function unitFit(asked: string, unit: string): number {
  if (!asked) return unit ? 0.8 : 0.6;
  // 亿港元 is counted in 港元, 多个 in 个.
  const base = unit.replace(/^(?:多|余)?(?:万亿|亿|万|千)?(?=.)/u, '');
  if (asked === unit || asked === base) return 1;
  if (UNIT_FAMILIES.some((f) => f.includes(asked) && (f.includes(unit) || f.includes(base)))) return 0.9;
  // 「人口达2,790,060」: a bare number may well count what was asked; a number of something else does not.
  return unit ? UNIT_CLASH : 0.5;
}

/** 「第几」 asks for a rank, 「几比几」 for a score: answers findNumbers does not see as counts. */
const ORDINAL = /第(?:\d+|[一二三四五六七八九十百]+)(?:名|位|大|代|届|次)?/gu;
const SCORE = /(?:\d+|[零一二三四五六七八九十]+)比(?:\d+|[零一二三四五六七八九十]+)/gu;

/** The ranks or scores in a text when the question asks for one, as number mentions. */
function askedSpecials(question: string, text: string): NumberMention[] {
  const pattern = /第几|排名|名列/u.test(question) ? ORDINAL : /比数|比分|几比几|多少比/u.test(question) ? SCORE : null;
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], value: m[0], unit: '', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Between the two ends of a range: 250米至600米, 3-5个. */
const RANGE_JOIN = /^(?:至|到|-|－|~|～|—)$/u;

/** The numbers of a text, and each range two of them make, as one more mention. */
function withRanges(text: string, numbers: readonly NumberMention[]): (NumberMention & { range?: true })[] {
  const all: (NumberMention & { range?: true })[] = [...numbers];
  numbers.forEach((a, i) => {
    const b = numbers[i + 1];
    if (!b || !RANGE_JOIN.test(text.slice(a.end, b.start))) return;
    all.push({ text: text.slice(a.start, b.end), value: a.value, unit: b.unit, start: a.start, end: b.end, range: true });
  });
  return all;
}

/**
 * How the number extractor weighs a number: a base, the share of the question its clause holds
 * (`local`; `part` of it is the share of the whole statement between ；or 。, so that of 「…签约总额5497.8亿元；
 * “央企重庆行”活动现场签约项目50个,签约总额1864亿元」 the figure of the statement naming 央企重庆行 answers
 * for it), and its closeness to the question's words; a figure given as a total (共有271个) counts `total`
 * times when the question asks for one (一共); a figure that counts only some of what its sentence speaks of
 * (a list's total, a part after 其中) `some` times, or `someOfTotal` times when the article counts the whole in a
 * larger figure; a figure followed by the words the question puts after its 多少 `follows` times. When the asked
 * event began (自2022年6月开园以来), given for a duration asked up to now, fits `since`.
 */
export const NUMBER_WEIGHTS = { base: 0.45, local: 0.3, near: 0.25, part: 0.3, total: 1.15, some: 0.5, someOfTotal: 0.25, follows: 1.25, since: 0.8 };

/**
 * What a question says right after its 多少 and unit (「有多少来自内地」 → 来自内地), at least two characters:
 * a figure the sentence follows with the same words (近300间来自内地) is the one asked, by `follows`.
 */
function askedAfter(question: string): string {
  const m = askedMatch(question);
  if (!m) return '';
  // The noun counted (多少项目) is what any figure of the kind is followed by: only what comes after it tells one apart.
  const counted = countedNoun(question);
  const rest = question.slice(m.index + m.text.length).replace(/[\p{P}\s啊呀呢吧嘛哦]+$/u, '').replace(/^的/u, '');
  const after = counted && rest.startsWith(counted) ? rest.slice(counted.length) : rest;
  return /^\p{Script=Han}{2,}/u.test(after) ? after : '';
}

/** Whether the figure ending at `end` is followed by `after`, or by its first four characters (来自内地, not 来自美国). */
function followedBy(text: string, end: number, after: string): boolean {
  return after.length >= 2 && text.startsWith(after.slice(0, 4), end);
}


/** The words that ask for a total (data/synonyms.yaml's group of 一共), and what stands before a figure given as one. */
const TOTAL_WORDS: ReadonlySet<string> = new Set(['一共', ...synonymsOf('一共')]);
const TOTAL_BEFORE = /[共总计]/u;

/** What opens a part of what a sentence has counted: 「举办了127场…，其中包括…21场」. */
const PART_OPENS = /其中|当中/gu;
/** A question that asks for a part of what the article counted. */
// 「企业里来自内地的有多少间」, 「企业里面，内地来的有多少」: 里 after what was counted, not 公里 or 这里.
export const PART_ASKED = /^(?:其中|当中|这当中|这其中)|(?:里面|里|之中|其中|当中)有?(?:多少|几)|(?:里面|里头|之中|其中|当中)[，,]?\p{Script=Han}{1,10}?(?:多少|几)|(?<![公英海千哪这那城村])里\p{Script=Han}{1,8}?(?:多少|几)|有(?:多少|几)[间家个位名所]是\p{Script=Han}{1,8}的/u;

/** The words that name the part a question asks for: its nouns and verbs after 里, 其中… (来自, 内地; 设, 总部). */
function partWords(question: string): string[] {
  const m = PART_ASKED.exec(question);
  if (!m) return [];
  return segment(question.slice(m.index))
    // 比例 names what is measured, not the part.
    .filter((t) => t.word.length >= 2 && /^(?:n|v|vn|ns|nz|x)/u.test(t.tag) && !/多少|几/u.test(t.word) && !isStopWord(t.word) && !MEASURE_NOUN.test(t.word))
    .map((t) => t.word);
}

/** Whether the figure at `at` is given as a part: its sentence opens with 其中/当中, or they stand before it in its sentence. */
function partFigure(text: string, at: number): boolean {
  return PART_OF.test(text) || /其中|当中/u.test(text.slice(0, at));
}

/**
 * Whether the article counts the same thing elsewhere in a larger figure of the same unit: then a list's
 * total (贵州省…等共计115个项目) is plainly a part of it (共有271个国内外项目签约), weighed by `someOfTotal`.
 */
function countedMore(article: Article, n: NumberMention, counted: string): boolean {
  const value = Number.parseFloat(n.value);
  return article.sentences.some((s) => termPresence(s.norm, counted) > 0 && findNumbers(s.norm).some((o) => o.unit === n.unit && Number.parseFloat(o.value) > value));
}

/** A figure after a list closed by 等: 「贵州省、陕西省、四川省等共计115个项目」. */
const LISTED_BEFORE = /、[^、，,；;]*等(?:共计|合计|总计|共有|共)?$/u;

/**
 * Whether a figure counts only some of what the sentence speaks of, and the question names none of
 * them: the total of a list (贵州省…等共计115个) or a figure after 其中 that follows one of the same
 * unit (127场…其中…21场), in its sentence or the one before it (…共有271个项目签约。其中,…50个).
 * 「西洽会一共签了多少个项目」 asks for the whole.
 */
function ofSome(text: string, n: NumberMention, all: readonly NumberMention[], terms: ExtractContext['terms'], previous = '', setting = ''): boolean {
  const clause = clauseAt(text, n.start);
  // Words of the part that the rest of the sentence does not say: 重大 of 「其中…21场重大活动」. Not the dateline's
  // place (重庆 of 「重庆西洽会一共搞了多少场活动」, which the part's 重庆峰会 also holds).
  const named = (part: string, rest: string): boolean => terms.some((t) => part.includes(t.word) && !rest.includes(t.word) && !setting.includes(t.word));
  const opens = [...text.slice(0, n.start).matchAll(PART_OPENS)].map((m) => m.index ?? 0).filter((at) => all.some((o) => o.end <= at && o.unit === n.unit));
  const at = opens.at(-1);
  if (at !== undefined) return !named(text.slice(at, clause.end), text.slice(0, at));
  if (PART_OF.test(text) && findNumbers(previous).some((o) => o.unit === n.unit)) return !named(text.slice(0, clause.end), previous);
  const before = text.slice(clause.start, n.start);
  if (!LISTED_BEFORE.test(before)) return false;
  // 「兄弟省份签了多少个」 names the items by their kind: the character they all end with (贵州省、四川省).
  const items = before.slice(0, before.lastIndexOf('等')).split('、');
  const kind = items.every((i) => i.at(-1) === items[0]?.at(-1)) ? (items[0]?.at(-1) ?? '') : '';
  return !named(items.join('、'), '') && !(kind && terms.some((t) => t.word.includes(kind)));
}

/**
 * How much / how many: the number, with its unit, standing nearest the
 * question's terms in the clause that shares most with it, and whose unit fits
 * the measure word asked (家, 亿元, 个, 大…). Years and dates are left out
 * unless the question asks for them; numbers the question itself gives are not answers.
 */
export function extractNumber(ctx: ExtractContext): Candidate[] {
  const asked = askedUnit(ctx.question);
  const counted = countedNoun(ctx.question);
  const candidates: Candidate[] = [];
  // 「一共签了多少个」 asks for the total: the figure the article gives as one (共有271个), not a part of it.
  const asksTotal = ctx.terms.some((t) => TOTAL_WORDS.has(t.word)) || [...TOTAL_WORDS].some((w) => ctx.question.includes(w));
  // 「其中内地企业有多少间」 asks for a part: a figure the article does not give as one weighs less.
  const asksPart = PART_ASKED.test(ctx.question);
  const after = askedAfter(ctx.question);
  for (const { article, sentence } of ctx.hits) {
    // 「企业里有多少间在香港设地区总部」: a part named by words the article never uses (nor a synonym of them) is a part it does not count.
    const unknownPart = asksPart && partWords(ctx.question).some((w) => !article.sentences.some((s) => termPresence(s.norm, w) >= 0.9));
    const text = sentence.norm;
    const specials = askedSpecials(ctx.question, text);
    const mentions: (NumberMention & { range?: true })[] = [...withRanges(text, findNumbers(text)), ...specials];
    for (const n of mentions) {
      if (ctx.question.includes(n.text)) continue;
      // 「第几」: 第二大 is the answer, not the 二大 inside it.
      if (specials.length > 0 && !specials.includes(n) && text[n.start - 1] === '第') continue;
      const isDate = /^(年|月|日)$/u.test(n.unit) && asked !== n.unit;
      if (isDate) continue;
      // A number that continues into a date (2022年6月) is the date's, not a count.
      if (n.unit === '年' && /^\d{4}$/u.test(n.value) && asked !== '年') continue;
      const { local: clauseLocal, near } = standing(text, n.start, n.end, ctx.terms);
      const part = partAt(text, n.start);
      const local = (1 - NUMBER_WEIGHTS.part) * clauseLocal + NUMBER_WEIGHTS.part * coverage(text.slice(part.start, part.end), ctx.terms);
      // 「多少家银行」 counts banks: a sentence that never names them counts something else.
      // …unless it goes on about those the sentence before named (「…协助560间企业…。当中近300间来自内地」).
      const before = article.sentences[sentence.index - 1];
      const continues = PART_OF.test(text) && before?.paragraph === sentence.paragraph && termPresence(before.norm, counted) > 0;
      const countsIt = !counted || termPresence(text, counted) > 0 || continues ? 1 : 0.3;
      // A part of the whole asked about (or the whole, when a part is asked).
      const discount =
        (!asksPart && ofSome(text, n, mentions, ctx.terms, before?.paragraph === sentence.paragraph ? before.norm : '', article.dateline?.place ?? '') ? (counted && countedMore(article, n, counted) ? NUMBER_WEIGHTS.someOfTotal : NUMBER_WEIGHTS.some) : 1) *
        // A part the article has no words for is counted by no figure of it, a part figure of another part (40间来自美国) neither.
        (unknownPart ? 0 : asksPart && !partFigure(text, n.start) ? NUMBER_WEIGHTS.some : 1);
      candidates.push({
        text: n.text,
        source: { article, sentence },
        start: n.start,
        ...(discount < 1 ? { discount } : {}),
        // A range (250米至600米) says more than either of its ends.
        score: Math.min(
          1,
          countsIt *
            (specials.includes(n) ? 1 : !asked && countsNoun(ctx.question) && strict(familyOf(n.unit)) ? UNIT_CLASH : unitFit(asked, n.unit)) *
            (NUMBER_WEIGHTS.base + NUMBER_WEIGHTS.local * local + NUMBER_WEIGHTS.near * near) *
            (n.range ? 1.05 : 1) *
            (asksTotal && TOTAL_BEFORE.test(text.slice(Math.max(0, n.start - 3), n.start)) ? NUMBER_WEIGHTS.total : 1) *
            (followedBy(text, n.end, after) ? NUMBER_WEIGHTS.follows : 1),
        ) * discount,
      });
    }
  }
  return [...candidates, ...listedHeadcount(ctx), ...sinceBegun(ctx)];
}

/** A duration asked up to now: 「开园多久了」, 「开了几年了」, 「至今多少年」. */
const DURATION_ASKED = '多久|多长时间|多少年|几年|多少个?月|几个月|多少天|几天';
const UP_TO_NOW = new RegExp(`(?:${DURATION_ASKED})了$|(?:至今|到现在|到目前|到如今)(?:为止)?(?:有|已经|已)?(?:${DURATION_ASKED})`, 'u');
/** When something began, said as 自…以来 (自2022年6月开园以来). */
const SINCE = /(?:自|从)(?<date>(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?)(?<event>\p{Script=Han}{1,6}?)以来/gu;

/**
 * 「运河网谷开园多久了」 of 「自2022年6月开园以来,…」: the article gives no duration, but when what is asked about began,
 * and the reader can count from there. Only for the very event asked (开园, or a verb of the question that is part of
 * it: 开 of 「开了多久了」): when something else began (签约) dates nothing asked.
 */
function sinceBegun(ctx: ExtractContext): Candidate[] {
  if (!UP_TO_NOW.test(ctx.question)) return [];
  const verbs = segment(ctx.question.replace(UP_TO_NOW, ''))
    .filter((t) => /^v/u.test(t.tag))
    .map((t) => t.word)
    .join('');
  return ctx.hits.flatMap(({ article, sentence }) =>
    [...sentence.norm.matchAll(SINCE)].flatMap((m): Candidate[] => {
      const event = m.groups?.event ?? '';
      // 开 of 「开了几年了」, right before the duration asked, is 开园 too.
      const firstBefore = event !== '' && new RegExp(`${escapeRegExp(event.slice(0, 1))}(?:了|过)?(?:有)?(?:${DURATION_ASKED})`, 'u').test(ctx.question);
      if (!m.groups?.date || !(ctx.question.includes(event) || firstBefore || [...event].some((ch) => verbs.includes(ch)))) return [];
      return [{ text: m[0], source: { article, sentence }, start: m.index, score: NUMBER_WEIGHTS.since, since: true }];
    }),
  );
}

/** How a question asks for a head count of people it could name: 几位, 多少名, 几个人, 几个嘉宾. */
const HEADCOUNT_ASKED = /(?:几|多少)(?:位|名|个人|个(?=嘉宾|专家|学者|领导|官员|代表|记者))/u;

/**
 * A head count the article gives only as names (「张俊峰,鞠振宇,张莹尹分别进行了主题演讲」 for
 * 「几位嘉宾做了主题演讲」): the names the engine gives when the question asks for them (哪几位…), counted.
 * A list that ends in 等 names only some of them, and counts nothing.
 */
function listedHeadcount(ctx: ExtractContext): Candidate[] {
  const m = HEADCOUNT_ASKED.exec(ctx.question);
  if (!m) return [];
  const asked = ctx.ask(`${ctx.question.slice(0, m.index)}哪几位${ctx.question.slice(m.index + m[0].length)}`);
  const names = asked.answer?.split('、') ?? [];
  const source = sourceOf(ctx.articles, asked);
  const last = names[names.length - 1] ?? '';
  if (asked.kind !== 'people' || names.length < 2 || !source || (asked.evidence ?? '').includes(`${last}等`)) return [];
  return [{ text: `${names.length}位`, source, score: asked.score }];
}
