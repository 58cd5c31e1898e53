import { ROLE_SUFFIXES } from '../article/people.js';
import { nameLikelihood } from '../text/names.js';
import type { Article, Sentence } from '../article/types.js';
import { publishedYear } from '../article/published.js';
import { amountOf, escapeRegExp, findNumbers } from '../text/numbers.js';
import { normalize } from '../text/normalize.js';
import { nameTag, segment } from '../text/segment.js';
import { exclusiveWordsIn, saidOtherwise, synonymsOf } from '../text/synonyms.js';
import { readWords } from '../data.js';
import { isStopWord, QUESTION_WORD_PATTERN } from '../text/stopwords.js';
import { asksYear, DATE } from './extractors/date.js';
import { headNoun, modifiedNoun } from './extractors/head.js';
import { cloze, type Cloze } from './extractors/phrase.js';
import { clauseAt, termPresence } from './evidence.js';
import { askedUnit, figureClash, PART_ASKED } from './extractors/number.js';
import { EVENT_VERB, innerPlaceAfter } from './extractors/place.js';
import { partnerAsked, partnersOf } from './extractors/partner.js';
import { pronounSpeaker } from '../article/pronouns.js';
import { heldIn, onlookerOnly, organizationOf, respectiveDoer, respectiveItems, segments } from './extractors/people.js';
import { askedPlaceKind, GENERIC_PLACES, namedAsFirm, namedAsVenue, notTheVenueAsked, PLACE_ENDING, placeAwareTag } from './places.js';
import { asksOtherTime, BARE_VERB, deedsAsked, holdsPostWhole, itemsAsked, lesserBase, postsIn, type Query } from './query.js';
import { run } from './source.js';
import { mentions } from '../text/abbreviation.js';
import type { Candidate } from './types.js';
import { DEFAULT_WEIGHTS, type Weights } from './weights.js';

/**
 * Whether a candidate answers the question asked, or why not. A failed
 * check may carry a note: what the article does say that comes close, for
 * an honest 「文章只提到…」 instead of a wrong answer.
 */
/**
 * `piece`: a piece of a name (中国 of 「中国(重庆)国际…会」) whose whole is read too; unlike a reading of another
 * `kind`, it does not make the engine's first reading no answer.
 */
export type Verdict = { ok: true } | { ok: false; reason: 'anchor' | 'post' | 'measure' | 'counted' | 'kind' | 'event' | 'piece'; note: string | null };

const OK: Verdict = { ok: true };

/** Breaks between the items of a list or the clauses of a sentence. */
const ITEM_BREAK = /[、，,；;。：:！？!?]/u;

/**
 * Checks a candidate against the question before it may be given:
 * - the evidence itself (or the article's title) holds every place and number
 *   the question names, and its paragraph every person (a fact about 运河网谷
 *   does not answer a question about 杭州);
 * - no post the question names is in the evidence only one step off (总经理
 *   is not 副总经理, 主任 not 主任委员), nor among the answer person's posts;
 * - a number is of the measure asked (an age in 岁; a duration, not a year);
 * - a number of a how-many question counts the noun asked: it stands in the
 *   same list item (上市企业4家 answers 上市企业, not 世界500强企业).
 */
export function checkCandidate(query: Query, candidate: Candidate, weights: Pick<Weights, 'nameLike'> = DEFAULT_WEIGHTS): Verdict {
  const { source } = candidate;
  if (candidate.vague) return { ok: false, reason: 'measure', note: candidate.vague };
  if (!('sentence' in source)) return OK; // the dateline and title answer questions about the report itself
  // Each option of a choice was judged as a claim of its own; the option is the question's, not a span of the evidence.
  if (query.kind === 'choice') return OK;
  // 「包晓东当副区长之前是做什么的」: the article gives the post held when it was written, not one held before or after.
  // (「曾经担任过哪些职务」 of 「曾任…」: a sentence that gives a past post of its own answers it.)
  if (
    (query.kind === 'role' || query.kind === 'organization') &&
    asksOtherTime(query.question) &&
    asksOtherTime(query.question, source.article.sentences.map((s) => s.norm).join('')) &&
    !PAST_POST.test(source.sentence.norm)
  ) {
    return { ok: false, reason: 'event', note: null };
  }
  const text = run(source).map((s) => s.norm).join('').toLowerCase();
  const title = source.article.titleNorm.toLowerCase();
  const paragraph = (source.article.paragraphs[source.sentence.paragraph]?.norm ?? '').toLowerCase();
  // A count the question gives of what it asks about is held up to its last digit: 30 of 「那30间企业」 is not in
  // 300间 (a year or a month, 22年 of 2022年, is held as before).
  const counts = new Map(
    query.anchors
      .filter((a) => /\d$/u.test(a.text) && new RegExp(`${escapeRegExp(a.text)}[个家间位名项所座场条种]`, 'u').test(query.question))
      .map((a): [string, RegExp] => [a.text, new RegExp(`${escapeRegExp(a.text)}(?![\\d.])`, 'u')]),
  );
  const has = (hay: string, a: Query['anchors'][number]): boolean => counts.get(a.text)?.test(hay) ?? hay.includes(a.text);
  const held = (a: Query['anchors'][number]): boolean =>
    has(text, a) ||
    has(title, a) ||
    (a.scope === 'paragraph' && (has(paragraph, a) || spokenBy(source.article, source.sentence, a.text))) ||
    // A figure is a fact of its own sentence: 40间来自美国 does not make its neighbour's 560间 American.
    (a.scope === 'place' && query.kind !== 'number' && paragraph.includes(a.text) && !speaksOfPlaceWithin(source.article, a.text, text, query.question)) ||
    // 「重庆西洽会上…」: the dateline's place, said of the event the evidence names, is where every fact of the report
    // stands; not said alone (「杭州有多少家上市企业」 asks of all Hangzhou, not of the park there).
    // 「当中40间来自美国」 goes on from the sentence before it, and stands where that one does.
    (a.scope === 'place' && continuedFrom(source.article, source.sentence)?.norm.toLowerCase().includes(a.text)) ||
    // 「三井喜欢该据点」 after 「…第2个投资据点…推荐东区的…」: 该据点 is the one the sentence before names, and stands there.
    (a.scope === 'place' && referredBack(source.article, source.sentence)?.norm.toLowerCase().includes(a.text)) ||
    (a.scope === 'place' && (placeOfNamed(a.text, query.question, text, source.article) || placeOfThing(a.text, query.question, text, source.article))) ||
    // 「2019年重庆那届西洽会」 of a report dated 2019: the year it was published is the year of what it reports, where
    // neither the evidence nor its paragraph dates it otherwise (去年, 2018年).
    (a.scope === 'paragraph' && yearOfReport(a.text, source.article, `${text}${paragraph}`)) ||
    // 「那个常务副市长讲话时说…」 of 「李岩在致辞中…表示」: a post stands for the one person the article gives it, named there.
    heldBy(a.text, query.question, source.article, text, source.sentence);
  // 「李相国出席的那个松原签约活动新闻主要讲啥」: the names a gist question gives say which report, not what its lead holds.
  if (query.kind !== 'gist' && !query.anchors.every(held)) return { ok: false, reason: 'anchor', note: null };
  // 「投资最大的那个是多少亿」 of a sentence that gives only the total: the figure of one item picked out
  // by a superlative must be said to be the most.
  if (query.kind === 'number' && SUPERLATIVE.test(query.question) && !RANKED.test(text)) return { ok: false, reason: 'anchor', note: null };
  // 「有多少家规上企业」 of 「2022年,…」: a year is when something happened, no count, unless years are asked.
  if (query.kind === 'number' && /^\d{4}年$/u.test(candidate.text) && askedUnit(query.question) !== '年') return { ok: false, reason: 'kind', note: null };
  // 「投资最大的是哪个」 alike: the one thing picked out must be said to be the most.
  if (query.kind === 'phrase' && PICKED_OUT.test(query.question) && !RANKED.test(text)) return { ok: false, reason: 'anchor', note: null };
  // 「第一届西洽会签了多少」 of a report on the 第二届: an edition asked is one the evidence, its paragraph or the title names.
  // A verdict that the edition is wrong (不对，文章说是十六届) is about that very edition.
  const aboutEdition = query.kind === 'yesno' && /[届期]/u.test(candidate.text);
  // 第2届 and 第二届 are the same edition.
  const editionsSaid = [text, title, paragraph].flatMap((t) => [...t.matchAll(EDITION)]);
  for (const asked of aboutEdition ? [] : query.question.matchAll(EDITION)) {
    if (!editionsSaid.some((m) => m[2] === asked[2] && ordinalValue(m[1] ?? '') === ordinalValue(asked[1] ?? ''))) return { ok: false, reason: 'anchor', note: null };
  }
  // 「三井在台中的第一个投资点」 of 「三井提出第2个投资据点需求时…」: an ordinal asked of a thing the evidence counts
  // with another ordinal of the same measure word is another one of them.
  for (const asked of query.kind === 'yesno' ? [] : query.question.matchAll(ORDINAL)) {
    const said = [...text.matchAll(ORDINAL)].filter((m) => m[2] === asked[2]);
    if (said.length > 0 && !said.some((m) => ordinalValue(m[1] ?? '') === ordinalValue(asked[1] ?? ''))) return { ok: false, reason: 'anchor', note: null };
  }
  // 「2024年引进了多少间」 of 「去年协助560间，较2024年升逾4%」: a year the evidence gives only as what it
  // compares with (unless the question compares with it too: 比2024年升了多少).
  for (const year of query.question.match(new RegExp(`(?<!${COMPARED_WITH.source})${YEAR.source}(?!${COMPARED_AFTER.source})`, 'gu')) ?? []) {
    const said = [text, paragraph, title].find((t) => t.includes(year));
    if (said && !new RegExp(`(?<!${COMPARED_WITH.source})${year}`, 'u').test(said)) return { ok: false, reason: 'anchor', note: null };
  }

  // A post the evidence does not name at all may be paraphrased (创办人 for 创建); one it names only
  // one step off (副总经理, 主任委员) is another post.
  for (const post of query.posts) {
    const person = source.article.people.find((p) => p.name === candidate.text && p.roles.some((r) => r.includes(post)));
    const said = person ? person.roles.filter((r) => r.includes(post)) : text.includes(post) ? [text] : [];
    if (said.length > 0 && !said.some((r) => holdsPostWhole(r, post))) return { ok: false, reason: 'post', note: nearPost(source.article, post, text) };
    // 「介绍项目的副总叫什么」 of 「副主任张驰挺、…副总经理姜秀超分别…」: the post is another's there, and not this person's.
    const named = person ? null : source.article.people.find((p) => p.name === candidate.text && p.roles.length > 0);
    if (named && source.article.people.some((p) => p !== named && text.includes(p.name) && p.roles.some((r) => holdsPostWhole(r, post)))) {
      return { ok: false, reason: 'post', note: null };
    }
    // 「台中现任市长是谁」 of 「还有龙龙部长偶尔回来关心…谢谢市长…」: one the sentence calls by another post is not the holder asked.
    const title = query.kind === 'person' && asksHolder(query.question, post) ? titleAfter(source.sentence.norm.toLowerCase(), candidate) : '';
    if (title && !holdsPostWhole(title, post)) return { ok: false, reason: 'post', note: null };
    // 「张俊峰在哪个机构做主任委员」: the body asked is the one of that post, not of the person's other one (协会副会长).
    if (query.kind === 'organization') {
      const holder = source.article.people.find((p) => query.question.includes(p.name));
      const bodies = (holder?.roles ?? []).flatMap(heldIn).filter((h) => holdsPostWhole(h.post, post));
      if (bodies.length > 0 && !bodies.some((h) => h.body.includes(candidate.text))) return { ok: false, reason: 'post', note: null };
    }
    // The other way round: a 副署长 asked, only the 署长 named.
    const base = lesserBase(post);
    if (base && !text.includes(post) && holdsPostWhole(text, base)) return { ok: false, reason: 'post', note: nearPost(source.article, base, text) };
  }

  if (!ofKind(query, candidate, source.article, weights.nameLike)) return { ok: false, reason: 'kind', note: null };
  // 「哪年当上署长的」 of 「较2024年升逾4%」: a date given only as what a figure is compared with dates nothing.
  if (query.kind === 'date' && candidate.start !== undefined && !COMPARED_WITH.test(query.question) && new RegExp(`${COMPARED_WITH.source}$`, 'u').test(source.sentence.norm.slice(0, candidate.start))) {
    return { ok: false, reason: 'event', note: null };
  }
  // 「哪一年举行的」 of 「12月27日,…签约仪式…举行」: the article gives the day, not the year.
  if (query.kind === 'date' && asksYear(query.question) && !/年|世纪|朝|代/u.test(candidate.text) && /月|日|号/u.test(candidate.text)) {
    return { ok: false, reason: 'measure', note: `文章只给出日期${candidate.text}，没有年份` };
  }
  if (echoes(candidate.text, query.question) || completesAsked(candidate, query.question)) return { ok: false, reason: 'kind', note: null };
  if ((query.kind === 'phrase' || query.kind === 'items') && pieceOfTitle(candidate.text, source.article, query.question)) return { ok: false, reason: 'kind', note: null };
  if ((query.kind === 'phrase' || query.kind === 'items') && titleOfAsked(query.question, candidate.text, source.article)) return { ok: false, reason: 'kind', note: null };
  if ((query.kind === 'items' || (query.kind === 'phrase' && NAMES_THE_COUNTED.test(query.question))) && itemCount(candidate.text) < itemsAsked(query.question)) return { ok: false, reason: 'kind', note: null };
  if ((query.kind === 'phrase' || query.kind === 'items') && !spellsOutFigure(query.question, source.sentence.norm, candidate)) return { ok: false, reason: 'kind', note: null };
  // 「有哪些上市企业」 → 「区域总部1家、上市企业」: a list with the noun asked about for an item counts kinds, it names none.
  // 「外地大学是哪几所」 → 「教育、国际学校、外地大学…」: nor does a list that holds the very noun asked about, among its siblings.
  if (query.kind === 'items' && candidate.text.split('、').some((item) => item.length >= 2 && itemAsked(item, cloze(query.question)))) return { ok: false, reason: 'kind', note: null };
  // 「有哪些企业」 → 「…副主任张驰挺、…副总经理姜秀超分别对…作深入推介」, 「拱墅区要打造什么」 → 「副区长包晓东」, 「招商蛇口是干嘛的」 →
  // 「产业园区杭州公司副总经理姜秀超分别」: a thing, a list of things or what someone is names no one else the article introduces.
  if (NAMES_NO_ONE.has(query.kind) && source.article.people.some((p) => candidate.text.includes(p.name) && !query.question.includes(p.name))) {
    return { ok: false, reason: 'kind', note: null };
  }
  // 「区域总部1家、上市企业4家」 counts what 哪几家 asks to name; 「研究机构的多位」 breaks off before what it counts.
  if ((query.kind === 'items' || query.kind === 'phrase') && (COUNTED_ITEM.test(candidate.text) || DANGLING.test(candidate.text) || joinedOn(source.sentence.norm, candidate))) return { ok: false, reason: 'kind', note: null };
  // 「定位成什么产业」 → 「杭州发展五大产业」 of 「…五大产业链…」: the noun asked is only the start of the word there.
  if ((query.kind === 'phrase' || query.kind === 'items') && endsInsideWord(source.sentence.norm, candidate, query.question)) return { ok: false, reason: 'kind', note: null };
  if ((query.kind === 'phrase' || query.kind === 'items') && endsInsideVerbs(source.sentence.norm, candidate, query.question)) return { ok: false, reason: 'piece', note: null };
  if ((query.kind === 'phrase' || query.kind === 'items') && brokenAtBracket(source.sentence.norm, candidate)) return { ok: false, reason: 'piece', note: null };
  // 「台中车站附近有什么」 of 「以台中车站为核心」: the frame's own word (核心, 主题) is a piece of the frame around the
  // thing asked about, not what is there.
  if ((query.kind === 'phrase' || query.kind === 'items') && FRAME_WORD.test(candidate.text) && !query.question.includes(candidate.text) && source.sentence.norm.includes(`为${candidate.text}`)) {
    return { ok: false, reason: 'piece', note: null };
  }
  // 「生物医药座谈活动主题叫啥」 of 「以“创新发展,聚力共赢”为主题的“生物医药产业高质量发展”主题座谈活动」: where the
  // sentence says in a frame what the attribute asked is (以X为主题), nothing outside X is.
  if ((query.kind === 'phrase' || query.kind === 'items') && outsideFrame(source.sentence.norm, candidate.text, query.question)) return { ok: false, reason: 'piece', note: null };
  // 「主要地标，现时则仍是区内」: a phrase that runs over a comma is two pieces of clauses, unless it is quoted whole (“创新发展,聚力共赢”).
  if (query.kind === 'phrase' && /[，,]/u.test(candidate.text) && !quotedWhole(source.sentence.norm, candidate)) return { ok: false, reason: 'kind', note: null };
  // 「外地大学是哪一所」 of 「包括教育、国际学校、外地大学、现代物流」: another item of the list the question's own
  // noun is an item of is no answer about it (unless the question asks for the others: 除了…还有什么).
  if (query.kind === 'phrase' && siblingOfAsked(source.sentence.norm, candidate, query.question)) return { ok: false, reason: 'kind', note: null };
  // 「运河网谷引进了哪类龙头企业」 of 「…子企业区域总部1家…引进众多生物医药、医疗器械龙头企业」: a kind asked of a noun the
  // evidence names is what stands right before that noun there.
  if ((query.kind === 'phrase' || query.kind === 'items') && !kindOfAskedNoun(source.sentence.norm, candidate, query.question)) return { ok: false, reason: 'piece', note: null };
  if (!besideNamed(query, candidate, source.article, source.sentence.norm)) return { ok: false, reason: 'anchor', note: null };
  if ((query.kind === 'person' || query.kind === 'people') && excluded(query.question, candidate, source.article, source.sentence.norm)) return { ok: false, reason: 'anchor', note: null };
  // 「谁介绍了拱墅区的营商环境」 of 「张驰挺、姜秀超分别对杭州市拱墅区营商环境、运河网谷项目作深入推介」: the item asked is 张驰挺's.
  if (query.kind === 'person' && pairedWithOther(query.question, candidate, source.article, source.sentence.norm)) return { ok: false, reason: 'anchor', note: null };
  if ((query.kind === 'phrase' || query.kind === 'items') && itemOfAnother(query.question, candidate, source.article, source.sentence.norm)) return { ok: false, reason: 'anchor', note: null };
  // 「暨南大学过来演讲的是谁」 of a list of speakers: the one whose post is at the body the question names.
  if (query.kind === 'person' && ofAnotherBody(query.question, candidate.text, source.article)) return { ok: false, reason: 'anchor', note: null };
  if (query.kind === 'person' && standsForNoOneAsked(query.question, candidate.text, source.article, source.sentence.norm)) return { ok: false, reason: 'anchor', note: null };
  // 「拱墅区有哪位区领导讲话了」 of a 市卫健委 official: a leader asked by level holds a post of that level's government.
  if ((query.kind === 'person' || query.kind === 'people') && leaderOfAnotherLevel(query.question, candidate.text, source.article)) return { ok: false, reason: 'anchor', note: null };
  // 「谁代表台糖签的约」 of 「林佳龙以「媒人」身分见证台糖与日商三井不动产签约仪式」: he only looked on, wherever the sentence names him.
  if (query.kind === 'person' && onlooker(query.question, source.sentence.norm, candidate)) return { ok: false, reason: 'event', note: null };
  const sentence = source.sentence.norm;
  const start = candidate.start ?? sentence.indexOf(candidate.text);
  // 「签约仪式在哪里举行」 of 「三井将在东区打造…商圈」: the place where another deed is done.
  if (query.kind === 'place' && start >= 0 && placeOfOtherDeed(query.question, sentence, start, candidate.text)) return { ok: false, reason: 'event', note: null };
  // 「运河网谷在杭州哪」 → 杭州市拱墅区招商蛇口运河|网谷: a place that ends inside a name the question says is a piece of it;
  // 「落户的是哪家世界500强」 → 落地世界|500强 alike for a phrase cut off before the name's figure.
  const end = start + candidate.text.length;
  const cutBeforeFigure = (query.kind === 'phrase' || query.kind === 'items') && /^[\dA-Za-z]/u.test(sentence.slice(end));
  if ((query.kind === 'place' || cutBeforeFigure) && start >= 0 && endsInsideAsked(sentence, end, query.question)) return { ok: false, reason: 'piece', note: null };
  // 「亚洲300(Asia300)全球商业论坛」: a place run on by a figure or a Latin word is the start of a name, not where anything is.
  if (query.kind === 'place' && start >= 0 && /^[\dA-Za-z]/u.test(sentence.slice(start + candidate.text.length))) return { ok: false, reason: 'piece', note: null };
  // 「中港」 of 「落脚台中港」 asked 「在台中哪里」: a place that starts inside a name the question gives (台中) is a piece of a longer one.
  // (Not after a word of its own: 在杭州 of 「在杭州哪个园区」 starts 杭州市….)
  // (Nor one that starts where the question's name starts: 「落脚|台中|哪里」 asks within 台中, and 台中港 is that.)
  const pair = sentence.slice(start - 1, start + 1);
  if (
    query.kind === 'place' &&
    start > 0 &&
    /[^\P{Script=Han}在于从到由与和及对向把被将为是的了]\p{Script=Han}/u.test(pair) &&
    query.question.includes(pair) &&
    (withinWord(query.question, pair) || !query.question.includes(candidate.text.slice(0, 2)))
  ) {
    return { ok: false, reason: 'piece', note: null };
  }
  // 「江海外贸咋样」 → 市去年 of 「江海市去年外贸…」: a phrase that opens on the ending of an area's name the question gives
  // (江海|市, which jieba cuts when it does not know the place) is a piece of that name and what follows it.
  if ((query.kind === 'phrase' || query.kind === 'items') && start >= 2 && opensOnAreaEnding(sentence, start, candidate.text, query.question)) {
    return { ok: false, reason: 'piece', note: null };
  }
  // 「据点选在哪」 → 东区 of 「推荐东区的台糖湖滨生态园区」: the place that holds another the sentence names is the less
  // precise answer, offered on its own; unless the question asks where the one inside is, by its name
  // (「园区在哪个区」) or by its kind (「甲渔港在哪」 of 「…县的观光渔港」).
  if (query.kind === 'place' && start >= 0) {
    const inner = innerPlaceAfter(sentence, start + candidate.text.length);
    // The kind counts where it names the subject, before the question word: 「选在哪个园区」 asks for a 园区.
    const kind = inner ? (segment(inner).at(-1)?.word ?? inner) : '';
    const subject = query.question.slice(0, QUESTION_WORD_PATTERN.exec(query.question)?.index ?? query.question.length);
    if (inner && !query.question.includes(inner) && !subject.includes(kind)) return { ok: false, reason: 'piece', note: null };
  }
  // 「鞠振宇那个研究院在哪个城市」 → 暨南大学: an organisation is somewhere, but it is no city, province or country.
  if (query.kind === 'place' && AREA_ASKED.test(query.question) && [...ORGANIZATION_KINDS].some((k) => k.length >= 2 && candidate.text.endsWith(k))) {
    return { ok: false, reason: 'kind', note: null };
  }
  const { measure } = query;
  if (measure) {
    const fits =
      (candidate.since === true && measure.name === 'duration') ||
      (query.kind === 'date'
        ? measure.units.some((u) => candidate.text.includes(u))
        : (fitsMeasure(candidate.text, measure.units, measure.bare) || saidWith(sentence, start, measure.orSaidWith)) &&
          !(measure.notDates && /\d{4}年/u.test(candidate.text)) &&
          !agoForLength(query.question, sentence, start, candidate.text));
    if (!fits) {
      // 「开园多久了」: what the article gives instead of a duration is when it began (自2022年6月开园以来), if the sentence says.
      // Of another measure (面积 asked, 147家 found) the clause says nothing worth showing.
      const dated = measure.name === 'duration' ? new RegExp(DATE.source, 'u').exec(sentence) : null;
      const clause = dated ? clauseAt(sentence, dated.index) : null;
      const said = clause ? sentence.slice(clause.start, clause.end) : '';
      return { ok: false, reason: 'measure', note: said ? `文章没有给出${measure.label}，只提到“${said}”` : `文章没有给出${measure.label}` };
    }
  }
  // 「全市GDP」 of a sentence that gives 全区GDP: the figure of another area.
  const wholeAsked = WHOLE_AREA.exec(query.question)?.[0];
  if (wholeAsked && start >= 0) {
    const clause = clauseAt(sentence, start);
    const said = WHOLE_AREA.exec(sentence.slice(clause.start, clause.end))?.[0];
    if (said && said !== wholeAsked) return { ok: false, reason: 'anchor', note: null };
  }
  // 「杭州GDP多少」 of 「拱墅区作为杭州核心城区,…全区GDP首次突破2000亿元」: a figure of the whole 区 is not
  // the figure of a place of another level (杭州, which the article calls 杭州市).
  if (query.kind === 'number' && start >= 0) {
    const clause = clauseAt(sentence, start);
    const places = query.anchors.filter((a) => a.scope === 'place').map((a) => a.text);
    if (wholeOfAnother(places, sentence.slice(clause.start, clause.end), source.article.sentences.map((s) => s.norm).join('')))
      return { ok: false, reason: 'anchor', note: null };
    const unit = findNumbers(candidate.text).at(-1)?.unit ?? '';
    if (unit && placeOfAnotherItem(places, sentence, clause, unit)) return { ok: false, reason: 'anchor', note: null };
  }
  // 「今年的目标是多少间」 of 「去年协助560间企业」: the clause says another year (data/synonyms.yaml `exclusive`).
  if (start >= 0) {
    const clause = clauseAt(sentence, start);
    if (saidOtherwise(query.question, sentence.slice(clause.start, clause.end))) return { ok: false, reason: 'anchor', note: null };
  }
  // When something began, given for a duration (自2022年6月开园以来), is no figure to weigh as one.
  if (query.kind !== 'number' || candidate.since) return OK;
  // 「第几大产业链」 of 「杭州发展五大产业链中的重要一环」: 第几 asks a rank, which only an ordinal (or 22名) gives.
  if (/第几/u.test(query.question) && !/^(?:第|首|头|冠|亚|季)|^\d+[名位]$/u.test(candidate.text)) return { ok: false, reason: 'measure', note: null };
  // A bare number glued to a name (亚洲300) is part of the name, and one of four digits (2019“央企重庆行”) a year: no count.
  if (/^\d+$/u.test(candidate.text) && start >= 0 && (gluedToName(sentence, start) || YEARLIKE.test(candidate.text))) {
    return { ok: false, reason: 'measure', note: null };
  }
  // 「规模多大」 of 「五大产业链」: 五大 names a set of five (几大 asks that), not a size or a count; 500强 names a ranking.
  if (/^[\d一二三四五六七八九十]+[大强]$/u.test(candidate.text) && askedUnit(query.question) !== candidate.text.at(-1)) return { ok: false, reason: 'measure', note: null };
  // 「多少个项目」 of 「项目数的42.4%」: a share or a sum of money counts nothing.
  const figure = findNumbers(candidate.text).at(-1);
  if (figure && figureClash(query.question, figure.unit, query.measure !== null)) return { ok: false, reason: 'measure', note: null };
  const joined = start >= 0 ? jointCount(query.question, sentence) : null;
  if (joined) return { ok: false, reason: 'anchor', note: `文章只给出${joined}合计的${candidate.text}` };
  const total = start >= 0 ? groupTotal(query, sentence, start) : null;
  if (total) return { ok: false, reason: 'anchor', note: `文章只给出${total}合计的${candidate.text}` };
  // 「旅游开发方面投资了多少钱」 of 「总投资达86.6亿元。涵盖…、旅游开发等多个领域」: one item of a list the
  // paragraph gives, asked of a figure whose sentence does not name it, is asked of a part the article does not measure.
  const item = itemElsewhere(query.question, paragraph, sentence);
  if (item) return { ok: false, reason: 'anchor', note: `文章只给出总数${candidate.text}，没有分开给出${item}的` };
  // 「那147家签约客户里面做生物医药的有多少家」 of 「签约客户147家,…上市企业4家」: a part asked of a figure the question
  // gives is not another item of the list that figure stands in.
  if (start >= 0 && siblingOfWhole(query.question, sentence, start, start + candidate.text.length)) return { ok: false, reason: 'counted', note: null };
  // 「协助的企业里内地来的有多少」 of 「去年协助560间企业…。当中近300间来自内地」: a part asked is not the whole the article
  // then breaks down.
  if (start >= 0 && PART_ASKED.test(query.question) && brokenDown(source.article.sentences, source.sentence, start + candidate.text.length, candidate.text)) {
    return { ok: false, reason: 'counted', note: null };
  }
  // 「专精特新加国高企培育了多少家」 of 「…上市企业4家,培育专精特新及国家高新技术企业7家」: another figure's item holds the question's words, this one's none.
  if (start >= 0 && anotherItemAsked(query.question, sentence, start, start + candidate.text.length)) return { ok: false, reason: 'counted', note: null };
  // 「271个项目里面境外项目占了几个」 of 「其中,开幕式现场集中签约项目132个」: a kind narrowed by a word that
  // excludes others (境外, 省级: data/synonyms.yaml `exclusive`) is counted only by a figure whose clause says it.
  // Not a time (去年): the article may date a whole paragraph once.
  if (query.counted && start >= 0 && COUNT_UNIT.test(findNumbers(candidate.text).at(-1)?.unit ?? '')) {
    // 「有多少个是境外的」 narrows the same way.
    const narrowed = exclusiveWordsIn(query.question).find((w) => !w.includes('年') && new RegExp(`${w}的?${query.counted}|(?:多少|几)\\p{Script=Han}?是${w}`, 'u').test(query.question));
    const clause = clauseAt(sentence, start);
    if (narrowed && !sentence.slice(clause.start, clause.end).includes(narrowed)) return { ok: false, reason: 'counted', note: null };
  }
  // Only where the sentence names what is counted can it tell which of its numbers counts it.
  if (query.counted && start >= 0 && termPresence(sentence, query.counted) >= 0.9) {
    if (termPresence(itemAt(sentence, start, start + candidate.text.length), query.counted) < 0.9) return { ok: false, reason: 'counted', note: null };
    const sub = subKindOnly(query.question, sentence, start, start + candidate.text.length, query.counted);
    if (sub) return { ok: false, reason: 'counted', note: `文章只给出${sub}` };
  } else if (query.counted && start >= 0 && countsOther(sentence.slice(start + candidate.text.length), query.counted)) {
    return { ok: false, reason: 'counted', note: null };
  } else if (query.counted && start >= 0 && !measure && askedUnit(query.question) && kindOfOther(itemAt(sentence, start, start + candidate.text.length), sentence, query.counted)) {
    return { ok: false, reason: 'counted', note: null };
  }
  return OK;
}

/**
 * Whether the question asks a part (里面, 其中) of a figure it gives itself, and the figure from `start` to `end`
 * stands in another item of the evidence's list than that figure does, not opened by 其中: a sibling, not a part.
 */
function siblingOfWhole(question: string, sentence: string, start: number, end: number): boolean {
  const part = PART_ASKED.exec(question);
  if (!part) return false;
  const whole = findNumbers(question.slice(0, part.index)).filter((n) => n.unit).at(-1);
  const at = whole ? sentence.indexOf(whole.text) : -1;
  if (!whole || at < 0 || (at <= start && start < at + whole.text.length)) return false;
  const item = itemAt(sentence, start, end);
  // An item that says something of the question's own (汉族约占95% of 「其中汉人约占多少」) may be the part asked.
  const said = item.replace(sentence.slice(start, end), '|');
  const shares = [...said].some((_, i) => i + 2 <= said.length && !said.slice(i, i + 2).includes('|') && question.includes(said.slice(i, i + 2)));
  return item !== itemAt(sentence, at, at + whole.text.length) && !/^(?:其中|当中)/u.test(item) && !shares;
}

/**
 * Whether the count `figure`, ending at `end` of `sentence`, is broken down right after it: the rest of its
 * sentence, or the next sentence of its paragraph, opens a clause with 其中 or 当中 that counts in its unit.
 */
function brokenDown(sentences: readonly Sentence[], sentence: Sentence, end: number, figure: string): boolean {
  const unit = findNumbers(figure).at(-1)?.unit ?? '';
  if (!COUNT_UNIT.test(unit)) return false;
  const next = sentences[sentence.index + 1];
  const after = sentence.norm.slice(end) + (next && next.paragraph === sentence.paragraph ? `。${next.norm}` : '');
  return [...after.matchAll(/(?:^|[，,;；。])(?:其中|当中)([^。；;]*)/gu)].some((m) => findNumbers(m[1] ?? '').some((n) => n.unit === unit));
}

/**
 * The item holding the count from `start` to `end` when it counts a kind of the noun asked (上市企业4家 of 「有多少家企业」)
 * beside other kinds of it in the same sentence (…企业7家), and the question names none of its kind: then the article
 * breaks the noun down and gives no count of it whole. Null otherwise.
 */
function subKindOnly(question: string, sentence: string, start: number, end: number, counted: string): string | null {
  const unit = findNumbers(sentence.slice(start, end)).at(-1)?.unit ?? '';
  if (!COUNT_UNIT.test(unit)) return null;
  // The two characters before the noun in an item say its kind (上市 of 上市企业); none when the noun opens the item.
  const kindIn = (item: string): string => {
    const at = item.lastIndexOf(counted);
    return at >= 2 && /^\p{Script=Han}{2}$/u.test(item.slice(at - 2, at)) ? item.slice(at - 2, at) : '';
  };
  const item = itemAt(sentence, start, end);
  // 「…企业子企业区域总部1家」 counts what the noun only qualifies: the nouns between it and the count (区域总部).
  const between = item.slice(item.lastIndexOf(counted) + counted.length, item.indexOf(sentence.slice(start, end)));
  const countsAnother = between.length >= 2 && segment(between).every((t) => /^n/u.test(t.tag));
  // The question names the kind with any word of the item (专精特新, 开幕式), not only the two before the noun.
  const named = segment(question).some((t) => t.word.length >= 2 && t.word !== counted && !isStopWord(t.word) && item.includes(t.word));
  if (!kindIn(item) || (named && !countsAnother)) return null;
  const kinds = findNumbers(sentence).filter((n) => n.unit === unit).map((n) => kindIn(itemAt(sentence, n.start, n.end))).filter(Boolean);
  return new Set(kinds).size >= 2 ? item : null;
}

/** Measure words that count things (4家, 14个, 300间), not years, money or shares. */
const COUNT_UNIT = /^(?:多|余)?(?:家|个|间|位|名|项|所|座|条|件|批|场|人)$/u;

/**
 * Whether the list item holding the count from `start` to `end` holds none of the question's words while
 * another item of the sentence, with a count of the same unit, holds some.
 */
function anotherItemAsked(question: string, sentence: string, start: number, end: number): boolean {
  const unit = findNumbers(sentence.slice(start, end)).at(-1)?.unit ?? '';
  // Counts of things only: a span of years (…共149年) may stand in an item of its own beside the dates it spans.
  if (!COUNT_UNIT.test(unit)) return false;
  const words = segment(question).map((t) => t.word).filter((w) => w.length >= 2 && !isStopWord(w) && !findNumbers(w).length && !/多少|几/u.test(w));
  const hits = (item: string): number => words.filter((w) => termPresence(item, w) >= 0.9).length;
  if (hits(itemAt(sentence, start, end)) > 0) return false;
  return findNumbers(sentence).some((n) => n.unit === unit && (n.end <= start || n.start >= end) && hits(itemAt(sentence, n.start, n.end)) > 0);
}

/** The list item (between 、，；…) that holds the span from `start` to `end`. */
function itemAt(sentence: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !ITEM_BREAK.test(sentence[from - 1] ?? '')) from--;
  let to = end;
  while (to < sentence.length && !ITEM_BREAK.test(sentence[to] ?? '')) to++;
  return sentence.slice(from, to);
}

/**
 * 「生物医药企业有几家」 of 「…签约客户147家、上市企业4家…，引进众多生物医药…企业」: the figure's item lacks the
 * words that make the kind asked (生物医药) while it names the noun asked (企业) of another kind (上市), or the
 * sentence says them elsewhere. Asked of things counted (几家), not of an amount (产值多少).
 */
function kindOfOther(item: string, sentence: string, counted: string): boolean {
  const words = segment(counted);
  const head = words.at(-1)?.word ?? '';
  if (words.length < 2 || head.length < 2) return false;
  const kind = words.slice(0, -1).map((w) => w.word);
  if (kind.some((w) => termPresence(item, w) >= 0.9)) return false;
  const at = item.indexOf(head);
  return (at > 0 && !ITEM_BREAK.test(item[at - 1] ?? '')) || kind.some((w) => w.length >= 2 && sentence.includes(w));
}

/**
 * Whether a place stands as where a deed is done (在东区打造) that the question, which asks where a deed
 * was done, does not ask about: the verb right after 在 + the place is no event's (举行, 签约…), nor the question's, nor a synonym of one of its words.
 */
function placeOfOtherDeed(question: string, sentence: string, start: number, text: string): boolean {
  // 「位于哪个大学」 asks where a thing is, which a deed done there (在莱比锡大学建立) says too.
  if (deedsAsked(question).length === 0) return false;
  if (!sentence.slice(0, start).endsWith('在')) return false;
  const rest = sentence.slice(start + text.length, clauseAt(sentence, start).end);
  if (new RegExp(`^${EVENT_VERB.source}`, 'u').test(rest)) return false;
  const verb = segment(rest)[0];
  if (!verb || !/^v/u.test(verb.tag) || BARE_VERB.test(verb.word)) return false;
  return ![verb.word, ...synonymsOf(verb.word)].some((w) => question.includes(w));
}

/** Whether the candidate person only looks on at the deed asked: at its own place, or at every place the sentence names them. */
function onlooker(question: string, sentence: string, candidate: Candidate): boolean {
  if (candidate.start !== undefined) return onlookerOnly(question, sentence, candidate.start, candidate.text);
  const places: number[] = [];
  for (let at = sentence.indexOf(candidate.text); at >= 0; at = sentence.indexOf(candidate.text, at + 1)) places.push(at);
  return places.length > 0 && places.every((at) => onlookerOnly(question, sentence, at, candidate.text));
}

/**
 * 「创造了多少个就业岗位」 of 「协助560间企业」: where the sentence never names the noun asked, the noun the
 * figure itself counts (the word right after it) is another thing when it shares no two characters with it.
 */
function countsOther(after: string, counted: string): boolean {
  const next = segment(/^[\p{Script=Han}A-Za-z]*/u.exec(after)?.[0] ?? '')[0];
  if (!next || !/^n/u.test(next.tag) || next.word.length < 2) return false;
  const pairs = (w: string): string[] => Array.from({ length: w.length - 1 }, (_, i) => w.slice(i, i + 2));
  return !pairs(next.word).some((p) => counted.includes(p)) && termPresence(next.word, counted) < 0.5;
}

/** 「3年前到东京拜会」 says when, not how long: no answer to 「签了多少年」, only to 「多少年前」. */
function agoForLength(question: string, sentence: string, start: number, text: string): boolean {
  return start >= 0 && /^(?:前|以前|之前)/u.test(sentence.slice(start + text.length)) && !/前/u.test(question);
}

/** Verbs whose object is where a figure's items are: 300间来自内地, 位于东区. */
const LOCATIVE = /^(?:来自|位于|源自|在)$/u;

/**
 * 「英国企业来了几间」 of 「当中近300间来自内地，40间来自美国，其余来自法国及英国等」: the sentence gives
 * places figures clause by clause (two at least), and the figure's clause names another place than the one asked.
 */
function placeOfAnotherItem(places: readonly string[], sentence: string, clause: { start: number; end: number }, unit: string): boolean {
  const own = sentence.slice(clause.start, clause.end);
  if (!places.some((p) => sentence.includes(p) && !own.includes(p))) return false;
  const namesPlace = (text: string): boolean => {
    const tokens = segment(text);
    return tokens.some((t, i) => (placeAwareTag(t.word, t.tag) === 'ns' && !GENERIC_PLACES.has(t.word)) || (i > 0 && LOCATIVE.test(tokens[i - 1]?.word ?? '') && /^n/u.test(t.tag)));
  };
  if (!namesPlace(own)) return false;
  const clauses = sentence.split(/[，,；;]/u).filter((c) => findNumbers(c).some((n) => n.unit === unit) && namesPlace(c));
  return clauses.length >= 2;
}

/** A count asked of one thing alone, or of each thing apart: 专精特新企业单独有几家, 分别有几家. */
const ASKED_ALONE = /单独|单是|单单|光是|仅仅是|只算|分开|分别|各有|各是|各自/u;

/**
 * 「专精特新企业单独有几家」 of 「…培育专精特新及国家高新技术企业7家」: the item of the sentence that counts what a count
 * asked alone names, when it counts that together with another kind (专精特新及国家高新技术企业), without the verb
 * that leads into it; null when the question asks no count alone, or the sentence counts it by itself.
 */
function jointCount(question: string, sentence: string): string | null {
  const alone = ASKED_ALONE.exec(question);
  if (!alone) return null;
  // 单独 may stand before the noun (单独的国家高新技术企业) or after it (专精特新企业单独有几家).
  const asked = question.replace(alone[0], '');
  for (const figure of findNumbers(sentence)) {
    const item = itemAt(sentence, figure.start, figure.end);
    const counted = item.slice(0, item.indexOf(figure.text));
    if (!/\p{Script=Han}{2}(?:及|和|与|以及)\p{Script=Han}{2}/u.test(counted) || !sharesStretch(counted, asked, 3)) continue;
    const words = segment(counted);
    const lead = words.findIndex((t) => !/^v/u.test(t.tag));
    return words.slice(Math.max(0, lead)).map((t) => t.word).join('');
  }
  return null;
}

/** Whether `a` and `b` share a stretch of at least `n` characters. */
function sharesStretch(a: string, b: string, n: number): boolean {
  for (let i = 0; i + n <= b.length; i++) if (a.includes(b.slice(i, i + n))) return true;
  return false;
}

/** Words that make the figure after a list that of the whole list: 贵州省、四川省等共计115个项目. */
const TOTAL_OF_LIST = /(?:等|共计|合计|总计|一共|共有|共)+$/u;

/**
 * The list a figure is the total of, when the question names one of its items: 「四川省签了多少个项目」
 * of 「贵州省、陕西省、四川省等共计115个项目」 is not answered by 115个. Null otherwise.
 */
function groupTotal(query: Query, sentence: string, start: number): string | null {
  const clause = clauseAt(sentence, start);
  const before = sentence.slice(clause.start, start);
  const words = before.replace(/[\d.]+$/u, '');
  const inClause = TOTAL_OF_LIST.test(words);
  const list = inClause ? words.replace(TOTAL_OF_LIST, '') : listTotalledBefore(sentence.slice(0, clause.start), query.question);
  const items = list?.split('、') ?? [];
  if (!list || items.length < 2) return null;
  const anchors = query.anchors.filter((a) => items.some((item) => item.includes(a.text)));
  const named = items.filter((item) => anchors.some((a) => item.includes(a.text)));
  // 「贵州陕西山东这些兄弟省份」, 「贵州、陕西等省」: items named as examples stand for the whole list.
  if (named.length >= 2 && byExample(query.question, anchors.map((a) => a.text))) return null;
  // A total a later clause gives of the list is asked of one item only when the question names that one alone.
  return named.length > 0 && (inClause || named.length === 1) ? list : null;
}

/** What closes items named as examples of a larger whole: 等, 这些, 那几个. */
const BY_EXAMPLE = /^\p{Script=Han}?(?:等|这些|那些|这几|那几|之类)/u;

/** Whether the question's last named item is followed by 等 or 这些: the items are examples of the whole. */
function byExample(question: string, names: readonly string[]): boolean {
  const end = Math.max(...names.map((n) => {
    const at = question.lastIndexOf(n);
    return at < 0 ? -1 : at + n.length;
  }));
  return end > 0 && BY_EXAMPLE.test(question.slice(end));
}

/**
 * A list the figure's sentence totals in an earlier clause it goes on from (「贵州省、陕西省…等兄弟省区市共计
 * 115个项目,投资总额达437亿元」), unless the question names the group the list makes (兄弟省区市). Null otherwise.
 */
function listTotalledBefore(before: string, question: string): string | null {
  const m = /(?<list>\p{Script=Han}{2,12}(?:、\p{Script=Han}{2,12})+)等(?<group>\p{Script=Han}{0,6}?)(?:共计|合计|总计|一共|共有|共)[^。；;、]*$/u.exec(before);
  const { list, group } = m?.groups ?? {};
  if (!list) return null;
  const grouped = group !== undefined && [...group].some((_, i) => i + 2 <= group.length && question.includes(group.slice(i, i + 2)));
  return grouped ? null : list;
}

/**
 * The one item of an enumeration in `paragraph` (A、B、C) that the question names and `sentence` does not, or
 * null; a question naming two items asks of them together.
 */
function itemElsewhere(question: string, paragraph: string, sentence: string): string | null {
  const named = new Set<string>();
  for (const list of paragraph.match(ENUMERATION) ?? []) {
    for (const [i, raw] of list.split('、').entries()) {
      // The first item runs on from the words that open the list (涵盖生物化工 → 生物化工).
      const item = (i === 0 ? raw.replace(LIST_LEAD, '') : raw).replace(LIST_TAIL, '');
      if (item.length >= 2 && question.includes(item)) named.add(item);
    }
  }
  const [item] = named;
  return named.size === 1 && item && !sentence.includes(item) ? item : null;
}

/** A run of at least three items joined by 、, and what may close it (…旅游开发等多个领域). */
const ENUMERATION = /[\p{Script=Han}A-Za-z0-9]{2,12}(?:、[\p{Script=Han}A-Za-z0-9]{2,12}){2,}/gu;
const LIST_TAIL = /等.*$/u;
const LIST_LEAD = /^\p{Script=Han}*?(?:涵盖|包括|涉及|覆盖|包含|囊括)/u;

/** A sentence that has `name` speak, within a few characters: 「包晓东在推介时说」. */
const SPEAKS_NEXT = (name: string): RegExp => new RegExp(`${escapeRegExp(name)}[^，,。；;]{0,8}?(?:说|表示|指出|强调|介绍)`, 'u');

/**
 * Whether the paragraph of `sentence` speaks with the voice of `name` through a pronoun:
 * 「她表示，近期…30间…」 after 「刘凯旋表示，…」 in the paragraph before; or `sentence` is a quote the next
 * sentence gives to `name`.
 */
function spokenBy(article: Article, sentence: Article['sentences'][number], name: string): boolean {
  // 「“…2022年全区GDP首次突破2000亿元。”」 before 「拱墅区副区长包晓东在推介时说,“…」: a quote is the words of the one
  // the next sentence of its paragraph has speak.
  const next = article.sentences[sentence.index + 1];
  if (/^[“「『"]/u.test(sentence.norm) && next?.paragraph === sentence.paragraph && SPEAKS_NEXT(name).test(next.norm)) return true;
  for (const s of article.sentences) {
    if (s.paragraph !== sentence.paragraph || s.index > sentence.index) continue;
    if (pronounSpeaker(article, s.index)?.person.name.includes(name)) return true;
  }
  return false;
}

/**
 * Whether a phrase ends on a noun the question asks for (产业 of 「什么产业」) where the sentence
 * writes a longer word that begins with it (产业链): the phrase names something else.
 */
function endsInsideWord(sentence: string, candidate: Candidate, question: string): boolean {
  const start = candidate.start ?? -1;
  const end = start + candidate.text.length;
  if (start < 0 || sentence.slice(start, end) !== candidate.text) return false;
  const asked = modifiedNoun(question);
  if (asked.length < 2 || !candidate.text.endsWith(asked)) return false;
  let at = 0;
  for (const t of segment(sentence)) {
    const from = sentence.indexOf(t.word, at);
    if (from < 0) continue;
    if (from >= end) break;
    if (end < from + t.word.length) return sentence.slice(end - asked.length, from + t.word.length).startsWith(asked);
    at = from + t.word.length;
  }
  return false;
}

/**
 * Whether a phrase ends on a verb that runs on into the verb the question asks with (运河网谷项目作深入 of
 * 「…运河网谷项目作深入推介」, asked 「推的是啥」): it breaks off inside what was done, not at what it was done to.
 */
function endsInsideVerbs(sentence: string, candidate: Candidate, question: string): boolean {
  const start = candidate.start ?? -1;
  const end = start + candidate.text.length;
  if (start < 0 || sentence.slice(start, end) !== candidate.text) return false;
  // Three verbs in a row (作|深入|推介), cut before the last: jieba's plain verb tag, not a verbal noun (研究, 贸易).
  const [before, last] = segment(candidate.text).slice(-2);
  const next = segment(sentence.slice(end))[0];
  return [before, last, next].every((t) => t?.tag === 'v') && !!next && sentence.startsWith(next.word, end) && next.word.length >= 2 && question.includes(next.word);
}

/** A bracket inside a name: 中国(重庆)国际投资暨全球采购会. */
const BRACKET_AFTER = /^[(（][^()（）]{1,10}[)）][\p{Script=Han}A-Za-z]/u;
const BRACKET_BEFORE = /[\p{Script=Han}A-Za-z][(（][^()（）]{1,10}[)）]$/u;

/**
 * Whether a phrase stops at a bracket the name it is part of runs on across (中国 of
 * 「中国(重庆)国际投资暨全球采购会」), starts right after one, is what the bracket holds, or starts inside a
 * quoted name: it is a piece of that name.
 */
function brokenAtBracket(sentence: string, candidate: Candidate): boolean {
  const start = candidate.start ?? -1;
  const end = start + candidate.text.length;
  if (start < 0 || sentence.slice(start, end) !== candidate.text) return false;
  if (BRACKET_AFTER.test(sentence.slice(end)) || BRACKET_BEFORE.test(sentence.slice(0, start))) return true;
  // 重庆 of 「中国(重庆)国际…」: what stands in the bracket is a piece of the name too.
  if (/[\p{Script=Han}A-Za-z][(（]$/u.test(sentence.slice(0, start)) && /^[)）][\p{Script=Han}A-Za-z]/u.test(sentence.slice(end))) return true;
  // 会”19日在重庆闭幕 of 「“西洽会”19日在重庆闭幕」: a phrase that closes a quotation it never opened starts inside a name.
  return /^[^“「《‘]{1,4}[”」》’]/u.test(candidate.text);
}

/** Whether the candidate is one of the doers a 分别 clause pairs with items, and the item the question names is another's. */
function pairedWithOther(question: string, candidate: Candidate, article: Article, sentence: string): boolean {
  const part = segments(sentence).map((seg) => sentence.slice(seg.start, seg.end)).find((p) => p.includes('分别') && p.includes(candidate.text));
  const doer = part ? respectiveDoer(part, article, question) : null;
  return doer !== null && doer !== candidate.text;
}

/**
 * Whether the candidate is (in) an item a 分别 clause pairs with another doer than the one the question names:
 * 「姜秀超推介的是啥」 of 「张驰挺、姜秀超分别对营商环境、运河网谷项目作深入推介」 is not 营商环境.
 */
function itemOfAnother(question: string, candidate: Candidate, article: Article, sentence: string): boolean {
  const part = segments(sentence).map((seg) => sentence.slice(seg.start, seg.end)).find((p) => p.includes('分别') && p.includes(candidate.text));
  if (!part) return false;
  const at = part.indexOf('分别');
  const doers = article.people.filter((p) => part.lastIndexOf(p.name, at) >= 0).sort((a, b) => part.indexOf(a.name) - part.indexOf(b.name));
  const items = respectiveItems(part, at);
  const asked = doers.findIndex((p) => question.includes(p.name));
  if (doers.length < 2 || items.length !== doers.length || asked < 0 || doers.filter((p) => question.includes(p.name)).length > 1) return false;
  const held = items.findIndex((item) => item.includes(candidate.text) || candidate.text.includes(item));
  return held >= 0 && held !== asked;
}

/**
 * Whether the question names a body the person asked comes from (暨南大学过来的, 市政协来的: a word jieba
 * tags as an organisation or abbreviation, or one that ends like one, right before 的, 来 or 派, or after 来自) that the
 * article gives someone a post at, and not `name`. A body asked after 代表 (代表市委、市政府致辞) is whom they
 * speak for, not where they hold a post.
 */
function ofAnotherBody(question: string, name: string, article: Article): boolean {
  const person = article.people.find((p) => p.name === name);
  const bodies = segment(question)
    .filter((t) => t.word.length >= 2 && (/^(?:nt|j)$/u.test(t.tag) || [...ORGANIZATION_KINDS].some((k) => k.length >= 2 && t.word.endsWith(k) && t.word.length > k.length)))
    .map((t) => t.word)
    // 「暨南大学过来的」, 「暨南大学派的」, and 「来自暨南大学」 (哪位嘉宾来自暨南大学).
    .filter((b) => new RegExp(`(?<!代表)${escapeRegExp(b)}(?:过来|来|派|的)|(?:来自|出自)${escapeRegExp(b)}`, 'u').test(question));
  const atBody = (roles: readonly string[], body: string): boolean => roles.some((r) => organizationOf(r).some((o) => mentions(o, body)));
  return bodies.some((b) => article.people.some((p) => p.name !== name && atBody(p.roles, b)) && !atBody(person?.roles ?? [], b));
}

/** Who stood for a body at an event: 「三井不动产这次签约是谁代表出席的」, 「台糖是哪位代表签的字」. */
const STOOD_FOR = /(?:谁|哪位|哪一位|哪个人)代表/u;

/**
 * Whether the question asks who stood for a body it names and `name` neither holds a post there nor is said,
 * in the evidence, to stand for anyone: 林佳龙 (交通部长), who witnessed 三井's signing, did not stand for 三井.
 */
function standsForNoOneAsked(question: string, name: string, article: Article, sentence: string): boolean {
  if (!STOOD_FOR.test(question)) return false;
  if (new RegExp(`${escapeRegExp(name)}[^，,。；;]{0,12}代表`, 'u').test(sentence)) return false;
  const bodies = segment(question)
    .map((t) => t.word)
    .filter((w) => w.length >= 2 && !isStopWord(w) && sentence.includes(w) && !STOOD_FOR.test(`谁${w}`));
  const roles = article.people.find((p) => p.name === name)?.roles ?? [];
  return bodies.length > 0 && !roles.some((r) => bodies.some((b) => r.includes(b)));
}

/** Words that give a post held before the report: 曾任, 原任, 此前, or the year it was taken up (1998年出任). */
const PAST_POST = /曾|原任|前任|此前|之前|以前|早年|退休|\d{4}年/u;

/** A leader asked by the level of government they lead at: 区领导, 市里的领导, 省级官员. */
const LEVEL_LEADER = /(?<level>[省市区县])(?:级|里|里面)?(?:的)?(?:领导|官员|干部)/u;

/** Whether the question asks for a leader of one level (区领导) and `name` holds no post in that level's government. */
function leaderOfAnotherLevel(question: string, name: string, article: Article): boolean {
  const level = LEVEL_LEADER.exec(question)?.groups?.level;
  if (!level) return false;
  const ofLevel = new RegExp(`${level}(?:长|委|人民政府|政府|人大|政协)`, 'u');
  return !name.split('、').every((item) => (article.people.find((p) => p.name === item)?.roles ?? []).some((r) => ofLevel.test(r)));
}

/** What an organisation asked for by its kind is named with (data/people.yaml). */
export const ORGANIZATION_KINDS: ReadonlySet<string> = new Set(readWords('people.yaml', 'organization_kinds'));
/** What a question asking for a 学校 takes: a 大学 or a 学院 is one (data/people.yaml school_kinds). */
const SCHOOL_KINDS = readWords('people.yaml', 'school_kinds');

/** A question that asks for an area by its kind: 哪个城市, 哪座城市, 什么省, 哪个国家. */
const AREA_ASKED = /(?:哪个|哪座|哪一个|哪一座|什么|啥)(?:城市|省份?|国家|县|地区)/u;

/** One item a question picks out by a superlative (最大的那个, 最多的一家), and the words that rank in the evidence (最, 第一, 首位…). */
// 「最大的那个」, or without 的: 「最大一个项目」.
const SUPERLATIVE = /最\p{Script=Han}{1,2}(?:的(?:那|一)?|那|一)[个家项位座所间笔]/u;
/** A question that picks out one thing as the most: 「投资最大的是哪个」, 「最大的一个项目是啥」, 「哪个项目投资最大」. */
const PICKED_OUT = /最\p{Script=Han}{1,2}的\p{Script=Han}{0,6}?(?:是)?(?:哪|什么|啥)|(?:哪|什么)\p{Script=Han}{0,6}最\p{Script=Han}{1,2}/u;
const RANKED = /最|第一|首位|居首|榜首|之冠|冠军|首次|首先|率先|头号|首屈一指|之首/u;

/** An edition: 第一届, 第十五期 (not 第二次, which readers say of what the article calls 首次 or 再度). */
const EDITION = /第([\d一二三四五六七八九十百]+)([届期])/gu;
/**
 * Whether `word` is (part of) a post the question names (副市长 of 常务副市长) that the article gives exactly
 * one person, and `text` names that person.
 */
function heldBy(word: string, question: string, article: Article, text: string, sentence: Article['sentences'][number]): boolean {
  const post = postsIn(question).find((p) => p.includes(word));
  if (!post) return false;
  const holders = article.people.filter((p) => p.roles.some((r) => holdsPostWhole(r, post)));
  const name = holders[0]?.name;
  // 「副区长推介时说…多少」 of the quote he gave: the words of the one who holds the post are his, named or not.
  return holders.length === 1 && name !== undefined && (text.includes(name) || spokenBy(article, sentence, name));
}

/** An ordinal of a counted thing: 第2个, 第一家, 第三批 (its number and measure word); not 第一次, which says "for the first time". */
const ORDINAL = /第([\d一二两三四五六七八九十]+)(个|家|座|项|位|批)/gu;

/** The value of an ordinal's number, written in digits or in characters (2, 二, 两). */
function ordinalValue(written: string): number {
  return /^\d+$/u.test(written) ? Number(written) : (amountOf({ value: written, unit: '' }) ?? Number.NaN);
}

/** A year, and the words that make it only what a figure is compared with (较2024年, 比2021年). */
const YEAR = /\d{4}年/gu;
const COMPARED_WITH = /(?:较|比|相比|同比|比起)/u;
/** The same said after the year, as readers ask it: 跟2024年比, 和2023年相比. */
const COMPARED_AFTER = /(?:相)?比|对比/u;

/** The whole of an area a figure is given for: 全市, 全区, 全省… */
const WHOLE_AREA = /全(?:国|省|市|区|县|镇|乡)/u;

/**
 * Whether a clause gives a figure for a whole area (全区) of another level than every place named:
 * 杭州 is a 市 (the article writes 杭州市), so 全区 is not it; 拱墅区 is a 区. A place whose level
 * neither its name nor the article tells is not judged.
 */
export function wholeOfAnother(places: readonly string[], clause: string, articleText: string): boolean {
  const whole = WHOLE_AREA.exec(clause)?.[0]?.slice(1);
  if (!whole || places.length === 0) return false;
  return places.every((place) => {
    const level = /[国省市区县镇乡]$/u.exec(place)?.[0] ?? /^[国省市区县镇乡]/u.exec(articleText.split(place).slice(1).find((rest) => /^[国省市区县镇乡]/u.test(rest)) ?? '')?.[0];
    return level !== undefined && level !== whole;
  });
}
/** An item that is a count (上市企业4家), not a name. */
const COUNTED_ITEM = /(?:^|、)[^、]*?(?<![第\d])\d+(?:家|个|位|名|项|间|所)(?:、|$)/u;
/**
 * A phrase that stops before the noun it counts or qualifies (研究机构的多位, 一些), or before what is said
 * (推介时说: the attribution of a quotation, not its content).
 */
const DANGLING = /(?:多位|多名|多家|多个|众多|一些|各位|各家|几位|几家|的|(?<![学传小解演游听])说|表示|指出)$/u;

/**
 * Whether a phrase starts on the 暨 that joins two names into one, right after the first (投资说明会|暨招商项目签约仪式):
 * the second half of a name. Not the 暨 of a name's own (「,暨南大学」).
 */
function joinedOn(sentence: string, candidate: Candidate): boolean {
  const start = candidate.start ?? sentence.indexOf(candidate.text);
  return candidate.text.startsWith('暨') && start > 0 && /\p{Script=Han}/u.test(sentence[start - 1] ?? '');
}

/** A date or period: a date DATE reads, or a named period (唐朝, 文艺复兴时期), not 这一时期. */
const WHOLE_DATE = new RegExp(`(?:${DATE.source})`, 'u');
const PERIOD = /(?:世纪|年代|朝|代|时期|年间|纪)$/u;
const DEMONSTRATIVE = /^(?:这|那|该|此|其|本|当|同)/u;


/**
 * Whether a candidate is of the kind asked at all: a date holds a date or names
 * a period (not 这一时期, not 现代的开端); a person is a name (one the article
 * introduces, or a word read as a name), not a common noun (解释权); a place
 * is named like one (not 各家医院和研究机构).
 */
/** Words that make what stands before them part of a firm's or a chamber's name: 吉林|企业商会. */
const FIRM_WORDS = /^(?:企业|商会|集团|公司)$/u;

/** What a person's name does not end with: a preposition or a verb of saying glued on by the segmenter. */
const GLUED_END = /(?:于|在|将|被|把|对|声称|宣称|表示|指出|认为|说)$/u;

function ofKind(query: Query, candidate: Candidate, article: Article, nameLike: number): boolean {
  const { text } = candidate;
  if (candidate.sibling && query.kind !== 'date' && query.kind !== 'number') return true;
  if (query.kind === 'date') return !DEMONSTRATIVE.test(text) && (WHOLE_DATE.test(text) || /\d/u.test(text) || PERIOD.test(text));
  // 「跟三井签约的是哪家公司」, 「三井和谁签约」 of 「台糖与日商三井不动产签约」: the other side of 与 is the party
  // asked, whatever it is called; to 谁, a party with a proper name (台糖), though no person, not a thing (蓝色).
  const partner = query.kind === 'organization' || query.kind === 'person' ? partnerAsked(query.question) : '';
  const party = query.kind === 'organization' || segment(text).some((t) => /^(?:nr|ns|nt|nz|j|x)/u.test(t.tag));
  if (partner && party && 'sentence' in candidate.source && partnersOf(candidate.source.sentence.norm, partner).some((x) => x.text === text)) return true;
  // 「X是谁」 of a named person is answered with their post.
  // 郭尔罗斯|宾馆: a name that a venue's or a body's word follows is that venue's, not a person's.
  if (query.kind === 'person' && candidate.start !== undefined && 'sentence' in candidate.source) {
    const after = candidate.source.sentence.norm.slice(candidate.start + text.length);
    const next = segment(after)[0]?.word ?? '';
    if (next.length >= 2 && after.startsWith(next) && PLACE_ENDING.test(next) && !ROLE_SUFFIXES.some((r) => next.endsWith(r))) return false;
    // 「北京吉林企业商会」: nor is a name an organisation's word follows (企业, 商会, 公司…).
    if (after.startsWith(next) && (ORGANIZATION_KINDS.has(next) || FIRM_WORDS.test(next))) return false;
  }
  // 「由市委、市政府主办」 for 「谁主办的」: the bodies that did the deed asked.
  if (query.kind === 'person' && candidate.doer && text.split('、').every((item) => [...ORGANIZATION_KINDS].some((k) => item.endsWith(k)))) return true;
  if (query.kind === 'person' && !ROLE_SUFFIXES.some((r) => text.endsWith(r))) {
    if (article.people.some((p) => text.includes(p.name)) || dotName(text)) return true;
    // 「感谢了谁」 of 「帮助松原发展」: a name the article gives as an area's (松原市) is a place's.
    // Not 林佳龙|市长: an area's name is not followed by its head's post (市长, 市委).
    const asArea = new RegExp(`${escapeRegExp(text)}(?:${ADMIN_AREA_NAMES.join('|')})(?![长委])`, 'u');
    if (article.sentences.some((s) => asArea.test(s.norm))) return false;
    // 「曾于」, 「优西比乌声称」 → 比乌声称: a name does not end on a preposition or a verb of saying glued to it.
    if (GLUED_END.test(text)) return false;
    // A word jieba does not know may be a name, if it begins like one; a phrase with a verb or a locative in it is none (发展北都之后).
    if (segment(text).some((t) => /^(?:v|f)$/u.test(t.tag) && t.word.length >= 2)) return false;
    return segment(text).some((t) => /^nr/u.test(nameTag(t.word, t.tag)) || (t.tag === 'x' && /^\p{Script=Han}{2,4}$/u.test(t.word) && nameLikelihood(t.word) >= nameLike));
  }
  // 「在哪个大学任职」: an organisation of the kind asked, not the person's other one.
  if (query.kind === 'organization') {
    const asked = modifiedNoun(query.question);
    // 「哪家公司的项目」 of 「招商蛇口运河网谷」: a firm is often named short, by the start of the name of a 公司 the
    // article gives someone a post at (招商蛇口产业园区杭州公司).
    const firmOfSomeone = /^(?:公司|集团)$/u.test(asked) && text.length >= 2 && article.people.some((p) => p.roles.some((r) => organizationOf(r).some((o) => o.startsWith(text) && o.endsWith(asked))));
    // 「除了协会的职务，还在哪个机构任职」: not the body set aside.
    const setAside = /除了(?<what>\p{Script=Han}{2,8}?)(?:的|那|这|之外|以外|[，,])/u.exec(query.question)?.groups?.what;
    if (setAside && text.includes(setAside)) return false;
    // 「在哪个机构做主任委员」: 机构 names a body of any kind (a 交易所's 中心), named by more than its kind's word (not 西部).
    const anyBody = asked === '机构' && [...ORGANIZATION_KINDS].some((k) => text.endsWith(k) && text.length >= k.length + 2);
    return !ORGANIZATION_KINDS.has(asked) || anyBody || text.includes(asked) || (asked === '学校' && SCHOOL_KINDS.some((k) => text.includes(k))) || firmOfSomeone;
  }
  // 「哪一种语言」 of 「…使用人数最多的语言」: one thing picked out of its kind is named by a noun, not by a superlative
  // said of it (人数最多).
  if ((query.kind === 'phrase' || query.kind === 'place') && WHICH_ONE.test(query.question) && !MANNER.test(query.question) && SUPERLATIVE_END.test(text)) return false;
  // 「最大的岛屿为何」 of 「由四个岛屿组成」: a bare count names no thing.
  if (query.kind === 'phrase' && /^[\d零〇一二两三四五六七八九十百千万亿]+[个位名家项种只条座件次]$/u.test(text)) return false;
  // 「长三角生物医药发展怎么样」 asks how something stands: a noun alone (趋势 of 发展趋势, 地区) says nothing of it.
  if (query.kind === 'phrase' && STATE_ASKED.test(query.question) && !NAME_ASKED.test(query.question)) {
    const tokens = segment(text);
    if (tokens.length === 1 && /^(?:n|s|f|t|ns|nz)$/u.test(tokens[0]?.tag ?? '')) return false;
  }
  // 「北都是什么」 asks what a thing is: a deed alone (发展 of 「进驻北都发展」) says what is done, not what it is,
  // and a place it is in (数字经济小镇内 of 「运河网谷地处…小镇内」) where it is.
  if (query.kind === 'phrase' && /是(?:什么|啥|何物)[？?]?$/u.test(query.question)) {
    const tokens = segment(text);
    // A noun of action (vn: 发展, but also 生命) is a deed only where it goes on from the thing asked about (北都|发展).
    const subject = query.question.replace(/是(?:什么|啥|何物)[？?]?$/u, '').slice(-2);
    const after = candidate.start !== undefined && 'sentence' in candidate.source && subject.length === 2 && candidate.source.sentence.norm.slice(0, candidate.start).endsWith(subject);
    if (tokens.length === 1 && (tokens[0]?.tag === 'v' || (tokens[0]?.tag === 'vn' && after))) return false;
    if (/(?:内|里|境内|之中)$/u.test(text)) return false;
  }
  // 「叫什么名字」 asks for a name: a proper noun, a Latin word or something quoted, not 现场 or 活动.
  if (query.kind === 'phrase' && NAME_ASKED.test(query.question)) {
    // 「那家世界500强子企业叫啥」 of 「…区域总部1家、上市企业4家」: a kind the sentence counts names no one of them.
    if (candidate.start !== undefined && 'sentence' in candidate.source && COUNT_AFTER.test(candidate.source.sentence.norm.slice(candidate.start + text.length))) return false;
    const quoted = candidate.start !== undefined && 'sentence' in candidate.source && /[“「『‘《"(（]$/u.test(candidate.source.sentence.norm.slice(0, candidate.start));
    return (
      quoted ||
      /[《“「『‘"A-Za-z]/u.test(text) ||
      segment(text).some((t) => /^(?:nr|ns|nt|nz|x|eng)/u.test(nameTag(t.word, t.tag))) ||
      // 「一个是时尚之都,还有一个数字新城,另外一个叫啥」: the item left of a list the question names the others of.
      (candidate.start !== undefined && 'sentence' in candidate.source && itemBesideNamed(candidate.source.sentence.norm, candidate.start, text, query.question))
    );
  }
  // 「是哪家企业」 asks for a firm by its name: not a deed (发展, 加快建设…) nor a kind of firm the sentence counts (上市企业4家).
  if ((query.kind === 'phrase' || query.kind === 'items') && FIRM_ASKED.test(query.question)) {
    if (!text.split('、').every(firmLike)) return false;
    if (candidate.start !== undefined && 'sentence' in candidate.source && COUNT_AFTER.test(candidate.source.sentence.norm.slice(candidate.start + text.length))) return false;
  }
  if (query.kind === 'place') {
    if (namedAsFirm(text, article.sentences.map((s) => s.norm).join(''))) return false;
    // 「西洽会在哪个城市举办」 of 「亚洲300…论坛重庆峰会」: a continent or a country is no city.
    // 「在哪个省」 of 「中国·查干湖」: nor is either a province or any area asked by its level, and 「在哪个市举行」
    // of 「在郭尔罗斯宾馆举行」: nor is a venue.
    const area = askedPlaceKind(query.question);
    if ((CITY_ASKED.test(query.question) || ADMIN_AREA.test(area)) && (/(?:洲|国)$/u.test(text) || namedAsVenue(text))) return false;
    // 「在哪个省」 of 「…数字经济小镇」: a name that ends as a place of another kind (小镇, 园区, 网谷) is not the area asked.
    const ending = PLACE_ENDING.exec(text)?.[0] ?? '';
    // 「亚洲300论坛在哪个城市开的」 of 「…论坛重庆峰会」: a name that ends as an event's (峰会, 论坛) is the event's.
    if (EVENT_ENDING.test(text)) return false;
    // 「台中后火车站在哪」 of 「后火车站的旧城」: what the thing asked about has (X的Y) is part of it, not where it is.
    const owner = 'sentence' in candidate.source && candidate.start !== undefined ? /(\p{Script=Han}{2,})的$/u.exec(candidate.source.sentence.norm.slice(Math.max(0, candidate.start - 12), candidate.start))?.[1] ?? '' : '';
    if (owner && /在哪|位于哪|在什么地方/u.test(query.question) && query.question.includes(owner.slice(-3))) return false;
    // 「招商蛇口产业园区总部设在哪」 of 「招商蛇口产业园区杭州公司」: a place between the body asked about and 公司 names its branch.
    if ('sentence' in candidate.source && candidate.start !== undefined && BRANCH.test(candidate.source.sentence.norm.slice(candidate.start + text.length))) {
      const before = candidate.source.sentence.norm.slice(Math.max(0, candidate.start - 3), candidate.start);
      if (before.length === 3 && query.question.includes(before)) return false;
    }
    // 「在哪个场馆办的」 of 「在重庆闭幕」: a city, a district or a park is no venue.
    if (notTheVenueAsked(query.question, text)) return false;
    // 「西洽会在哪里开的」 of 「四川省等共计115个项目在本届西洽会上签约」: where an event was held is said with a verb of holding it.
    if (HELD_ASKED.test(query.question) && 'sentence' in candidate.source && !HELD_VERB.test(candidate.source.sentence.norm)) return false;
    // 「哪个区被叫做城市之眼」 of 「杭州核心城区」: a name that ends in a word for areas at large (城区, 市区) names none.
    if (ADMIN_AREA.test(area) && GENERIC_PLACES.has(text.slice(-2))) return false;
    // 「哪一区」 of 「湖滨生态园区」: a park (园区) or a scenic area (景区) is no district either.
    if (ADMIN_AREA.test(area) && ending.length >= 2 && (!ending.endsWith(area) || GENERIC_PLACES.has(ending))) return false;
    // 「落户北都哪个区」 of 「落户香港」: a name that ends as a place of another kind (港, 岛, 湾) is no district either
    // (a province or a city may be named so: 黑龙江, 香港).
    if (/^[区县镇乡村]$/u.test(area) && ending.length === 1 && !ADMIN_AREA.test(ending)) return false;
    // 「在哪个区」 of 「松原市」: an area of another level is not the one asked.
    if (ADMIN_AREA.test(area) && ADMIN_AREA.test(ending) && !text.includes(area)) return false;
    // A place word alone (中心, 园区) names no place; what stands before it does. A name that runs
    // on into a verb (台糖湖滨生态园区打造) is a piece of a clause.
    const end = PLACE_ENDING.exec(text);
    const tokens = segment(text);
    if (tokens.length > 1 && /^v/u.test(tokens.at(-1)?.tag ?? '')) return false;
    // 外地大学: a place word that names no particular place makes no place of what it qualifies.
    return (end !== null && end[0].length < text.length && !GENERIC_PLACES.has(text.slice(0, end.index))) || tokens.some((t) => t.tag === 'ns' && !GENERIC_PLACES.has(t.word));
  }
  return true;
}

/** Whether the sentence quotes the candidate whole: an opening mark right before it, its closing mark right after. */
function quotedWhole(sentence: string, candidate: Candidate): boolean {
  const start = candidate.start ?? sentence.indexOf(candidate.text);
  if (start < 1) return false;
  const close = QUOTE_PAIRS[sentence[start - 1] ?? ''];
  return close !== undefined && sentence[start + candidate.text.length] === close;
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '‘': '’', '《': '》', '"': '"', '（': '）', '(': ')' };

/** Words with which a question asks for the other items of a list: 除了A还有什么, A和B以及什么. */
const OTHERS = /除了|除去|以外|之外|还有|另外|另一|其他|其它|其余|以及|[和与及、]/u;

/** Asking for a kind of the noun after it: 哪类(龙头企业), 什么类型的(企业), 哪几种(产品). */
const KIND_OF = /哪一?[类种]|哪几[类种]|哪些(?:类型|种类)|什么(?:类型|种类|样|类)|何种/u;

/**
 * Whether the candidate stands as the kind of the noun a question asks it of, where the sentence says the
 * question's deed of that noun (引进…龙头企业 for 「引进了哪类龙头企业」): ending with it, or right before it, a few
 * characters of the noun's own modifiers apart (生物医药、医疗器械|龙头企业). True when the question asks no kind
 * by a verb, asks something else too (使用何种燃料，什么必不可少), or the sentence does not say that deed of the noun.
 */
function kindOfAskedNoun(sentence: string, candidate: Candidate, question: string): boolean {
  const kind = KIND_OF.exec(question);
  if (!kind || candidate.start === undefined) return true;
  if (/什么|啥|哪|谁|何/u.test(question.slice(0, kind.index) + question.slice(kind.index + kind[0].length))) return true;
  const verb = segment(question.slice(0, kind.index).replace(/[了过着]+$/u, '')).at(-1);
  const head = modifiedNoun(question);
  const rest = question.slice(kind.index + kind[0].length).replace(/^的/u, '');
  // The noun with the question's own modifiers (龙头企业): 子企业 ends in 企业 but is no 龙头企业.
  const noun = head && rest.includes(head) ? rest.slice(0, rest.indexOf(head) + head.length) : '';
  if (!noun || !verb || !/^v/u.test(verb.tag) || candidate.text.endsWith(noun)) return true;
  const said = sentence.indexOf(noun);
  if (said < 0 || !sentence.slice(clauseAt(sentence, said).start, said).includes(verb.word)) return true;
  const after = sentence.slice(candidate.start + candidate.text.length).replace(/^(?:等|的|类|型)+/u, '');
  const at = after.indexOf(noun);
  return at >= 0 && at <= 4 && !ITEM_BREAK.test(after.slice(0, at));
}

/** Whether `text` at `start` ends an item of an enumeration (、) another item of which the question names whole (or by its last four characters). */
function itemBesideNamed(sentence: string, start: number, text: string, question: string): boolean {
  const clause = clauseAt(sentence, start);
  const items = sentence.slice(clause.start, clause.end).split('、');
  const named = (item: string): boolean => (item.length >= 2 && question.includes(item)) || (item.length > 4 && question.includes(item.slice(-4)));
  return items.length >= 2 && items.some((i) => i.endsWith(text)) && items.some((i) => !i.endsWith(text) && named(i));
}

/** Whether the candidate is an item of an enumeration (、) another item of which the question names. */
function siblingOfAsked(sentence: string, candidate: Candidate, question: string): boolean {
  if (candidate.start === undefined || OTHERS.test(question)) return false;
  const clause = clauseAt(sentence, candidate.start);
  const items = sentence.slice(clause.start, clause.end).split('、');
  if (items.length < 2) return false;
  if (items.some((i) => i.endsWith(candidate.text) || i === candidate.text)) {
    // 「A、B以及什么」 names several items to ask for the one left.
    if (items.filter((i) => i.length >= 2 && !i.includes(candidate.text) && question.includes(i)).length === 1) return true;
  }
  // 「那个Asia300是啥活动」 of 「…、亚洲300(Asia300)全球商业论坛重庆峰会、…、2019“央企重庆行”等重大活动」: the question
  // names a Latin name of another item, and none of the candidate's own. Two pieces joined by 、 may be two
  // things said of one (以亲子为主题、占地4.36公顷的购物商场LaLaport): only a list of three or more counts.
  if (items.length < 3) return false;
  let from = clause.start;
  const spans = items.map((text) => ({ text, start: (from += text.length + 1) - text.length - 1 }));
  const own = spans.find((i) => candidate.start !== undefined && candidate.start >= i.start && candidate.start < i.start + i.text.length)?.text ?? '';
  const latin = question.match(/[A-Za-z][A-Za-z0-9]{2,}/gu) ?? [];
  return latin.some((w) => !own.includes(w) && spans.some((i) => i.text !== own && i.text.includes(w)));
}

/**
 * Whether a text reads as a transliterated name, its parts joined by a dot (约翰·洛吉·贝尔德), not a place and
 * a name (中国·查干湖) or a piece of a clause (是中国·…).
 */
function dotName(text: string): boolean {
  const parts = text.split(/[·•・‧]/u);
  return parts.length >= 2 && parts.every((p) => /^\p{Script=Han}{1,8}$/u.test(p)) && !/^[是在的于为和与]/u.test(text) && !parts.some((p) => segment(p).some((t) => t.tag === 'ns' && t.word.length >= 2));
}

/** Whether the segmenter reads the two characters `pair` of `question` inside one word (台东 of 全|台东市, not 脚台 of 落脚|台中). */
function withinWord(question: string, pair: string): boolean {
  const at = question.indexOf(pair);
  let offset = 0;
  for (const { word } of segment(question)) {
    // The segmenter drops spaces: find each word where it stands.
    const found = question.indexOf(word, offset);
    if (found < 0 || found > at) return false;
    if (found + word.length > at + 1) return true;
    offset = found + word.length;
  }
  return false;
}

/** Whether `text` at `start` opens on the one-character ending (市, 区) of the area whose name, just before it, the question gives. */
function opensOnAreaEnding(sentence: string, start: number, text: string, question: string): boolean {
  const first = segment(text)[0]?.word ?? '';
  return ADMIN_AREA_NAMES.includes(first) && question.includes(sentence.slice(start - 2, start));
}

/**
 * Whether the text at `end` cuts a name of the question in two, two characters or more on each side (运河|网谷 of
 * 运河网谷). One character before the cut is the answer's own ending, which the question may say after its
 * question word (南半区 for 「哪一区的施工」), and a stretch with a particle in it joins two words, not a name's halves
 * (中国市场|的销量 for 「哪一个市场的销量」).
 */
function endsInsideAsked(sentence: string, end: number, question: string): boolean {
  for (let before = 2; before <= 3 && before <= end; before++) {
    for (let after = 2; after <= 3 && end + after <= sentence.length; after++) {
      const stretch = sentence.slice(end - before, end + after);
      // 「在哪家宾馆举行」 of 「…在郭尔罗斯宾馆举行」: the kind of place asked, not a name the answer is cut from.
      const kind = sentence.slice(end - before, end);
      const asked = PLACE_ENDING.test(kind) && new RegExp(`(?:哪|什么)\\p{Script=Han}?${escapeRegExp(stretch)}`, 'u').test(question);
      if (!PARTICLE.test(stretch) && question.includes(stretch) && !asked) return true;
    }
  }
  return false;
}

/**
 * Whether a place of the question is the dateline's and stands right before a name the evidence holds (重庆|西洽会,
 * 台中|LaLaport): a word of two characters or more that jieba takes for a name or does not know. A common word
 * after it (重庆|企业) asks of the place itself.
 */
function placeOfNamed(place: string, question: string, evidence: string, article: Article): boolean {
  if (!article.dateline || !normalize(article.dateline.place).toLowerCase().includes(place)) return false;
  const lower = question.toLowerCase();
  const next = segment(lower.slice(lower.indexOf(place) + place.length))[0];
  return next !== undefined && next.word.length >= 2 && /^(?:x|nz|ns|nt|j|eng)$/u.test(next.tag) && evidence.includes(next.word);
}

/** What may stand between a place and the thing of it a question names: 重庆|那届|西洽会, 杭州|的|运河网谷. */
const BEFORE_THING = /^(?:[这那](?:届|次|场|个|座|家|所|项|位)?|的)/u;
/** How far before a thing the article may name its place and still be placing it (杭州|市拱墅区招商蛇口|运河网谷). */
const PLACED_WITHIN = 10;

/**
 * Whether the question names a place right before a thing the evidence holds, and the article itself places that
 * thing there: 「杭州运河网谷…」 of an article that says 「在杭州市拱墅区招商蛇口运河网谷召开」. The place then holds
 * for every fact of the thing. A place said alone (「杭州有多少家上市企业」) still asks of the whole place.
 */
function placeOfThing(place: string, question: string, evidence: string, article: Article): boolean {
  const lower = question.toLowerCase();
  const after = lower.slice(lower.indexOf(place) + place.length).replace(BEFORE_THING, '');
  let thing = '';
  for (let end = 2; end <= Math.min(8, after.length); end++) if (evidence.includes(after.slice(0, end))) thing = after.slice(0, end);
  if (thing.length < 2 || PARTICLE.test(thing)) return false;
  const both = article.sentences.map((s) => s.norm.toLowerCase()).filter((s) => s.includes(place) && s.includes(thing));
  // The thing must be named (运河网谷, 西洽会), not a common noun (企业): a place's firms are not one firm's.
  if (both.length === 0 || !segment(thing).some((t) => /^(?:x|nz|ns|nt|nr|j|eng)$/u.test(t.tag) || /[a-z]/u.test(t.word))) return false;
  const placing = new RegExp(`${escapeRegExp(place)}[^，,。；;：:、！？!?（）()“”"'‘’\\s]{0,${PLACED_WITHIN}}?${escapeRegExp(thing)}`, 'u');
  return both.some((s) => placing.test(s));
}

/** How a sentence that goes on from the one before opens: 当中, 其中, 其余. */
const GOES_ON = /^(?:当中|其中|这当中|这其中|其余|其他的?)/u;

/** The sentence before `sentence` in its paragraph, when `sentence` goes on from it (当中近300间来自内地…); else undefined. */
function continuedFrom(article: Article, sentence: Article['sentences'][number]): Article['sentences'][number] | undefined {
  const before = article.sentences[sentence.index - 1];
  return GOES_ON.test(sentence.norm) && before?.paragraph === sentence.paragraph ? before : undefined;
}

/** 「该据点」, 「此项目」: a noun pointed back at, with what it is (two characters). */
const POINTED_BACK = /(?:该|此|这个|这一)(?<noun>\p{Script=Han}{2})/gu;

/** The sentence before `sentence`, when `sentence` points back (该据点) at a noun that one holds; else undefined. */
function referredBack(article: Article, sentence: Article['sentences'][number]): Article['sentences'][number] | undefined {
  const before = article.sentences[sentence.index - 1];
  if (!before) return undefined;
  return [...sentence.norm.matchAll(POINTED_BACK)].some((m) => before.norm.includes(m.groups?.noun ?? '\u0000')) ? before : undefined;
}

/** Whether `year` (2019年) is the year the article was published and the evidence (with its paragraph) dates nothing otherwise. */
function yearOfReport(year: string, article: Article, evidence: string): boolean {
  const asked = /^(?<y>(?:19|20)\d\d)年?$/u.exec(year)?.groups?.y;
  return asked !== undefined && publishedYear(article) === Number(asked) && !/(?:19|20)\d\d年|[前去今明上同当]年/u.test(evidence);
}

/** Particles that join words: a stretch holding one is no name. */
const PARTICLE = /[的之是在与和及了]/u;

/** Whether a name (a noun of two characters or more, or a Latin word) stands right before the number at `start`: 亚洲|300, Asia300, not 因|235. */
function gluedToName(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 8), start);
  const last = segment(before).at(-1);
  return last !== undefined && before.endsWith(last.word) && last.word.length >= 2 && (/^(?:n|ns|nr|nt|nz|x|j)$/u.test(last.tag) || /^[A-Za-z]+$/u.test(last.word));
}
/** A bare number that reads as a year. */
const YEARLIKE = /^(?:1[5-9]|20)\d\d$/u;

/**
 * Whether the sentence fills the frame the question asks of (主题 of 「以X为主题」, 主导产业 of 「以X为主导产业」)
 * with something that does not hold the candidate and is not held by it.
 */
function outsideFrame(sentence: string, text: string, question: string): boolean {
  for (const m of sentence.matchAll(FRAMED_AS)) {
    const [filled, frame] = [m[1]?.replace(/^[“「‘"]|[”」’"]$/gu, '') ?? '', m[2] ?? ''];
    if (!question.includes(frame) || question.includes(`以${frame}`) || !filled) continue;
    if (!filled.includes(text) && !text.includes(filled)) return true;
  }
  return false;
}

/** A frame that says what a thing's attribute is: 以X为主题, 以X为主导产业, 以X为核心发展方向. */
const FRAMED_AS = /以([“「‘"][^”」’"]{1,30}[”」’"]|[^，,。；;以为]{2,30}?)为(主题|主导产业|核心发展方向|发展方向|核心|重点|宗旨|目标)/gu;

/** The words a frame (以X为核心) puts a thing in. */
const FRAME_WORD = /^(?:核心|主题|重点|主线|目标|宗旨|导向|中心|依托|基础|抓手|主导)$/u;

/** What an area's name ends with when the article names it whole (松原市, 拱墅区). */
const ADMIN_AREA_NAMES = readWords('places.yaml', 'administrative');

/** What makes a name of a body's branch out of the place before it: 杭州公司, 上海分行. */
const BRANCH = /^(?:分?公司|分行|分社|分院|分部|办事处|代表处)/u;
/** How an event's name ends: 重庆峰会, 全球商业论坛. */
const EVENT_ENDING = /(?:峰会|论坛|大会|博览会|洽谈会|交流会|座谈会|推介会|说明会|仪式|典礼)$/u;

/** A question that asks for a city by the word for one. */
const CITY_ASKED = /(?:哪个|哪座|哪一个|哪一座|什么|啥)城市/u;

/** The areas a question may ask for by their level: one character (哪个省, 哪个区), or 街道. */
const ADMIN_AREA = /^(?:[省市县区镇乡村州]|街道)$/u;

/** Questions that ask which firm: 哪家企业, 哪些公司, 是哪家 (什么企业 and 哪些企业 may ask what kind: 生物医药龙头企业). */
const FIRM_ASKED = /(?:哪家|哪几家|哪一家|哪个)(?:企业|公司|集团|厂商|厂家|商家|银行|财团|开发商)|哪些(?:公司|集团|银行)|是哪一?家(?:企业|公司)?的?$|哪几家[啊呀呢吧]?$|是哪一?家(?:世界|全球|中国)?\d+强(?:企业|公司)?的?$/u;

/** How a firm's name ends: a name before 公司, 集团… (not 企业, which names kinds of firm as often). */
const FIRM_ENDING = /\p{Script=Han}{2,}(?:公司|集团|银行|不动产|控股|股份)$/u;

/** Whether a text may name a firm: a Latin or proper name in it (三井, 台糖), or a name before 公司, 集团…. */
function firmLike(text: string): boolean {
  return /[A-Za-z]/u.test(text) || FIRM_ENDING.test(text) || segment(text).some((t) => /^(?:nr|ns|nt|nz|x|j|eng)/u.test(nameTag(t.word, t.tag)));
}

/** A count right after a noun (上市企业|4家): the noun is a kind of thing counted, not one named. */
const COUNT_AFTER = /^[\d零〇一二两三四五六七八九十百千万]+(?:家|个|间|所)/u;

/** Questions that ask where an event was held: 在哪开的, 在哪里举办. */
const HELD_ASKED = /哪(?:里|儿|个地方)?(?:开|办|召开|举办|举行|开幕|闭幕)(?:的|了)?$/u;
/** The verbs that say an event was held. */
const HELD_VERB = /召开|举行|举办|开幕|闭幕|开会|主办|承办|在[^，,。；;]{2,20}?(?:开|办)/u;

/** Questions that ask how something stands or goes. */
const STATE_ASKED = /怎么样|咋样|怎样|如何|什么情况|啥情况/u;

/** A question for one thing out of its kind: 哪一种语言, 哪个建筑, 哪条河. */
const WHICH_ONE = /哪一?(?:个|種|种|部|本|条|家|所|座|项|类|句|支|国|间|处|片|块|首|篇|份|门|只|艘|架|场|届)/u;

/** …unless it asks how something is done, which a deed answers: 哪种方式, 哪个原因. */
const MANNER = /哪一?[个种](?:方式|方法|途径|手段|形式|原因|理由|办法)/u;

/** A superlative said of a thing (人数最多, 流量最大), which names none. */
const SUPERLATIVE_END = /(?:最多|最少|最大|最小|最高|最低|最早|最晚|最长|最短)$/u;

/** Questions that ask what something is called. */
const NAME_ASKED = /叫(?:做)?(?:什么|啥)|(?:什么|啥)名(?:字|称)?(?!\p{Script=Han})|名称是什么|名字是什么|全称|全名/u;

/** What may stand around the question's own words in an answer that says nothing new: 各家|医院 for 哪些医院. */
const FILLER = /^[各家多些位的等众一所有某其他这那该本此个种类批]*$/u;

/**
 * Whether an answer only repeats the question: take away every stretch of two
 * or more characters the question holds, and only quantifiers and particles
 * are left (「各家医院」 for 「专家来自哪些医院」).
 */
export function echoes(answer: string, question: string): boolean {
  // 「来自各家医院」 for 「哪些医院的专家」: where from, and still only the question's own words.
  let rest = answer.replace(/^(?:来自|在|从|由|于)/u, '');
  for (let n = Math.min(rest.length, 8); n >= 2; n--) {
    for (let i = 0; i + n <= rest.length; ) {
      if (question.includes(rest.slice(i, i + n))) rest = rest.slice(0, i) + rest.slice(i + n);
      else i++;
    }
  }
  return rest.length < answer.length && FILLER.test(rest);
}

/**
 * Whether an answer is the end of a word the question itself names: 活动 of 「座谈活动」 when
 * the question asks about the 座谈会 (a synonym), or the question holds the whole word.
 */
function completesAsked(candidate: Candidate, question: string): boolean {
  if (!('sentence' in candidate.source) || candidate.start === undefined) return false;
  const { norm } = candidate.source.sentence;
  for (let k = 1; k <= 4 && k <= candidate.start; k++) {
    const whole = norm.slice(candidate.start - k, candidate.start) + candidate.text;
    if (question.includes(whole) || synonymsOf(whole).some((w) => question.includes(w))) return true;
  }
  return false;
}

/**
 * Whether a phrase is a piece cut out of a person's title (中国技术交易所医学成果 of
 * …医学成果转化中心主任委员): not the whole title, nor one of its organisations, nor the part the
 * question asks for by its kind (哪个研究院 of 暨南大学衰老与再生医学研究院院长).
 */
function pieceOfTitle(text: string, article: Article, question: string): boolean {
  const asked = headNoun(question);
  // The part asked holds the post itself (研究院|院长), the kind asked its last word.
  const heldPost = (role: string): boolean => asked.length > 0 && text.endsWith(asked) && ROLE_SUFFIXES.some((post) => role.endsWith(text + post));
  return article.people.some((p) =>
    p.roles.some((role) => {
      const whole = role === text || role.split('、').includes(text) || organizationOf(role).includes(text) || heldPost(role);
      return role.includes(text) && !whole;
    }),
  );
}

/**
 * Whether a phrase is the post of a person the question names (「鞠振宇演讲题目是什么」 →
 * 暨南大学衰老与再生医学研究院院长), and the question asks for no part of it: who they
 * are is not what was asked of them.
 */
function titleOfAsked(question: string, text: string, article: Article): boolean {
  // 「姜秀超是哪家公司的」 asks for a part of their post: the noun asked stands in it.
  const asked = headNoun(question);
  return article.people.some((p) => {
    if (!question.includes(p.name)) return false;
    const rest = text.replace(p.name, '');
    return rest.length >= 2 && p.roles.some((role) => role.includes(rest) && !(asked && role.includes(asked)));
  });
}

/** The kinds of answer that are no person: a phrase, a list of things, a post or an organisation. */
const NAMES_NO_ONE: ReadonlySet<string> = new Set(['phrase', 'items', 'role', 'organization']);

/** Whether the question asks about `item` itself: it stands right after the gap (有哪些上市企业) or right before it (外地大学是哪几所). */
function itemAsked(item: string, c: Cloze | null): boolean {
  return c !== null && (c.right.startsWith(item) || c.left.replace(ASKED_OF, '').endsWith(item));
}

/** What joins the noun asked about to the question word after it: 外地大学(都)是哪几所, 兄弟省份有哪些. */
const ASKED_OF = /(?:都|分别|具体|主要)?(?:是|有|包括|叫)$/u;

/**
 * A what-question that asks what the counted things are (那4家上市企业叫啥, 五大产业链是什么),
 * not for one more of them (三大战役包括辽沈、平津以及哪一个).
 */
const NAMES_THE_COUNTED = /(?:\d|[二两三四五六七八九十])(?:大|个|家|项|种|条|位|名|块|类|所|座)[^\P{Script=Han}的]{0,6}?(?:分别|都|各)?(?:叫|是|有|指)(?:什么|啥|哪些)/u;

/** A question for what one figure stands for: 「‘1+4’里的4是指什么」, 「那个“1”代表啥」. */
const FIGURE_MEANING = /(?:(?<![\d.+])(?<digits>\d+)|[“‘"'「](?<numeral>[一二两三四五六七八九十])[”’"'」])[”’"'」]?(?:具体|到底)?(?:是|所)?(?:指|代表)/u;

/** What introduces the meaning of a figure right after it: 「4即…」, 「4是指…」, 「‘4’（…）」, 「4个：…」. */
const INTRODUCES_MEANING = /即|指|是|为|包括|包含|：|:|（|\(/u;

/**
 * Whether an answer spells out the figure the question asks the meaning of: it follows that figure
 * after a word that introduces a meaning. 「锚定‘1+4’产业主赛道」 names the figures and says nothing of
 * what its 4 is. True when the question asks no such thing.
 */
function spellsOutFigure(question: string, sentence: string, candidate: Candidate): boolean {
  const asked = FIGURE_MEANING.exec(question)?.groups;
  const figure = asked?.digits ?? asked?.numeral;
  if (!figure) return true;
  const start = candidate.start ?? sentence.indexOf(candidate.text);
  for (let at = sentence.indexOf(figure); at >= 0 && at < start; at = sentence.indexOf(figure, at + 1)) {
    const between = sentence.slice(at + figure.length, start);
    if (between.length <= 12 && INTRODUCES_MEANING.test(between)) return true;
  }
  return false;
}

/** The items of an answer: parts joined by 、 or 和/及/与. */
function itemCount(text: string): number {
  // Quoted names side by side (‘杭州之心’‘城市之眼’) are items too.
  return text.split(/[、,，]|和|及|与|[’”」』][‘“「『]/u).filter((part) => part.length > 0).length;
}

/** 「除了主题演讲的嘉宾，还有谁…」: what the question sets aside, described rather than named. */
const EXCEPT = /除了(?<what>\p{Script=Han}{2,10}?)(?:的)?(?:嘉宾|人|专家|领导|人员|代表)?[，,]?(?:还有|另外|其他|以外|之外)/u;

/**
 * Whether the question sets aside what the answer's part of the sentence is about: the people of
 * 「…分别进行了主题演讲」 for 「除了主题演讲的嘉宾，还有谁分享了」. Only for people described, not named
 * (「除了张三还有谁」 asks for the ones named beside them), and not for things: 「原因有二，除了A还有哪一原因」
 * finds the other beside A.
 */
function excluded(question: string, candidate: Candidate, article: Article, sentence: string): boolean {
  const what = EXCEPT.exec(question)?.groups?.what;
  // A list of people stands where its first name does.
  const start = candidate.start ?? sentence.indexOf(candidate.text.split('、')[0] ?? '');
  if (!what || start < 0 || article.people.some((p) => what.includes(p.name))) return false;
  const parts = sentence.split(PART_BREAK);
  let at = 0;
  for (const part of parts) {
    if (start >= at && start < at + part.length) return part.includes(what);
    at += part.length + 1;
  }
  return false;
}

/** The breaks between the parts of a sentence that speak of different people: 「…推介；…演讲；…分享。」 */
const PART_BREAK = /[；;。]/u;

/**
 * Whether an answer stands in the part of its sentence that speaks of the
 * person the question names (「鞠振宇演讲题目是什么」 is not answered from the
 * part about the other experts). True when the sentence does not name them.
 */
function besideNamed(query: Query, candidate: Candidate, article: Article, sentence: string): boolean {
  const start = candidate.start ?? -1;
  if (start < 0) return true;
  const named = article.people.filter((p) => query.question.includes(p.name) && sentence.includes(p.name));
  if (named.length === 0) return true;
  // 「…李岩…推介。他说，…」: a part that opens with 他/她 goes on speaking of the one before.
  const partOf = (at: number): number => [...sentence.slice(0, at)].filter((ch, i) => PART_BREAK.test(ch) && !/^[他她]/u.test(sentence.slice(i + 1))).length;
  const part = partOf(start);
  return named.some((p) => {
    for (let at = sentence.indexOf(p.name); at >= 0; at = sentence.indexOf(p.name, at + 1)) if (partOf(at) === part) return true;
    return false;
  });
}

/** Whether the clause at `start` holds one of `words` (增长 for a change asked). */
function saidWith(sentence: string, start: number, words: readonly string[]): boolean {
  if (start < 0 || words.length === 0) return false;
  const clause = clauseAt(sentence, start);
  return words.some((w) => sentence.slice(clause.start, clause.end).includes(w));
}

/** Whether a number's unit is one of a measure's (亿元 counts in 元); a bare number only where the measure allows it. */
function fitsMeasure(text: string, units: readonly string[], bare: boolean): boolean {
  const unit = findNumbers(text)[0]?.unit ?? '';
  const base = unit.replace(/^(?:多|余)?(?:万亿|亿|万|千)?(?=.)/u, '');
  return unit === '' ? bare : units.includes(unit) || units.includes(base);
}

/** Characters a place name and what follows it in one name run on with (杭州市拱墅区招商蛇口运河网谷). */
const NAME_RUN = /^[\p{Script=Han}A-Za-z0-9]{3,14}/u;

/**
 * Whether the evidence speaks of a place the article names within `place`:
 * somewhere the article writes `place` and runs on into a name (杭州|市拱墅区招商蛇口运河网谷)
 * of which three or more characters stand in the evidence and not in the question.
 */
function speaksOfPlaceWithin(article: Article, place: string, evidence: string, question: string): boolean {
  const body = article.paragraphs.map((p) => p.norm).join('\n').toLowerCase();
  for (let at = body.indexOf(place); at >= 0; at = body.indexOf(place, at + 1)) {
    const after = NAME_RUN.exec(body.slice(at + place.length))?.[0] ?? '';
    for (let i = 0; i + 3 <= after.length; i++) {
      for (let j = after.length; j - i >= 3; j--) {
        const part = after.slice(i, j);
        if (evidence.includes(part) && !question.includes(part)) return true;
      }
    }
  }
  return false;
}

/** Whether a question asks who holds `post` (「台中市长是谁」, 「谁是副区长」), not who did something to its holder. */
function asksHolder(question: string, post: string): boolean {
  const at = escapeRegExp(post);
  return new RegExp(`${at}(?:的人)?(?:是|叫|为)?(?:谁|哪位|哪个人|什么名字|叫什么|叫啥|姓什么)|(?:谁|哪位)(?:是|担任|当)[^，,]*${at}`, 'u').test(question);
}

/**
 * The post a sentence calls a name by right after it (「龙龙部长」 → 部长), '' when there is none, or when a
 * post stands right before the name too (「司法部长－宾劳·安贝卡博士」: the post comes first, 博士 is a title).
 */
function titleAfter(sentence: string, candidate: Candidate): string {
  const start = candidate.start;
  if (start === undefined || sentence.slice(start, start + candidate.text.length) !== candidate.text.toLowerCase()) return '';
  const before = sentence.slice(0, start).replace(/[\s－—\-·:：]+$/u, '');
  if (ROLE_SUFFIXES.some((r) => before.endsWith(r))) return '';
  const end = start + candidate.text.length;
  const next = postsIn(sentence.slice(end, end + 12))[0] ?? '';
  return next && sentence.startsWith(next, end) ? next : '';
}

/**
 * What the article says of a post one step off the one asked: 「文章只提到
 * 招商蛇口产业园区杭州公司副总经理姜秀超」 when a 总经理 was asked. Null when no
 * person of the evidence holds such a post.
 */
function nearPost(article: Article, post: string, evidence: string): string | null {
  const near = article.people.find((p) => evidence.includes(p.name) && p.roles.some((r) => r.includes(post)));
  const role = near?.roles.find((r) => r.includes(post));
  return near && role ? `文章只提到${role}${near.name}` : null;
}
