import type { Article } from '../article/types.js';
import { matchIntent, type IntentMatch } from '../intents/match.js';
import { MAX_QUESTION_LENGTH, type AnswerKind, type Intent } from '../intents/schema.js';
import { SentenceIndex, type Hit } from '../search/index.js';
import { processTerm } from '../search/tokenize.js';
import { copulaAfterNames, fromCantonese } from '../text/cantonese.js';
import { normalize } from '../text/normalize.js';
import { detectScript, inScript, type Script } from '../text/script.js';
import { escapeRegExp, figuresAsWritten, findNumbers } from '../text/numbers.js';
import { segment } from '../text/segment.js';
import { isStopWord } from '../text/stopwords.js';
import { joinSplitVerbs, readAsTheArticleSays, withBareVerbsSaid, withNounsAfterDemonstratives } from '../text/synonyms.js';
import { checkCandidate, type Verdict } from './check.js';
import { confidence, type Signals } from './confidence.js';
import { coverage, evidenceCoverage } from './evidence.js';
import { CLAIM_KINDS, EXTRACTORS, REPORT_KINDS, SPAN_KINDS } from './extractors/index.js';
import { extractWithPatterns } from './extractors/patterns.js';
import { extractSpans } from './extractors/span.js';
import { extractItemLeft } from './extractors/conjunct.js';
import { askedUnit } from './extractors/number.js';
import { ArticleTexts, articlesAbout, NAMED_WEIGHT } from './focus.js';
import { KIND_TEST } from './kind-test.js';
import { readQuery } from './query.js';
import { render, run, sourceKey, sourceText } from './source.js';
import { anchorScope, cutAcross, listSizes, mustAppear, withoutForm } from './terms.js';
import { wholeName, balanced } from '../text/brackets.js';
import { placeAwareTag } from './places.js';
import { askedHeads, objectOf, kindShapeFeatures, shapeFactor, shapeFeatures, type KindShapeFeatures, type ShapeFeatures } from './shape.js';
import { saidBy, speakerPrefix } from './speaker.js';
import { headNoun } from './extractors/head.js';
import { listIntroduced, subjectNoun } from './extractors/phrase.js';
import { correctNames, expandShortForms, NameIndex } from './typos.js';
import type { Answer, Candidate, ExtractContext, Term } from './types.js';
import { blend, DEFAULT_WEIGHTS, type Weights } from './weights.js';
import { ASKER_OPENINGS, ATTRIBUTE_NOUNS, CLOSING_PARTICLES, EVENT_VERBS, QUESTION_WORD_PATTERN } from '../text/stopwords.js';

/** Options of {@link createEngine}: any of the engine's weights, each defaulting to {@link DEFAULT_WEIGHTS}'s. */
export type EngineOptions = Partial<Weights>;

/** Answers questions about a fixed set of articles. Pure: no I/O, no clock, no randomness. */
export interface Engine {
  readonly articles: readonly Article[];
  readonly intents: readonly Intent[];
  /** Answers one question; never throws on any string. */
  answer(question: string, options?: AskOptions): Answer;
  /** The answer and the best candidates it was chosen from, best first: for `:why` in the console and for tuning. */
  explain(question: string, limit?: number, options?: AskOptions): Explanation;
  /** The sentences retrieval ranks first for a question, normalised, best first (for measuring retrieval alone). */
  retrieve(question: string, limit?: number): string[];
  /** The same articles and index with another set of intents (for a live reload). */
  withIntents(intents: readonly Intent[]): Engine;
}

/** How one question is asked. */
export interface AskOptions {
  /**
   * The script to reply in when the question shows none (「GDP多少」 reads the
   * same in both): the asker's last one, say. Default Simplified.
   */
  script?: Exclude<Script, 'unknown'>;
}

/** A candidate answer as the engine weighed it. */
export interface WeighedCandidate {
  text: string;
  /** The final score: the extractor's, times the evidence's coverage and retrieval rank (and, for a phrase, its shape's factor). */
  score: number;
  /** Share of the question's weighted words the evidence holds, its paragraph and title helping. */
  covered: number;
  /** Share of them the evidence itself holds. */
  own: number;
  /** The evidence, normalised. */
  evidence: string;
  /** Why the answer check refused it (a post one step off, a unit of another measure…), or null. */
  refused: string | null;
  /** For a phrase, a place or a person, what its shape says against it (src/answer/shape.ts), its score already weighed by it. */
  shape?: ShapeFeatures | KindShapeFeatures;
}

/** {@link Engine.explain}'s result. */
export interface Explanation {
  answer: Answer;
  candidates: WeighedCandidate[];
  /** What the engine knew of its best candidate when it decided whether to give it (absent when there was none). */
  signals?: Signals;
}

const TRAILING = /[\s?？!！。.,，;；~～…]+$/u;
const CLOSING = new RegExp(`(?:${CLOSING_PARTICLES.join('|')})+(?=[\\s?？!！。.,，;；~～…]*$)`, 'u');
/** A date whose own sentence holds too little of the question ({@link Weights.minDateOwn}). */
const ANOTHER_EVENT: Verdict = { ok: false, reason: 'event', note: null };
/** An answer from another article than the one a name of the question only that article holds. */
const ANOTHER_ARTICLE: Verdict = { ok: false, reason: 'anchor', note: null };
/** Where a figure starts in a span: its number, or the word that makes it approximate (近, 约, 逾…). */
const FIGURE_START = /(?:近|约|逾|超过|不到|将近|大约|至少|最少|多达)?(?<![第\d.,零〇一二两三四五六七八九十百千万亿])[\d零〇一二两三四五六七八九十百千万亿]/u;

/** The word that makes a figure approximate, right before where an extractor started it (近|300间). */
const APPROXIMATE_BEFORE = /(?:近|约|逾|超过|不到|将近|大约|至少|最少|多达)$/u;
const APPROXIMATE_ASKED = /近|约|逾|超过|不到|至少|最少|多达|高达|以上|左右/u;

/** …and ends with its unit, not with the verb after it (40间来自|美国 → 40间). */
function figureEnd(text: string, start: number, end: number): number {
  const figure = findNumbers(text.slice(start, end))[0];
  // The figure starts the span, after the word that makes it approximate if any (近300间).
  if (!figure || figure.start > 2 || !figure.unit) return end;
  const tail = segment(text.slice(start + figure.end, end))[0];
  // A range (9800日元到14800日元) goes on past its first figure.
  return tail && /^v/u.test(tail.tag) && !/^[到至]$/u.test(tail.word) ? start + figure.end : end;
}

/**
 * Builds the engine: indexes the articles' sentences once; each question
 * then goes normalise → match intent → retrieve → extract → weigh evidence.
 *
 * @example
 * const engine = createEngine(articles, intents);
 * engine.answer('张驰挺是谁？').answer; // '杭州大运河数智未来城管委会副主任'
 */
export function createEngine(articles: readonly Article[], intents: readonly Intent[], options: EngineOptions = {}): Engine {
  const index = new SentenceIndex(articles);
  return build(articles, intents, index, { ...DEFAULT_WEIGHTS, ...options });
}

function build(
  articles: readonly Article[],
  intents: readonly Intent[],
  index: SentenceIndex,
  options: Weights,
): Engine {
  const textOf = new Map(
    articles.map((a) => [a, `${a.titleNorm}\n${normalize(a.dateline?.text ?? '')}\n${a.sentences.map((s) => s.norm).join('\n')}`.toLowerCase()]),
  );
  const allText = [...textOf.values()].join('\n');
  const articleTexts = new ArticleTexts(textOf);
  const sentenceCount = Math.max(1, index.size);
  const people = new Set(articles.flatMap((a) => a.people.map((p) => p.name)));
  const names = new NameIndex([...new Set(articles.flatMap((a) => [...a.people.map((p) => p.name), ...namedWordsOf(a)]))], people);
  // Only several articles need telling apart.
  const proper = articles.length > 1 ? new Set(articles.flatMap(properWordsOf)) : new Set<string>();
  // Every article's names, for the few questions jieba cuts across one: read once, when first needed.
  let allProper: ReadonlySet<string> | null = articles.length > 1 ? proper : null;
  const properWords = (): ReadonlySet<string> => (allProper ??= new Set(articles.flatMap(properWordsOf)));
  // Scanning megabytes of text for every name in every question is the slow way to learn the article
  // lacks it: a word with a character pair the text never has is absent for sure.
  const pairs = new Set<string>();
  for (let i = 0; i + 2 <= allText.length; i++) pairs.add(allText.slice(i, i + 2));
  const contains = (word: string): boolean => {
    for (let i = 0; i + 2 <= word.length; i++) if (!pairs.has(word.slice(i, i + 2))) return false;
    return allText.includes(word);
  };

  /**
   * The best sentences for a question: the index's, and among the closest of
   * those, the ones that hold more of the question's words and an answer of the
   * kind asked (a number for 多少, a date for 何时) first.
   */
  const retrieveFor = (q: string, kind: AnswerKind, terms: readonly Term[], limit: number, within?: ReadonlySet<Article>): Hit[] => {
    const hits = index.query(q, Math.max(limit, options.hits), within);
    const holds = KIND_TEST[kind]?.(q);
    if (hits.length < 2) return hits.slice(0, limit);
    const top = hits[0]?.score ?? 1;
    const weigh = (h: Hit): number =>
      h.score / top + (holds?.(h.sentence.norm) ? (options.kindBonus[kind] ?? 0) : 0) + options.coverageBonus * coverage(h.sentence.norm, terms);
    return hits
      .map((h) => ({ h, w: weigh(h) }))
      .sort((a, b) => b.w - a.w)
      .slice(0, limit)
      .map((x) => x.h);
  };

  const termsOf = (question: string, match: IntentMatch | null): Term[] => {
    const seen = new Set<string>();
    const terms: Term[] = [];
    const form = match?.form ?? [];
    const sizes = listSizes(question);
    let offset = 0;
    let previous = '';
    for (const token of segment(question)) {
      const at = question.indexOf(token.word, offset);
      if (at >= 0) offset = at + token.word.length;
      // 西洽|会上 of 「西洽会上」: a name's last character, and a place word after the name (which the article
      // never writes glued to it: 容于|宫中 of 「不被容于宫中」 is the article's own words).
      const locative = LOCATIVE_TAIL.test(token.word) && previous.length >= 2 && contains(`${previous}${token.word[0]}`) && !contains(`${previous}${token.word}`);
      // Only after a word no dictionary knows: 皇帝|那里 and 中国|境内 are cut right.
      previous = token.tag === 'x' ? token.word : '';
      if (locative) continue;
      const word = gluedVerb(processTerm(withoutForm(token.word, form)), token.tag);
      if (!word || seen.has(word) || /^[\p{P}\p{S}]+$/u.test(word)) continue;
      if (form.some((f) => f.includes(word))) continue;
      // 算不算 asks whether 算 holds: 不算 is how it is asked, not a word of the claim.
      if (/^不\p{Script=Han}$/u.test(word) && question.includes(`${word.slice(1)}${word}`)) continue;
      // The size of a list asked for (3位嘉宾分别是谁) is not a figure to find.
      if (sizes.has(/\d+/u.exec(word)?.[0] ?? '')) continue;
      seen.add(word);
      const n = index.documentFrequency(word);
      const tag = placeAwareTag(word, token.tag);
      const required = mustAppear(word, tag, match);
      // 台|中东|区 of 「台中东区」: a place an article lacks, cut across two that article names, is jieba's cut, not the reader's
      // (whatever another article says of the Middle East).
      const cut = (text: string): boolean => !text.includes(required ?? '') && cutAcross(question, at, at + token.word.length, { has: (pair) => text.includes(pair) });
      const hard = required && at > 0 && /^ns/u.test(tag) && [...textOf.values()].some(cut) ? null : required;
      terms.push({
        word,
        weight: Math.log(1 + sentenceCount / (1 + n)) + 0.1,
        hard,
        scope: anchorScope(word, tag, hard, match),
        // Words no dictionary knows (西洽会, 运河网谷) are mostly the names of what an article is about.
        named: hard !== null || (token.tag === 'x' && /^\p{Script=Han}{2,}$/u.test(word)),
      });
    }
    // 进北|都 of 「想进北都的企业」: a name the article gives (北都) cut across a word it never writes (进北) is
    // the word asked; the cut word is not.
    const cut = terms.filter((t) => t.word.length >= 2 && t.hard === null && !contains(t.word));
    const overlaps = (a: string, b: string): boolean => {
      const [i, j] = [question.indexOf(a), question.indexOf(b)];
      return i >= 0 && j >= 0 && i < j + b.length && j < i + a.length;
    };
    // The name must straddle the cut word's edge, over nothing but it and words of no meaning (都): 台中市|长是 of
    // 「台中市长是谁」 is cut right, though 市长 is a word of the article too.
    const tokens = cut.length > 0 ? segment(question) : [];
    const straddles = (name: string): boolean => {
      const over = tokens.filter((t) => overlaps(name, t.word));
      return over.length > 1 && over.every((t) => cut.some((c) => c.word === t.word) || isStopWord(t.word));
    };
    const across = cut.length > 0 ? spelledAcross(question, cut.map((t) => t.word), properWords()).filter((w) => !seen.has(w) && straddles(w)) : [];
    if (across.length === 0) return terms;
    const spelled = across.map((word) => ({ word, weight: Math.log(1 + sentenceCount / (1 + index.documentFrequency(word))) + 0.1, hard: null, scope: 'sentence' as const, named: true }));
    return [...terms.filter((t) => !cut.includes(t) || !across.some((w) => overlaps(w, t.word))), ...spelled];
  };

  /**
   * The intent of a cleaned question `q`; a statement asked with a question mark
   * (「包晓东是拱墅区区长？」, the mark cleaned off) is read again with it, by the intents that declare so.
   */
  const intentOf = (raw: string, q: string): IntentMatch | null =>
    matchIntent(q, intents) ?? (/[?？]\s*$/u.test(raw) ? matchIntent(`${q}？`, intents) : null);

  /**
   * `nested`: asked by an extractor (a yes/no claim's question), which must not ask again; `claim`: one option of a
   * choice, judged as a yes/no claim and nothing else; `unspoken`: a question taken out of a speaker's mouth.
   */
  const explain = (question: string, limit = 10, how: AskOptions & { nested?: boolean; claim?: boolean; unspoken?: boolean; filled?: boolean } = {}): Explanation => {
    const nested = how.nested ?? false;
    const raw = typeof question === 'string' ? question : '';
    const asked = detectScript(raw);
    // A question taken out of a speaker's mouth is in Simplified already: it is answered in the script it was asked in.
    const script: Exclude<Script, 'unknown'> =
      how.unspoken && how.script ? how.script : asked !== 'unknown' ? asked : (how.script ?? 'simplified');
    const typed = correctNames(figuresAsWritten(readAsTheArticleSays(withBareVerbsSaid(withNounsAfterDemonstratives(joinSplitVerbs(sceneFirst(fromCantonese(cleanQuestion(raw)))))), contains), contains), names, allText);
    const stated = copulaAfterNames(typed.question, people);
    const expanded = expandShortForms(stated, segment(stated), allText);
    const { question: q } = expanded;
    const corrections = [...typed.corrections, ...expanded.corrections];
    const match = intentOf(raw, q);
    const kind: AnswerKind = match?.answer ?? 'phrase';
    const corrected = corrections.map((c) => ({ ...c, from: inScript(c.from, script), to: inScript(c.to, script) }));
    const base = { question: raw, intent: match?.intent.name ?? null, kind, script, corrected };
    const none = (status: Answer['status'], note: string | null = null, related: string | null = null): Explanation => ({
      answer: { ...base, answer: null, evidence: null, article: null, source: null, paragraph: null, score: 0, status, note: note && inScript(note, script), related: note ? null : related },
      candidates: weighed.slice(0, limit),
    });
    const weighed: WeighedCandidate[] = [];
    if (!/[\p{L}\p{N}]/u.test(q)) return none('empty');

    // A question no intent reads is one the engine cannot tell the kind of: any span it gave would be a guess.
    // 「座谈会主题？」, 「运河网谷的核心发展方向」: a bare noun phrase asks what that attribute is.
    if (!match && !how.filled && !nested && attributeAlone(q)) {
      const filled = explain(`${q}是什么`, limit, { ...how, script, filled: true });
      return { ...filled, answer: { ...filled.answer, question: raw, corrected } };
    }
    if (!match || (nested && CLAIM_KINDS.has(kind)) || (how.claim && kind !== 'yesno')) return none('no-answer');
    const aboutReport = REPORT_KINDS.has(kind);
    const terms = termsOf(q, match);
    if (terms.length === 0 && !aboutReport) return none('no-answer');
    // 「在哪开的」 names nothing but that something took place: with one article, the event it reports (its title).
    const [only] = articles;
    if (only && articles.length === 1 && !how.filled && !aboutReport && terms.length > 0 && terms.every((t) => EVENT_VERBS.has(t.word))) {
      const filled = explain(`${only.titleNorm}${q}`, limit, { ...how, script, filled: true });
      return { ...filled, answer: { ...filled.answer, question: raw, corrected } };
    }
    // A claim may name what the article lacks (会议是在上海开的吗): that makes it wrong, not unanswerable.
    // A question about the report may name its outlet (HK01, 自由时报), which its text need not hold.
    if (!CLAIM_KINDS.has(kind) && !aboutReport && terms.some((t) => t.hard !== null && !contains(t.hard))) return none('not-in-article');

    // 「包晓东说拱墅区有哪两个美称」: the question he is said to answer, answered from his own words.
    const spoken = !nested && !how.unspoken && kind !== 'statement' ? speakerPrefix(q, articles) : null;
    if (spoken) {
      const inner = explain(spoken.rest, limit, { script, unspoken: true });
      const { answer: said } = inner;
      if (said.answer !== null && said.article === spoken.article.id && said.paragraph !== null && saidBy(spoken.article, said.paragraph, spoken.person)) {
        return { ...inner, answer: { ...said, question: raw, corrected: [...corrected, ...said.corrected] } };
      }
    }
    const query = readQuery(q, match, terms);
    // Names and places say which article a question is about; a yes/no claim's figure is what it checks, not its subject.
    let about = articlesAbout(
      articles,
      [
        // 01 of 「HK01那篇」 is part of a name no article holds, not a figure an article gives.
        ...terms
          .filter((t) => !gluedToLatin(q, t.word))
          .map((t) => ({ word: t.word, weight: t.hard !== null && /\d/u.test(t.hard) ? (CLAIM_KINDS.has(kind) ? 0 : 1) : t.named ? NAMED_WEIGHT : 1 })),
        // 三井 and 台中 of 「三井台中那篇」, which jieba cuts 三|井台|中: the articles' names across a word no article holds.
        ...spelledAcross(q, terms.filter((t) => t.word.length >= 2 && !contains(t.word)).map((t) => t.word), proper).map((word) => ({ word, weight: NAMED_WEIGHT })),
      ],
      articleTexts,
      options.alsoAbout,
    );
    // With several articles, a question about "the report" must say which one: the one article that holds every
    // name it gives (新华社那篇重庆西洽会的报道, where another report names 新华社 only as a guest).
    const givenNames = aboutReport ? segment(q).map((t) => t.word.toLowerCase()).filter((w) => w.length >= 2 && !isStopWord(w) && articleTexts.holders(w).length > 0) : [];
    const holdsAll = givenNames.length > 1 ? articles.filter((a) => givenNames.every((w) => articleTexts.holders(w).includes(a))) : [];
    if (holdsAll.length === 1) about = holdsAll;
    if (aboutReport && about.length > 1) return none('no-answer', `有${about.length}篇文章：${about.map((a) => `“${a.titleNorm}”`).join('、')}，请说明问的是哪一篇`);
    // 「西洽会来自美国的企业有多少家」: names that each only one article holds, and not the same one (西洽会 the Chongqing
    // report, 美国 the Hong Kong one), ask about what no report says; either article's figure would answer another question.
    // 「北都那边占地多少公顷」: a name only one article holds (北都, the Hong Kong report) says the answer is that article's,
    // however well another one's figure (台中's 4.36公顷) fits the rest of the question.
    let sole: Article | null = null;
    if (articles.length > 1) {
      // A figure is what a claim checks (签了14个项目对吧), not what it is about.
      const holders = terms.filter((t) => t.named && t.word.length >= 2 && !/\d/u.test(t.word)).map((t) => articleTexts.holders(t.word.toLowerCase()));
      const owners = new Set(holders.flatMap((h) => (h.length === 1 ? h : [])));
      if (owners.size > 1) return none('no-answer');
      [sole = null] = owners;
    }
    const ctx: ExtractContext = {
      question: q,
      match,
      kind,
      terms,
      hits: retrieveFor(q, kind, terms, options.hits, about.length < articles.length ? new Set(about) : undefined),
      articles: about,
      ask: (asked) => explain(asked, 0, { script, nested: true }).answer,
      judge: (claim) => explain(`${claim}吗`, 0, { script, claim: true }).answer,
      weights: options,
    };
    // Hits come in the order retrieveFor chose; their own scores still say how close each is.
    const top = Math.max(1e-9, ...ctx.hits.map((h) => h.score));
    const rank = new Map(ctx.hits.map((h) => [h.sentence, h.score / top]));
    // `score` is what the answer is gated on; `ranked`, what it is chosen by (the score weighed by a phrase's shape).
    type Reading = { candidate: Candidate; score: number; ranked: number; covered: number; own: number; retrieval: number; generic: boolean; listed: boolean };
    let best: Reading | null = null;
    // A list the sentence introduces as what is asked (涵盖哪些领域 of 「涵盖生物化工、…」) that passes the gates comes before any other reading.
    let bestListed: Reading | null = null;
    // Every candidate the check let through (with `candidate`), and dates of other events, for how clearly the best stands out.
    const accepted: { text: string; score: number; ranked: number; candidate?: Candidate }[] = [];
    // The best candidate of all, refused or not: when the engine's own first reading is no answer of
    // the kind asked (解释权 for 谁), a weaker reading is a guess.
    let first: { score: number; refused: string | null } = { score: 0, refused: null };
    // The best candidate that failed its check only for being one step off: what the article does say.
    let nearMiss: { note: string; score: number } | null = null;
    // The sentence that holds most of the question: what a reply that cannot answer shows the article comes closest to saying.
    let closest: { candidate: Candidate; own: number } | null = null;
    // The kind's own extractor knows its patterns (在X召开, 147家); the generic span
    // extractor catches what they miss, a little below them.
    const spanWeight = kind === 'phrase' ? 1 : options.spanWeight;
    const { extractOnly } = match.intent;
    // 「三尖瓣以及哪一个构造」: the item of a list the question names the others of, whatever kind is asked.
    const left = SPAN_KINDS.has(kind) ? extractItemLeft(ctx) : [];
    const own = [...extractWithPatterns(ctx, match.intent.extract), ...(extractOnly ? [] : [...EXTRACTORS[kind](ctx), ...left])];
    // What the kind's extractor found a span to be (a part of a total, for a question about the whole) weighs on the same span found
    // generically, whatever words it runs over around the figure (协助560间, cut to the figure below).
    const discountOf = (c: Candidate): number =>
      own.find(
        (o) =>
          o.discount !== undefined &&
          o.start !== undefined &&
          c.start !== undefined &&
          'sentence' in o.source &&
          'sentence' in c.source &&
          o.source.sentence === c.source.sentence &&
          c.start + (findNumbers(c.text)[0]?.start ?? -1) === o.start &&
          c.text.startsWith(o.text, o.start - c.start),
      )?.discount ?? 1;
    const generic = SPAN_KINDS.has(kind) && !extractOnly ? extractSpans(ctx, kind).map((c) => ({ ...c, score: c.score * spanWeight * discountOf(c) })) : [];
    // 「…(简称“渝洽会」: no answer ends inside a bracket it opened.
    const candidates = [...own, ...generic].map((c) => {
      // When something began (自2022年6月开园以来) is given whole, not cut to its figure.
      if (c.since || !('sentence' in c.source) || c.start === undefined || c.source.sentence.norm.slice(c.start, c.start + c.text.length) !== c.text) return c;
      const { norm } = c.source.sentence;
      const closed = balanced(norm, c.start, c.start + c.text.length);
      const whole = kind === 'number' || kind === 'date' || kind === 'person' || kind === 'people' ? closed : wholeName(norm, closed.start, closed.end);
      // A figure is answered from its number on (当中近300间 → 近300间).
      // …unless the question says it already (约多高, 超过多少): then the figure alone answers.
      const approximate = kind === 'number' && !APPROXIMATE_ASKED.test(q) ? (APPROXIMATE_BEFORE.exec(norm.slice(Math.max(0, whole.start - 2), whole.start))?.[0].length ?? 0) : 0;
      const lead = kind === 'number' ? (FIGURE_START.exec(norm.slice(whole.start, whole.end))?.index ?? 0) - approximate : 0;
      const end = kind === 'number' ? figureEnd(norm, whole.start + lead, whole.end) : whole.end;
      return { ...c, text: norm.slice(whole.start + lead, end), start: whole.start + lead };
    });
    // 实行联邦制 → 联邦制, 例如台湾路竹会 → 台湾路竹会: a phrase's object without the words that lead into it answers too, a
    // little below it; the phrase's shape (firstVerb, firstFunction) then chooses between them.
    if (kind === 'phrase' && options.phraseShapeIntents.includes(match.intent.name)) {
      for (const c of [...candidates]) {
        const object = c.start !== undefined ? objectOf(c.text) : null;
        if (object && !q.includes(object.text)) candidates.push({ ...c, text: object.text, start: (c.start ?? 0) + object.start, score: c.score * options.ledPhrase });
      }
    }
    const named = about.flatMap((a) => a.people.filter((p) => q.includes(p.name)).map((p) => ({ a, p })));
    const givesNamedPost = (c: Candidate): boolean =>
      (kind === 'role' || kind === 'organization') &&
      named.some(({ a, p }) => a === c.source.article && p.roles.some((r) => r.includes(c.text)) && ('sentence' in c.source ? p.roleSentences.includes(c.source.sentence.index) : true));
    // Many candidates share a sentence: weigh each piece of evidence once.
    const coverageOf = new Map<string, { own: number; covered: number }>();
    // A phrase's shape (a noun phrase by the question's words, or a fragment of the sentence) weighs on its score.
    const shaped = kind === 'phrase' && options.phraseShapeIntents.includes(match.intent.name);
    const heads = shaped ? askedHeads(q, headNoun(q)) : [];
    // The noun asked about before the question word (主题 of 「座谈会的主题是啥」) names an answer that stands by it too.
    const namers = shaped ? [...heads, subjectNoun(q)].filter((n) => n.length >= 2) : [];
    // An answer to 谁 or 哪里 is weighed by whether it reads as a name or a piece of the sentence (src/answer/shape.ts `kindShapeFeatures`).
    const kindWeights = kind === 'place' || kind === 'person' ? options.kindShape[kind] : undefined;
    // The question's verbs (设计 of 谁设计了…): the doer or place asked stands by them.
    const verbWords = kindWeights ? new Set(segment(q).filter((t) => /^v(?!n)/u.test(t.tag)).map((t) => t.word)) : new Set<string>();
    const verbs = terms.filter((t) => verbWords.has(t.word));
    for (const [i, candidate] of candidates.entries()) {
      const key = sourceKey(candidate);
      // The report's own facts need no words of the question in their evidence; a yes/no verdict has weighed its evidence
      // itself; a post the article gives a person the question names answers whatever else the question says (现在, 在会上).
      const judged = aboutReport || CLAIM_KINDS.has(kind) || kind === 'statement' || givesNamedPost(candidate);
      const { own: ownShare, covered } = judged ? { own: 1, covered: 1 } : (coverageOf.get(key) ?? evidenceCoverage(candidate, terms, options.ownShare));
      coverageOf.set(key, { own: ownShare, covered });
      if (!judged && 'sentence' in candidate.source && ownShare >= options.relatedCoverage && ownShare > (closest?.own ?? 0)) closest = { candidate, own: ownShare };
      const retrieval =
        'sentence' in candidate.source ? Math.max(...run(candidate.source).map((x) => rank.get(x) ?? 0.5)) : 1;
      const shape = shaped ? shapeFeatures(candidate, terms, heads, namers, ownShare) : undefined;
      const typed = kindWeights ? kindShapeFeatures(candidate, verbs, ownShare) : undefined;
      const score = blend(candidate.score, covered, retrieval, options);
      const shapedScore = score * (shape ? shapeFactor(shape, options.phraseShape) : 1);
      const ranked = shapedScore * (kindWeights && typed ? shapeFactor(typed, kindWeights) : 1);
      const verdict =
        sole && candidate.source.article !== sole
          ? ANOTHER_ARTICLE
          : kind === 'date' && !judged && ownShare < options.minDateOwn
            ? ANOTHER_EVENT
            : checkCandidate(query, candidate, options);
      if (limit > 0) {
        weighed.push({
          text: candidate.text,
          score: round(ranked),
          covered: round(covered),
          own: round(ownShare),
          evidence: sourceText(candidate),
          refused: verdict.ok ? null : verdict.reason,
          ...(shape ? { shape } : typed ? { shape: typed } : {}),
        });
      }
      // Whether the engine's first reading is of the kind asked is told before an answer to 谁 or 哪里 is weighed by its
      // shape: 「各家医院和研究机构」 for 「暨南大学在哪个城市」 says the article names no city, however unlike a place it reads.
      // One of a person's organisations, of the kind asked, that ties another of theirs refused (张俊峰's 协会 and his
      // 交易所's 中心, for 哪个交易所) takes its place.
      const tiesRefused = kind === 'organization' && shapedScore === first.score && first.refused !== null && verdict.ok;
      if ((shapedScore > first.score || tiesRefused) && !(candidate.sibling && !verdict.ok)) first = { score: shapedScore, refused: verdict.ok ? null : verdict.reason };
      // A date of another event still makes the date asked less certain: it stays a rival.
      if (!verdict.ok && verdict.reason === 'event') accepted.push({ text: candidate.text, score, ranked });
      if (!verdict.ok) {
        if (verdict.note && covered >= options.minCoverage && score > (nearMiss?.score ?? options.minScore)) nearMiss = { note: verdict.note, score };
        continue;
      }
      accepted.push({ text: candidate.text, score, ranked, candidate });
      const reading = { candidate, score, ranked, covered, own: ownShare, retrieval, generic: i >= own.length, listed: kind === 'items' && listIntroduced(q, candidate) };
      if (!best || ranked > best.ranked) best = reading;
      if (reading.listed && score >= options.minScore && covered >= options.minCoverage && ranked > (bestListed?.ranked ?? 0)) bestListed = reading;
    }
    weighed.sort((a, b) => b.score - a.score);
    const related = (): string | null => (closest ? render(closest.candidate, script).evidence : null);
    if (bestListed) best = bestListed;
    const guess = (first.refused === 'kind' && !best?.candidate.doer && !best?.listed) || first.refused === 'event';
    if (!best || best.score < options.minScore || best.covered < options.minCoverage || guess) {
      return none('no-answer', nearMiss?.note ?? null, related());
    }
    // 「至少有几间」 of a headline's bare 「至少30企业」: the same figure the body gives with the unit asked (最少30间) says it in full.
    const figure = kind === 'number' ? /^\D{0,3}?(\d+(?:\.\d+)?)$/u.exec(best.candidate.text)?.[1] : undefined;
    const unit = figure ? askedUnit(q) : '';
    const full = unit ? accepted.find((c) => c.candidate && new RegExp(`^\\D{0,3}?${escapeRegExp(`${figure}${unit}`)}$`, 'u').test(c.text))?.candidate : undefined;
    const chosen = full ? { ...best, candidate: full } : best;
    // How clearly it stands out is told by what it was chosen by.
    const by = (c: { ranked: number }): number => c.ranked;
    // A list read with or without its last words (…旅游开发 / …旅游开发等多个领域) is one answer: lists that share an item agree.
    const items = new Set(kind === 'items' ? chosen.candidate.text.split('、') : []);
    const same = (text: string): boolean => text === chosen.candidate.text || (items.size > 1 && text.split('、').some((i) => items.has(i)));
    const rival = Math.max(0, ...accepted.filter((c) => !same(c.text)).map(by));
    const total = accepted.reduce((sum, c) => sum + by(c), 0);
    const signals: Signals = {
      score: chosen.score,
      covered: chosen.covered,
      own: chosen.own,
      fit: chosen.candidate.score,
      retrieval: chosen.retrieval,
      margin: by(chosen) - rival,
      agreement: total > 0 ? accepted.filter((c) => same(c.text)).reduce((sum, c) => sum + by(c), 0) / total : 1,
      generic: chosen.generic ? 1 : 0,
      terms: terms.length,
      length: chosen.candidate.text.length,
      echo: [...chosen.candidate.text].filter((ch) => q.includes(ch)).length / Math.max(1, chosen.candidate.text.length),
      anchored: anchoredShare(terms, chosen.candidate),
    };
    // The model was fitted on phrases: a list the sentence introduces as what is asked is no guess among them.
    const p = options.minConfidence > 0 && !chosen.listed ? confidence(signals, kind) : null;
    if (p !== null && p < options.minConfidence) return { ...none('no-answer', nearMiss?.note ?? null, related()), signals };
    return {
      answer: {
        ...base,
        ...render(chosen.candidate, script),
        source: articles.length > 1 ? inScript(chosen.candidate.source.article.titleNorm, script) : null,
        score: round(p ?? chosen.score),
        status: 'answered',
        note: null,
        related: null,
      },
      candidates: weighed.slice(0, limit),
      signals,
    };
  };

  return {
    articles,
    intents,
    answer: (question, how) => explain(question, 0, how).answer,
    explain,
    retrieve: (question, limit = 1) => {
      const q = cleanQuestion(question);
      const match = intentOf(question, q);
      return retrieveFor(q, match?.answer ?? 'phrase', termsOf(q, match), limit).map((h) => h.sentence.norm);
    },
    withIntents: (next) => build(articles, next, index, options),
  };
}


/** Share of the question's anchors (names, places, numbers) its evidence sentence itself holds; 1 when it has none. */
function anchoredShare(terms: readonly Term[], candidate: Candidate): number {
  const anchors = terms.filter((t) => t.hard !== null);
  if (anchors.length === 0 || !('sentence' in candidate.source)) return 1;
  const text = sourceText(candidate).toLowerCase();
  return anchors.filter((t) => text.includes((t.hard ?? '').toLowerCase())).length / anchors.length;
}

/**
 * The names an article gives things no dictionary knows (西洽会, 拱墅区, 运河网谷): its words of
 * three or four characters jieba does not know or tags as a place or an organisation. A question
 * may misspell them by a homophone as it does people's names (西洽汇, 拱树区).
 */
function namedWordsOf(article: Article): string[] {
  return [article.titleNorm, ...article.sentences.map((s) => s.norm)].flatMap((text) => [
    ...segment(text)
      .filter((t) => /^(?:x|ns|nz|nt)$/u.test(t.tag) && /^\p{Script=Han}{3,4}$/u.test(t.word))
      .map((t) => t.word),
    // Two nouns, verbs or unknown words of two characters that make a term (签约|仪式, 运河|网谷): 「签约仪试」, 「运河网古」 are slips for them.
    ...segment(text).flatMap((t, i, all) => {
      const next = all[i + 1];
      const content = (tag: string): boolean => /^[nvx]/u.test(tag);
      return next && t.word.length === 2 && next.word.length === 2 && content(t.tag) && content(next.tag) && /^\p{Script=Han}{4}$/u.test(t.word + next.word) ? [t.word + next.word] : [];
    }),
    // A short term the article quotes is a name too, however jieba splits it: “西洽会”.
    ...[...text.matchAll(QUOTED_NAME)].map((m) => m[1] ?? ''),
  ]);
}

/**
 * The verb of a word jieba glued to it: an aspect particle after a verb it does not know (签了), or a
 * modal before one (要盖, 要建, both unknown words); any other word as it is.
 */
function gluedVerb(word: string | null | undefined, tag: string): string | null | undefined {
  if (!word) return word;
  if (/^\p{Script=Han}[了过着]$/u.test(word)) return word.slice(0, 1);
  return tag === 'x' && /^[要会想能将]\p{Script=Han}$/u.test(word) ? word.slice(1) : word;
}

/** A word of two characters whose second is a place word: 会上, 会中 (of 西洽会上, jieba's 西洽|会上). */
const LOCATIVE_TAIL = /^\p{Script=Han}[上中里内]$/u;

/** The longest name a proper word can be: longer ones are phrases jieba could not cut. */
const MAX_PROPER = 6;
const PROPER_WORD = /^\p{Script=Han}{2,6}$/u;

/** The names an article gives people, places, organisations and what no dictionary knows: its words jieba tags so. */
function properWordsOf(article: Article): string[] {
  return [article.titleNorm, ...article.sentences.map((s) => s.norm)].flatMap((text) =>
    segment(text)
      .filter((t) => /^(?:x|ns|nt|nz|nr)/u.test(t.tag) && PROPER_WORD.test(t.word))
      .map((t) => t.word),
  );
}

/**
 * The words of `words` that `text` spells across any of its `cut` words (井台 of 三|井台|中): where the
 * segmentation made a word no article holds, the names it cut through.
 */
function spelledAcross(text: string, cut: readonly string[], words: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const word of cut) {
    for (let from = text.indexOf(word); from >= 0; from = text.indexOf(word, from + 1)) {
      const to = from + word.length;
      for (let at = Math.max(0, from - MAX_PROPER + 1); at < to; at++) {
        for (let length = Math.max(2, from - at + 1); length <= MAX_PROPER && at + length <= text.length; length++) {
          const stretch = text.slice(at, at + length);
          if (words.has(stretch)) found.add(stretch);
        }
      }
    }
  }
  return [...found];
}

/** Whether a number of the question is glued to Latin letters before it (HK01, Asia300): part of a name. */
function gluedToLatin(question: string, word: string): boolean {
  return /^\d+$/u.test(word) && new RegExp(`[A-Za-z]${word}`, 'u').test(question);
}

/** A short term in quotation marks. */
const QUOTED_NAME = /[“「『‘](\p{Script=Han}{3,4})[”」』’]/gu;

/** A question as the engine reads it: normalised, without control characters or trailing punctuation, cut to length. */
/**
 * Whether a question is a bare noun phrase naming an attribute of something (座谈会主题, 运河网谷的核心发展方向):
 * nouns, and 的 between them, ending in a noun of data/stopwords.yaml `attribute_nouns`.
 */
function attributeAlone(question: string): boolean {
  const attribute = ATTRIBUTE_NOUNS.find((n) => question.endsWith(n));
  if (!attribute || question.length <= attribute.length) return false;
  const tokens = segment(question.slice(0, -attribute.length));
  // A character jieba leaves after a word it does not know is part of its name (西洽|会).
  return tokens.every((t, i) => /^(?:n|vn|nz|x|ns|nt|j|uj|b)$/u.test(t.tag) || (t.word.length === 1 && tokens[i - 1]?.tag === 'x'));
}

/** A question, then words after its mark: 「拱墅区被誉为啥？包晓东推介的时候讲的」. */
const SCENE_AFTER = /^([^?？]+)[?？]+\s*([^?？]+?)[\s?？!！。.,，;；~～…]*$/u;
/** How a yes/no question ends. */
const YES_NO_END = /(?:吗|呢|(?<![什怎这那多])么|是不是|对不对|有没有|是否)$/u;
/** How words the asker says of themselves, or thanks, begin (data/stopwords.yaml `asker_openings`). */
const ASKER_OPENING = new RegExp(`^(?:${ASKER_OPENINGS.map(escapeRegExp).join('|')})`, 'iu');

/**
 * A question whose mark is followed by words that ask nothing: those words set the scene, and are
 * read before it (「包晓东推介的时候讲的，拱墅区被誉为啥」), unless they are the asker's own (我想去看看,
 * 谢谢), which are dropped. Read after Cantonese is put into Mandarin, so 咩 and 系咪 ask.
 */
function sceneFirst(question: string): string {
  const m = SCENE_AFTER.exec(question);
  const [asked, scene] = [m?.[1] ?? '', m?.[2] ?? ''];
  // A yes/no claim, or a note in brackets, is left as asked: what follows may say when the claim is made.
  if (!m || !QUESTION_WORD_PATTERN.test(asked) || YES_NO_END.test(asked) || /^[(（[【]/u.test(scene) || QUESTION_WORD_PATTERN.test(scene) || /未$/u.test(scene)) return question;
  return ASKER_OPENING.test(scene) ? asked : `${scene}，${asked}`;
}

function cleanQuestion(raw: string): string {
  return normalize(raw.slice(0, MAX_QUESTION_LENGTH * 5))
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '')
    .trim()
    .replace(CLOSING, '')
    .replace(TRAILING, '')
    // 「聊了些什么」 asks what was discussed, as 「聊了什么」 does; 「有些什么」 asks for every item, as 「有哪些」 does.
    .replace(/(?<![这那哪一有])些(?=什么|啥)/gu, '')
    // 「把什么定为核心发展方向」 asks what 「以X为核心发展方向」 says, the same frame said with 把.
    .replace(/把(什么|啥|哪些)(?:定|作|当|视|列)?为/u, '以$1为')
    // 「当成什么类型的产业来打造」 asks 什么产业: the kind is the noun's own.
    .replace(/(?<=什么|啥)(?:类型|种类)的(?=\p{Script=Han})/gu, '')
    // 「锚定了几加几的产业主赛道」 asks what formula (1+4) it is, as 「锚定了什么产业主赛道」 does.
    .replace(/(?:几|多少)[加+＋](?:几|多少)[的嘅]?/u, '什么')
    // 「2022年一年GDP」, 「2022年全年」: the year said again as a whole is the year.
    .replace(/(?<=\d{4}年)(?:一整|一|全|整)年/gu, '')
    // 「是哪年的事」 asks 是哪年: the 事 is what the question is already about.
    .replace(/(?<=哪年|哪一年|什么时候|啥时候|哪天|哪一天|几月几[日号]|几号|多久)的事(?:情|儿)?(?=[？?。!！]*$)/u, '')
    // 「我是学生，…」, 「我是做新能源车的，…」: who the asker is, said before the question, is no part of it.
    .replace(/^我是[^，,。？?]{1,12}[，,]/u, '')
    .slice(0, MAX_QUESTION_LENGTH);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

