import type { Article, Person } from '../../article/types.js';
import type { AnswerKind } from '../../intents/schema.js';
import { subjectBefore } from '../../article/pronouns.js';
import { homeNames } from '../../article/home.js';
import { inCalendarYears, publishedYear } from '../../article/published.js';
import { readWords } from '../../data.js';
import { normalize } from '../../text/normalize.js';
import { segment } from '../../text/segment.js';
import { isStopWord } from '../../text/stopwords.js';
import { saidOtherwise, turnedOtherwise } from '../../text/synonyms.js';
import { amountOf, findNumbers, type NumberMention } from '../../text/numbers.js';
import { clauseAt, coverage, termPresence } from '../evidence.js';
import { ORGANIZATION_KINDS, wholeOfAnother } from '../check.js';
import { holdsPostWhole, loadPostRules, postsIn } from '../query.js';
import { GENERIC_PLACES, PLACE_ENDING } from '../places.js';
import { sourceOf } from '../source.js';
import { mentions } from '../../text/abbreviation.js';
import type { Candidate, ExtractContext, Source, Term } from '../types.js';
import { countedNoun } from './number.js';
import { organizationOf, pairShare, peopleNamed, respectiveDoer, segments } from './people.js';
import { EVENT_VERB } from './place.js';
import { partnersOf } from './partner.js';

/**
 * Yes/no: whether the claim a question makes holds (「运河网谷签约客户174家对吗」).
 * The answer is 对, or 不对 with what the article says instead, or nothing
 * when the article does not settle it. In order:
 * 1. a claim about a named person's post or organisation is checked against the
 *    posts the article gives them (副区长 is not 区长; 卫健委 abbreviates 卫生健康委员会);
 * 2. a clause that holds the whole claim, every name, place and number of it
 *    included, confirms it;
 * 3. otherwise the claim's value (a number, a date, a place, a person, what follows 是)
 *    is turned into the question it answers (174家 → 多少家), the engine asks
 *    that, and the claim is right when the answer agrees with the value, wrong when not.
 */
export function extractYesNo(ctx: ExtractContext): Candidate[] {
  // 「西洽会是去年才升级的吧」 of a report dated 2019 claims 2018.
  const [only] = ctx.articles;
  const claim = only && ctx.articles.length === 1 ? inCalendarYears(claimOf(ctx), only) : claimOf(ctx);
  const byPerson = personClaim(ctx, claim);
  if (byPerson === UNSETTLED) return [];
  if (byPerson) return [byPerson];
  const support = supportingClause(ctx, claim);
  if (support) return [support];
  const elsewhere = figureOfAnotherPlace(ctx, claim);
  if (elsewhere) return [elsewhere];
  const slotted = bySlot(ctx, claim);
  if (slotted.length > 0) return slotted;
  // 「是2019年5月在成都闭幕的」: where the date settles nothing, the place claimed may still be denied
  // (重庆, not 成都) when the date holds for the event, though the claim is never confirmed without its date.
  const date = DATE_IN_CLAIM.exec(claim);
  if (!date) return [];
  const undated = claim.replace(date[0], '');
  const denied = bySlot(ctx, undated, true).filter((c) => c.text.startsWith('不对'));
  const place = placeBeforeDeed(AT_PLACE.exec(undated)?.groups?.place ?? '');
  // Only of the very event the date is the article's for: 「是2019年5月闭幕的」 must hold.
  return denied.length > 0 && place && bySlot(ctx, claim.replace(`在${place}`, '')).some((c) => c.text === '对') ? denied : [];
}

/**
 * The claim's value (a figure, a date, a place, a partner…) asked for as a question, and the answer weighed
 * against it; with `placeOnly`, only a claimed place is.
 */
function bySlot(ctx: ExtractContext, claim: string, placeOnly = false): Candidate[] {
  // 「占了一半以上」 claims a share: half is 50%.
  const slot = valueSlot(claim.replace(HALF, '50%'), ctx);
  if (!slot || (placeOnly && !slot.place)) return [];
  const first = ctx.ask(slot.question);
  const bound = first.answer === null && slot.withBound ? ctx.ask(slot.withBound) : first;
  const asked = bound.answer === null && slot.orAsked ? ctx.ask(slot.orAsked) : bound;
  if (asked.answer === null || !asked.article) return [];
  const source = sourceOf(ctx.articles, asked);
  if (!source) return [];
  const answered = normalize(asked.evidence ?? '');
  const given = normalize(asked.answer);
  const dated = inReportYear(slot.value, asked.answer, source.article);
  if (dated === null) return [];
  if (agrees(slot.value, dated, FIRST_TIME.test(claim) && boundedAt(answered, answered.indexOf(given)))) {
    // The figure agrees; what the claim says of it (「4家上市企业都是做生物医药的」) must be said
    // in the figure's own clause, not of other firms further on. A date's sentence may say it over
    // two clauses (前身为…渝洽会,…2018年起升级为…).
    const evidence = normalize(asked.evidence ?? '');
    const at = evidence.indexOf(normalize(asked.answer));
    const clause = at >= 0 && slot.amount ? evidence.slice(clauseAt(evidence, at).start, clauseAt(evidence, at).end) : evidence;
    // 「比2024年少了吗」 of 「较2024年升逾4%」: the base agrees, the way it went does not.
    const turned = turnedOtherwise(claim, evidence);
    if (turned) return [{ text: `不对，文章说是${turned}`, source, score: asked.score }];
    return predicateWords(claim, ctx.articles).every((w) => termPresence(clause, w) >= 0.9) ? [{ text: '对', source, score: asked.score }] : [];
  }
  // What the other question word finds may confirm the claim, never deny it.
  if (asked !== bound) return [];
  // 「在国内开的吗」: a place that names no particular place holds whatever particular place the article gives.
  if (slot.place && GENERIC_PLACES.has(slot.value)) return [];
  // 「X是Y」 may hold though the article calls X something else: only a sure answer to 「X是什么」 denies it,
  // or one the article gives in the very frame claimed (以运动为主题 against 以亲子为主题).
  // A place is denied by another part of the same place (台中港 against a claimed 台中东区) whatever the score.
  const framedHere = slot.frame && answered.includes(`以${given}${slot.frame}`);
  // 「…是市政协主办的吗」 of 「由市委、市政府主办」: the doers the article names for the very deed claimed.
  const doneHere = slot.doneWith && answered.includes(`由${given}${slot.doneWith}`);
  // 「三井在台中东区是跟台电签约的吗」 of 「三井与台糖签约」: the other side of 与 from the one claimed.
  const partneredHere =
    slot.partnerOf !== undefined && segment(slot.partnerOf).some((t) => t.word.length >= 2 && partnersOf(answered, t.word).some((x) => x.text === given));
  if (slot.open && asked.score < ctx.weights.openDenial && !framedHere && !doneHere && !partneredHere && !(slot.place && siblingPlaces(slot.value, asked.answer))) return [];
  // 「产值是全省第一吗」: a rank is denied only by another rank, not by what the thing is (实现工业总产值).
  if (RANK.test(slot.value) && !RANK.test(asked.answer)) return [];
  // 「…是浙江省卫健委主办的」: only another doer denies it, not a phrase (主题座谈).
  if (slot.doers && !DOER_KINDS.has(asked.kind) && !doneHere) return [];
  // 「包晓东做了讲话吗」 answered with what he said: he spoke.
  const opening = asked.answer.slice(0, 6);
  if (slot.deed && ['“', '「', '‘'].some((q) => (asked.evidence ?? '').includes(q + opening))) return [];
  // A figure is denied only by a figure, not by a date (「占有率达百分比以上」 → 2016年底).
  if (slot.amount && asked.kind !== 'number') return [];
  // 「超过一半来自内地吗」 is a share: a rise (较2024年升逾4%) does not deny it, unless a change is what is claimed.
  const figureAt = answered.indexOf(given);
  if (slot.amount && !CHANGE.test(claim) && figureAt >= 0 && CHANGE.test(answered.slice(Math.max(0, figureAt - 4), figureAt))) return [];
  // 「这篇报道是人民网的吗」 asked as 「这篇报道是什么」 gets the report's lead: what it is about settles no claim.
  if (asked.kind === 'gist') return [];
  // 「三井和台糖签约是…做媒人吗」 asked as 「…签约是什么」 gets 仪式 of 「签约仪式」: a word that only completes the subject's
  // own name says nothing of what it is.
  const subjectEnd = slot.subject ? (segment(slot.subject).at(-1)?.word ?? '') : '';
  if (subjectEnd && answered.includes(subjectEnd + given)) return [];
  // A year the report's own date gives is said with the day (2019年5月19日 against a claimed 2018年5月).
  return [{ text: `不对，文章说是${dated}`, source, score: asked.score }];
}

/**
 * The place of 「在X…」 as a claim gives it: X up to the deed done there, when a place's ending closes it
 * (「在台中西区打造商圈」 → 台中西区); '' when a deed runs through it with no place before (「在会上宣布了…」).
 */
function placeBeforeDeed(words: string): string {
  const tokens = segment(words);
  const deedAt = tokens.findIndex((t) => /^v/u.test(t.tag) && t.word.length >= 2);
  if (deedAt < 0) return words;
  const before = tokens.slice(0, deedAt).map((t) => t.word).join('');
  return before.length >= 2 && PLACE_ENDING.test(before) ? before : '';
}

/** A rank or an extreme: 全省第一, 第3位, 最大, 之首, 榜首. */
const RANK = /第[一二三四五六七八九十百\d]+|最[\p{Script=Han}]|首位|之首|榜首|龙头|排名/u;

/** Words that ask for a yes or no, at the end of the question (…了没) or as 是不是 / 是否 / 有没有 inside it. */
const MARKER_END = /(?:是真的吗|是不是真的|对不对|对吗|对吧|对么|是吗|是吧|没错吧|没错吗|是否属实|是不是|吗|吧|么|嘛|呢|(?<=了)没有?)$/u;
/** Inside: 是不是, 是否, 有没有, 可不可以 (→ 可以), 能否 (→ 能), and a verb asked as itself, 不, itself again (算不算 → 算). */
const MARKER_IN = /是不是|是否|有没有|是真的|可不可(?=以)|能否|可否|([算属能会要用])不\1/u;

/** How a reader says a claim is someone else's, at its start. */
const HEARSAY = /^(?:我)?(?:听说|听人说|听别人说|有人说|网上说|据说|看到有人说|看到说|记得)/u;

/** The claim: the intent's `claim` group, or the question, without its yes/no words (是不是 → 是, 有没有 → 有). */
export function claimOf(ctx: Pick<ExtractContext, 'question' | 'match'>): string {
  return (ctx.match?.groups.claim ?? ctx.question)
    // A space between two Latin words is part of a name (Outlet Park); elsewhere it is only spacing.
    .replace(/(?<=[A-Za-z0-9])\s+(?=[A-Za-z0-9])/gu, ' ')
    .replace(/(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])|[，,]+/gu, '')
    .replace(/[？?！!。]+$/u, '')
    // 「听说…」, 「有人说…」: who passed the claim on is not part of it.
    .replace(HEARSAY, '')
    // 「所在的那个小镇」 is 「所在的小镇」: a demonstrative after 的 points at nothing further.
    .replace(/(?<=的)[这那](?:个|家|所|位|座|场|间|项)/gu, '')
    // 「暨南大学那个研究院的院长」 is 「暨南大学研究院的院长」: a demonstrative inside a name points at nothing either.
    .replace(/(?<=\p{Script=Han}{2})[这那](?:个|家|所|座|间)(?=\p{Script=Han}{2})/gu, '')
    .replace(MARKER_END, '')
    .replace(MARKER_IN, (m, verb?: string) => verb ?? (/^[有可能]/u.test(m) ? m.slice(0, 1) : '是'));
}

/** Half of something, claimed as a share (一半以上), not as part of a larger number (十一半). */
const HALF = /(?<![\d零〇一二两三四五六七八九十百千万])一半/u;

/** Words that hedge a claim without changing it: 「姜秀超应该是…总经理吧」 claims he is. */
const HEDGE = /应该|应当|大概|可能|好像|似乎|据说|听说|确实|真的|的确/u;

/**
 * A claim about a person the article names: their posts (包晓东是区长), or
 * the organisation they belong to (张莹尹是卫健委的), checked against what the
 * article gives them.
 */
function personClaim(ctx: ExtractContext, claim: string): Candidate | typeof UNSETTLED | null {
  for (const { article, person } of peopleNamed(ctx)) {
    if (person.roles.length === 0) continue;
    const rest = claim.slice(claim.indexOf(person.name) + person.name.length);
    const is = new RegExp(`^(?:${HEDGE.source}|现在|目前|如今|眼下|还|仍|仍然|依然|也|已经)*(?:是|担任|任|当选)(?:以)?(?<what>.+?)(?:的?身[份分].*)?$`, 'u').exec(rest)?.groups?.what;
    // 「现在还是市长吗」 asks about the post they hold now: another post the article gives them now denies it.
    // 「以台中市长身份出席的吗」 asks the same of the post they held at the event the article reports.
    const now = /^(?:现在|目前|如今|眼下|还|仍|仍然|依然)/u.test(rest) || /^(?:是)?以.{2,12}身[份分]/u.test(rest);
    if (!is) continue;
    const posts = postsIn(is);
    const said = roleSource(article, person);
    if (posts.length > 0) {
      const post = posts[posts.length - 1] ?? '';
      const org = asPaperNamesIt(is.slice(0, is.lastIndexOf(post)).replace(/的$/u, ''), article);
      const holds = person.roles.some((r) => holdsPostWhole(r, post) && (org.length < 2 || mentions(r, org)));
      // 「人民网浙江分社的记者」 of a 人民网记者: a part of their organisation the article does not name is not denied.
      if (!holds && person.roles.some((r) => holdsPostWhole(r, post) && organizationOf(r).some((o) => org.startsWith(o) && org.length > o.length))) return UNSETTLED;
      const says = `${person.name}是${person.roles.join('，')}`;
      // A post one step off (区长 of a 副区长) or at another body is denied, and so is one the article gives
      // someone else (副市长 of 车亦雪, a 市政协副主席, where 李继东 is the 副市长) unless it is claimed as a
      // post held as well (也是); one the article never
      // gives anyone (教授) may still be theirs: say what the article does say instead.
      const othersPost = !/^也/u.test(rest) && article.people.some((p) => p.name !== person.name && p.roles.some((r) => holdsPostWhole(r, post)));
      // 「浙大的教授」 of someone the article places at 暨南大学: the organisation claimed is not theirs (unless claimed as held as well).
      const otherOrg = !/^也/u.test(rest) && org.length >= 2 && isOrganization(org, article) && !person.roles.some((r) => mentions(r, org));
      // 「李相国是松原市长吗」 of a 市委书记: the head of a level (市长, 区长) the person holds another post at is not theirs.
      const headOfTheirLevel = !/^也/u.test(rest) && /^[省市区县镇]长$/u.test(post) && person.roles.some((r) => r.includes(post[0] ?? ''));
      // 「姜国凡是市委副书记吗」 of a 市委常委、市委秘书长: the article gives their posts at that very body, and not
      // this one. A post at a part of it (暨南大学…研究院院长) leaves a post at the whole (暨南大学教授) open, and so
      // does a seat on it (常委, 委员), which a 市委书记 holds too.
      const otherPostThere = !/^也/u.test(rest) && org.length >= 2 && !/委员?$/u.test(post) && person.roles.flatMap((r) => r.split('、')).some((r) => r.startsWith(org) && postsIn(r.slice(org.length))[0] === r.slice(org.length) && !r.includes(post));
      // 「张莹尹是卫健委主任吗」 of a 卫健委科技教育处处长: someone placed in a part of a body is not its head.
      const inPartOfIt = !/^也/u.test(rest) && org.length >= 2 && loadPostRules().heads.includes(post) && person.roles.flatMap((r) => r.split('、')).some((r) => {
        // The body may be named with its place or without it (卫健委 of 杭州市卫生健康委员会).
        const at = r.indexOf(org);
        const tail = at >= 0 ? r.slice(at + org.length) : '';
        const held = postsIn(tail).at(-1) ?? '';
        return held !== '' && tail.length > held.length && !tail.includes(post);
      });
      const denied = holds || now || othersPost || otherOrg || headOfTheirLevel || otherPostThere || inPartOfIt || person.roles.some((r) => r.includes(post) || postsIn(r).some((p) => post.includes(p)));
      if (!denied) return { text: '不对', source: said, score: 1, vague: `文章没有说${person.name}是${post}，只说${says}` };
      return { text: holds ? '对' : `不对，文章说${says}`, source: said, score: 1 };
    }
    // 「…是卫健委的」, 「…是暨南大学的」: the organisation alone.
    const org = /^(?<org>.{2,20}?)(?:的人|的)?$/u.exec(is)?.groups?.org;
    // 「刘凯旋是男的吗」 is no claim about an organisation: only a name that ends like one (暨南大学, 卫健委, 浙大) is,
    // or one the article gives as someone's organisation (招商蛇口 of 姜秀超's post, claimed of 张驰挺).
    if (org && !/^(?:谁|什么|哪)/u.test(org) && isOrganization(org, article)) {
      const holds = person.roles.some((r) => mentions(r, org));
      return { text: holds ? '对' : `不对，文章说${person.name}是${person.roles.join('，')}`, source: said, score: 1 };
    }
  }
  return null;
}

/**
 * A body of the paper's own area as a local paper names it: 「松原市政协」 claimed of a Songyuan paper's
 * 「市政协副主席」 is its 市政协. Unchanged when the claim names another area or the paper has none.
 */
function asPaperNamesIt(org: string, article: Article): string {
  const home = homeNames([article.titleNorm, ...article.paragraphs.map((p) => normalize(p.text))].join('\n'));
  const area = [...home.values()].find((a) => org.startsWith(a) && org.length > a.length);
  return area ? area.slice(-1) + org.slice(area.length) : org;
}

/** Short forms of an organisation's kind (浙大 for 浙江大学): data/people.yaml `organization_short_kinds`. */
const SHORT_KINDS = readWords('people.yaml', 'organization_short_kinds');

/** Whether a claimed 「X的」 names an organisation: by its ending, or as part of one the article gives someone. */
function isOrganization(org: string, article: Article): boolean {
  if ([...ORGANIZATION_KINDS].some((k) => org.endsWith(k))) return true;
  if (org.length === 2 && SHORT_KINDS.some((k) => org.endsWith(k))) return true;
  return article.people.some((p) => p.roles.some((r) => organizationOf(r).some((o) => o.includes(org))));
}

/** A claim the article neither confirms nor denies. */
const UNSETTLED = Symbol('unsettled');

/** The sentence that gives a person's first post, or the dateline. */
function roleSource(article: Article, person: Person): Source {
  const sentence = article.sentences[person.roleSentences[0] ?? -1];
  return sentence ? { article, sentence } : { article, dateline: true };
}

/**
 * A clause (between ；or 。) of the retrieved sentences that holds the whole claim, anchors and all:
 * 对. The clause must also say what the claim says after its 是 (「…都是做生物医药的」 is not
 * confirmed by a clause that never names 生物医药), and may still deny it: a word of the claim the
 * clause says otherwise (去年 against 3年前, 国家级 against 省级: `exclusive` groups of
 * data/synonyms.yaml), or a doer the clause gives another item (「A、B分别对X、Y作推介」 against
 * 「X是B推介的」).
 */
function supportingClause(ctx: ExtractContext, claim: string): Candidate | null {
  const anchors = ctx.terms.filter((t): t is Term & { hard: string } => t.hard !== null);
  const predicate = predicateWords(claim, ctx.articles);
  const figures = claimedAmounts(claim).map((n) => {
    const { before, after } = boundsOf(claim, n);
    return {
      unit: n.unit,
      text: before + n.text + after,
      noun: countedNoun(`${claim.slice(0, n.start - before.length)}多少${n.unit}${claim.slice(n.end + after.length)}`),
      ofSubject: n.end <= claim.lastIndexOf('是'),
    };
  });
  const dates = [...claim.matchAll(new RegExp(DATE_IN_CLAIM.source, 'gu'))].map((m) => dayOf(m[0]));
  const subjectFigures = figures.filter((f) => f.ofSubject);
  const milestone = FIRST_TIME.test(claim);
  // Each clause of the sentences found, then each headline whole: a headline sums up (逾半来自内地) what no
  // one sentence of the body says.
  const clauses: { article: Article; part: string; context: () => string; source: Source }[] = [
    ...ctx.hits.flatMap(({ article, sentence }) =>
      segments(sentence.norm).map((seg) => ({
        article,
        part: sentence.norm.slice(seg.start, seg.end).toLowerCase(),
        // A clause that goes on from the sentence before (涵盖…旅游开发 of 「…共签约招商项目14个。」) holds its words too.
        context: () => (seg.start === 0 ? subjectBefore(article, sentence.index) : ''),
        source: { article, sentence },
      })),
    ),
    ...ctx.articles.filter((a) => a.titleNorm).map((article) => ({ article, part: article.titleNorm.toLowerCase(), context: () => '', source: { article, title: true as const } })),
  ];
  for (const { article, part, context, source } of clauses) {
    // 高新区 abbreviates 高新技术产业园区: a name of three or more characters may be shortened.
    const holds = (a: string): boolean => part.includes(a) || article.titleNorm.includes(a) || (a.length >= 3 && mentions(part, a));
    const otherwise = saidOtherwise(claim, part);
    // A name the clause says otherwise (珠三角 for 长三角) need not be in it.
    if (!anchors.every((a) => holds(a.hard.toLowerCase()) || a.hard === otherwise?.word)) continue;
    // Without the word it says otherwise, does the clause hold the rest of the claim?
    const terms = otherwise ? ctx.terms.filter((t) => !otherwise.word.includes(t.word) && !t.word.includes(otherwise.word)) : ctx.terms;
    // 「市委市政府主办的吗」 of 「由市委、市政府主办」: a reader joins what the clause lists.
    const joined = part.replace(/(?<=\p{Script=Han})、(?=\p{Script=Han})/gu, '');
    if (coverage(`${context()}${part}|${joined}`, terms, claimPresence) < ctx.weights.supportCoverage) continue;
    // 「有500家世界500强企业」 of 「世界500强企业300家」: each figure claimed must be the clause's, unit and all.
    const numbers = findNumbers(part);
    // A bare number inside a name (亚洲300, Asia300) counts nothing: it agrees with no claimed 300个.
    const counts = (n: NumberMention, unit: string): boolean => n.unit !== '' || unit === '' || !/[\p{Script=Han}A-Za-z]$/u.test(part.slice(0, n.start));
    if (!figures.every((f) => numbers.some((n) => sameMeasure(f.unit, n.unit) && counts(n, f.unit) && amountsAgree(f.text, n.text, milestone && boundedAt(part, n.start)) === true))) continue;
    // 「上市企业有7家」 of 「上市企业4家,培育…企业7家」: where the clause counts the claimed noun, that count must agree.
    if (!figures.every((f) => nounAgrees(part, f))) continue;
    // 「是12月28号办的」 of 「12月27日,…举行」: a claimed date is the clause's own, not merely a date beside it.
    if (!dates.every((d) => dayOf(part).includes(d))) continue;
    // 「杭州GDP突破2000亿了吗」 of 「…全区GDP首次突破2000亿元」 (全区: 拱墅区): another area's figure.
    const places = anchors.filter((a) => a.scope === 'place').map((a) => a.hard.toLowerCase());
    if (findNumbers(claim).length > 0 && wholeOfAnother(places, part, article.sentences.map((s) => s.norm).join(''))) continue;
    if (otherwise) return { text: `不对，文章说是${otherwise.said}`, source, score: 1 };
    const turned = turnedOtherwise(claim, part);
    if (turned) return { text: `不对，文章说是${turned}`, source, score: 1 };
    if (!predicate.every((w) => termPresence(part, w) >= 0.9)) continue;
    // 「那4家上市企业都是做生物医药的」: what is said of a figure the claim is about is said in that figure's own
    // clause (「上市企业4家」), not of other firms further on (「引进众多生物医药…企业」).
    if (!predicate.every((w) => subjectFigures.every((f) => numbers.some((n) => amountsAgree(f.text, n.text) === true && termPresence(part.slice(clauseAt(part, n.start).start, clauseAt(part, n.start).end), w) >= 0.9)))) continue;
    if (!takenByVerb(claim, part)) continue;
    const doer = otherDoer(claim, part, article);
    if (doer) return { text: `不对，文章说是${doer}`, source, score: 1 };
    return { text: '对', source, score: 1 };
  }
  return null;
}

/** A date written as the article writes it: 28号 is 28日. */
function dayOf(text: string): string {
  return text.replace(/号/gu, '日');
}

/** Pieces of a clause that each count one thing (上市企业4家、…企业7家). */
const COUNT_BREAK = /[,，、；;]/u;

/**
 * Whether a clause's count of the noun a claimed figure counts agrees with it: true when the clause
 * never counts that noun (the figure was checked against the clause as a whole), or when one piece
 * that names the noun gives an agreeing figure of its unit.
 */
function nounAgrees(part: string, figure: { unit: string; text: string; noun: string }): boolean {
  if (figure.noun.length < 2) return true;
  const counted = part
    .split(COUNT_BREAK)
    .filter((piece) => piece.includes(figure.noun))
    .flatMap((piece) => findNumbers(piece).filter((n) => sameMeasure(figure.unit, n.unit) && n.unit !== ''));
  return counted.length === 0 || counted.some((n) => amountsAgree(figure.text, n.text) === true);
}

/**
 * How much of a claim's word a clause holds: as for any question, or nearly whole when the claim
 * abbreviates it (高新区 of 高新技术产业园区): a reader checking a claim writes it short.
 */
function claimPresence(text: string, word: string): number {
  return Math.max(termPresence(text, word), word.length >= 3 && mentions(text, word) ? 0.9 : 0);
}

/** The name of an administrative area: 杭州市, 拱墅区, 浙江省. */
const AREA = /(?![个家位名项])\p{Script=Han}{2,4}?(?:省|市|区|县)/gu;

/**
 * 「1150亿是拱墅区的医药制造业产值吗」 of 「2022年,杭州市医药制造业实现工业总产值1150亿元」: the claimed
 * figure stands in a sentence that never names the claimed place and names another area instead.
 */
function figureOfAnotherPlace(ctx: ExtractContext, claim: string): Candidate | null {
  const figure = claimedAmounts(claim).find((n) => amountOf(n) !== null);
  const places = ctx.terms.filter((t) => t.scope === 'place' && t.hard !== null).map((t) => t.hard ?? '');
  if (!figure || places.length === 0) return null;
  for (const { article, sentence } of ctx.hits) {
    const text = sentence.norm;
    if (places.some((p) => text.includes(p))) continue;
    if (!findNumbers(text).some((n) => sameMeasure(figure.unit, n.unit) && amountsAgree(figure.text, n.text) === true)) continue;
    const other = [...text.matchAll(AREA)].map((m) => m[0]).find((a) => !places.some((p) => a.includes(p) || p.includes(a)));
    if (other) return { text: `不对，文章说是${other}的`, source: { article, sentence }, score: 1 };
  }
  return null;
}

/**
 * The words of what a claim says after its last 是 (生物医药 of 「…都是做生物医药的」) that the
 * articles use somewhere; none when it has no 是. A word no article uses (稿子 of 「这篇是人民网的稿子吗」)
 * is the reader's own and cannot be asked of a clause.
 */
function predicateWords(claim: string, articles: readonly Article[]): string[] {
  const at = claim.lastIndexOf('是');
  if (at < 0) return [];
  const said = claim.slice(at + 1).replace(/[的了呀啊]+$/u, '');
  return segment(said)
    .map((t) => t.word)
    .filter((w) => w.length >= 2 && !isStopWord(w) && !findNumbers(w).length)
    .filter((w) => articles.some((a) => a.sentences.some((s) => s.norm.includes(w))));
}

/**
 * Whether what the claim's first verb takes (人工智能 of 「重点聚焦人工智能产业」) follows that verb in the clause, as the
 * claim has it: 「以…人工智能为核心发展方向,重点聚焦生命健康、数字经济产业」 names 人工智能 only before 聚焦.
 */
function takenByVerb(claim: string, part: string): boolean {
  const tokens = segment(claim);
  const v = tokens.findIndex((t) => /^v(?!n)/u.test(t.tag) && t.word.length >= 2 && !isStopWord(t.word) && part.includes(t.word));
  if (v < 0) return true;
  const verb = tokens[v]?.word ?? '';
  const taken = tokens.slice(v + 1).map((t) => t.word).filter((w) => w.length >= 2 && !isStopWord(w) && part.includes(w));
  const after = part.slice(part.indexOf(verb) + verb.length);
  return taken.every((w) => after.includes(w));
}

/**
 * 「X是B推介的」 of 「A、B分别对X、Y作推介」: the doer the clause pairs with the item the claim
 * names, when that is not the doer the claim names.
 */
function otherDoer(claim: string, part: string, article: Article): string | null {
  const claimed = article.people.find((p) => claim.includes(p.name))?.name;
  const doer = respectiveDoer(part, article, claim);
  return claimed && doer && doer !== claimed && part.includes(claimed) ? doer : null;
}

/** Words before a figure that make it a lower (超过) or an upper (将近) bound, and after it (多, 以上). */
const BOUND_BEFORE = /(?:超过|超|逾|多于|高于|不少于|至少|突破|将近|接近|近|不到|少于|低于|不足)$/u;
const BOUND_AFTER = /^(?:多|余|以上|左右)/u;

/** Units of numbers that are part of a name or a rank (世界500强, 1+4), not a claimed amount. */
const NAME_UNITS = /^(?:强|大)$/u;

/**
 * The amounts a claim asserts: not a name's number (世界500强) or a date's parts, nor the ordinal of what
 * the claim is about (「第二届西洽会是在成都闭幕的」 claims a place; 「西洽会是第二届」 an edition).
 */
function claimedAmounts(claim: string): NumberMention[] {
  return findNumbers(claim).filter((n) => !NAME_UNITS.test(n.unit) && !/^(?:年|月|日|号)$/u.test(n.unit) && !(claim[n.start - 1] === '第' && /[是在]/u.test(claim.slice(n.end))));
}

/** 「超过两千亿」, 「四成多」: the words around a claimed figure that make it a bound, which go with it. */
function boundsOf(claim: string, amount: NumberMention): { before: string; after: string } {
  return { before: BOUND_BEFORE.exec(claim.slice(0, amount.start))?.[0] ?? '', after: BOUND_AFTER.exec(claim.slice(amount.end))?.[0] ?? '' };
}

/**
 * Whether two units can measure the same thing: equal once magnitude and 多/余 are taken off (亿 and 亿元),
 * or one of them bare. 届 and 个 cannot: 「第二届」 is not 「2个特别行政区」.
 */
function sameMeasure(a: string, b: string): boolean {
  const base = (u: string): string => u.replace(/^(?:多|余)?(?:万亿|亿|万|千)?/u, '');
  return base(a) === '' || base(b) === '' || base(a) === base(b);
}
/** A time said from the reader's day (上个月, 去年, 最近), at the start of what a claim says. */
const RELATIVE_TIME = /^(?:上个?月|下个?月|本月|这个月|上周|下周|本周|上星期|昨天|前天|今天|明天|去年|今年|明年|前年|最近|近期|刚刚|刚才|前不久)/u;
/** A date a claim gives: a day, a month, a year, or a time counted back or on from the report's (3年前). */
const DATE_IN_CLAIM = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{4}年|\d{1,3}个?(?:年|月|天|周|星期)(?:以前|之前|以后|之后|前|后)/u;

/** Words of a change: a figure after them is how much something rose or fell, not how much of it there is. */
const CHANGE = /[升增降涨跌减比]|提高|下滑|回落|[多少]了/u;

/** A stage something has come to: 进入加速爆发期, 处于起步阶段. */
const STAGE = /(?<verb>(?:进入|迈入|步入|走入)了?|处于|处在)(?<value>\p{Script=Han}{1,8}?)(?<frame>时期|阶段|期)$/u;

/**
 * A frame that names what something centres on: 以亲子为主题, 以创新为核心; or, at the claim's end, what
 * something is taken as: 拿新加坡做母港, 以香港作为母港 (asked as 拿什么做母港, which the cloze also tries as 以什么作为).
 */
const FRAMED = /以(?<value>[^以为]{1,10}?)(?<frame>为(?:主题|核心(?:发展方向)?|重点|主线|目标|宗旨|导向|主导(?:产业)?|主体|支柱(?:产业)?|发展方向))|[以拿把](?<taken>[^以为拿把做作当]{1,10}?)(?<as>(?:作为|做为|当作|当做|做|当)\p{Script=Han}{2,4})$/u;

/** What a claim asserts, and how to ask the article for it. */
interface Slot {
  value: string;
  question: string;
  /** The question with the claim's bound word kept, asked when `question` finds nothing. */
  withBound?: string;
  /**
   * Asked when `question` finds nothing, its answer only confirming: a doer asked with the other question word
   * (市委市政府 is found by 谁, not by 哪家), which may ask of another deed than the one claimed.
   */
  orAsked?: string;
  /** The question (「X是什么」) has more than one right answer: another answer does not deny by itself. */
  open?: boolean;
  /** The value is a place (在成都办的). */
  place?: boolean;
  /** The frame the value was claimed in (为主题): the article's own value in that frame denies it, however sure. */
  frame?: string;
  /** The value is a doer: only an answer naming one can deny it. */
  doers?: boolean;
  /** The deed the doer is claimed for (主办 of 「是市政协主办的」): a doer the article names for it with 由 denies another, however sure. */
  doneWith?: string;
  /** The value is an amount: only a number can deny it. */
  amount?: boolean;
  /** The value is a deed (做了主题演讲): words the person is quoted as saying are no other deed. */
  deed?: boolean;
  /** Who the partner is claimed of (三井 of 「三井是跟台电签约的」): the other side of 与 the article gives them denies another, however sure. */
  partnerOf?: string;
  /** What the claim says the value of (X of 「X是Y」). */
  subject?: string;
}

/** The value a claim asserts and the question whose answer settles it; null when none can be found. */
function valueSlot(claim: string, ctx: ExtractContext): Slot | null {
  const amount = claimedAmounts(claim).at(-1);
  // 「…1150亿元是2021年的」: a date after the last 是 is what is claimed, the figure before it what it is claimed of.
  const last = claim.lastIndexOf('是');
  const claimedDate = last >= 0 ? DATE_IN_CLAIM.exec(claim.slice(last + 1)) : null;
  if (claimedDate) {
    const at = last + 1 + claimedDate.index;
    return { value: claimedDate[0], question: `${claim.slice(0, at)}什么时候${claim.slice(at + claimedDate[0].length)}` };
  }
  if (amount) {
    // 一成 is a tenth: the article gives it as a percentage (升逾4%).
    const unit = amount.unit === '成' ? '%' : amount.unit.replace(/^(?:多|余)?(?:万亿|亿|万|千)?/u, '');
    const { before, after } = boundsOf(claim, amount);
    return {
      value: before + amount.text + after,
      amount: true,
      // The bound is the claim's, not the article's: 「升了超过10%」 asks 「升了多少%」; but where it is the
      // claim's only verb (「GDP头一回超过两千亿」) it is asked with it too.
      question: `${claim.slice(0, amount.start - before.length)}多少${unit}${claim.slice(amount.end + after.length)}`,
      ...(before ? { withBound: `${claim.slice(0, amount.start)}多少${unit}${claim.slice(amount.end + after.length)}` } : {}),
    };
  }
  const date = DATE_IN_CLAIM.exec(claim);
  if (date) return { value: date[0], question: `${claim.slice(0, date.index)}什么时候${claim.slice(date.index + date[0].length)}` };
  // 「三井是跟台中市政府签约的」: the partner claimed is checked against the one the article gives (台糖); where it was
  // signed (三井在台中东区跟…) is part of who signed, not the claim.
  const partner = PARTNER_CLAIM.exec(claim)?.groups;
  if (partner?.who && partner.other && partner.deed) return { value: partner.other, question: `${partner.who}是跟哪家${partner.deed}的`, open: true, partnerOf: partner.who };
  // 「座谈会是上海开的」 says where as 「在上海开的」 does, when what stands before the verb is named as a place.
  const placeCleft = PLACE_CLEFT.exec(claim);
  const cleftPlace = placeCleft?.groups?.place ?? '';
  const placeNamed = cleftPlace !== '' && (PLACE_ENDING.test(cleftPlace) || segment(cleftPlace).every((t) => /^ns/u.test(t.tag)));
  const where = AT_PLACE.exec(claim) ?? (placeNamed ? placeCleft : null);
  const place = where?.groups?.place ? placeBeforeDeed(where.groups.place) : '';
  if (where && place) {
    const at = claim.indexOf(place, where.index);
    // 「…在X里面」 asks where it is: 「…在哪里」; 「会议是在X开的」 keeps its verb.
    const rest = claim.slice(at + place.length).replace(/^(?:里面|里|内|境内|附近)$/u, '');
    // Another place denies it only when the engine is sure of it: 「西洽会在成都开的吗」 is not denied by 亚洲.
    return { value: place, question: `${claim.slice(0, at)}哪里${rest}`, open: true, place: true };
  }
  // 「是以运动为主题的商场」: what a frame (以…为主题) holds is the claim, asked as 以什么为主题.
  const framed = FRAMED.exec(claim);
  const framedValue = framed?.groups?.value ?? framed?.groups?.taken;
  if (framed && framedValue) {
    const at = framed.index + 1;
    return { value: framedValue, question: `${claim.slice(0, at)}什么${claim.slice(at + framedValue.length)}`, open: true, frame: framed.groups?.frame ?? framed.groups?.as ?? '' };
  }
  // 「已经进入成熟期」: the stage claimed, asked as 进入什么期.
  const stage = STAGE.exec(claim);
  if (stage?.groups?.value && stage.groups.frame) {
    const at = stage.index + (stage.groups.verb?.length ?? 0);
    return { value: stage.groups.value + stage.groups.frame, question: `${claim.slice(0, at)}什么${stage.groups.frame}`, open: true };
  }
  const people = ctx.articles.flatMap((a) => a.people);
  const named = people.find((p) => claim.includes(p.name));
  if (named && !claim.startsWith(named.name)) {
    const at = claim.indexOf(named.name);
    // 「是赵宇飞和许新成写的」: names joined in the claim are claimed together, each to be one the article gives.
    let end = at + named.name.length;
    const together = [named.name];
    const joinedAt = (from: number): Person | undefined => (/^[和与跟及、]/u.test(claim.slice(from)) ? people.find((p) => claim.startsWith(p.name, from + 1)) : undefined);
    for (let next = joinedAt(end); next; next = joinedAt(end)) {
      together.push(next.name);
      end += 1 + next.name.length;
    }
    return { value: together.join('、'), question: `${claim.slice(0, at)}谁${claim.slice(end)}` };
  }
  // 「有没有做主题演讲」 (有做…), 「做主题演讲了吗」 claim the same deed as 「做了主题演讲吗」. Another deed of theirs denies
  // it only when the article does speak of the deed claimed (主题演讲, given to others): one it never names (发表讲话)
  // may be theirs too, and attending (参加, 出席) goes with whatever they did there.
  const deed = /^(?<who>.{2,4}?)(?:有(?=[做作进发]))?(?:做|作|进行|发表)了?(?<what>.+?)了?$/u.exec(claim);
  const deedNamed = (what: string): boolean => ctx.articles.some((a) => a.sentences.some((s) => termPresence(s.norm, what) >= 0.9));
  if (deed?.groups?.who && deed.groups.what) return deedNamed(deed.groups.what) ? { value: deed.groups.what, question: `${deed.groups.who}做了什么`, deed: true } : null;
  const is = /^(?<subject>.+?)是(?<what>[^是]{2,20})$/u.exec(claim);
  // 「这篇是新华社发的」 stresses who did it (是…的 around a verb): it asks 这篇是谁发的, not what 这篇 is.
  // With two doers (三井跟台糖签的) there is no one name to check.
  const cleft = is?.groups?.what && /的$/u.test(is.groups.what) ? doerOf(is.groups.what) : undefined;
  if (cleft === null) return null;
  // 「这篇报道是新华社记者写的」: an outlet's reporter wrote it, so the outlet is what is claimed (这篇报道是哪家媒体的).
  const outlet = cleft?.asked === '哪家' ? /^(?<outlet>.{2,}?)的?记者$/u.exec(cleft.doer)?.groups?.outlet : undefined;
  if (outlet && is?.groups?.subject && REPORT_SUBJECT.test(is.groups.subject)) {
    return { value: outlet, question: `${is.groups.subject}是哪家媒体的`, open: true, doers: true };
  }
  // A body (市委市政府) may be asked for with 谁 as well as with 哪家: the other is asked when the first finds nothing.
  if (cleft && is?.groups?.subject) {
    const other = cleft.asked === '谁' ? '哪家' : '谁';
    return {
      value: cleft.doer,
      question: `${is.groups.subject}是${cleft.asked}${cleft.rest}`,
      orAsked: `${is.groups.subject}是${other}${cleft.rest}`,
      open: true,
      doers: true,
      doneWith: cleft.rest.replace(/的$/u, ''),
    };
  }
  // 「这篇报道是人民网的」: whose a report is, is its outlet.
  const owner = is?.groups?.what?.replace(/的$/u, '') ?? '';
  if (cleft === undefined && is?.groups?.subject && REPORT_SUBJECT.test(is.groups.subject) && owner !== is.groups.what && /^(?:n(?!s)|x|j)/u.test(segment(owner)[0]?.tag ?? '')) {
    return { value: owner, question: `${is.groups.subject}是哪家媒体的`, open: true, doers: true };
  }
  // 「三井和台糖是上个月签的约」 claims when, in words no article dates: 「X是什么」 does not check it; nor is
  // 「三井是在西区打造商圈」 a claim of what 三井 is.
  if (is?.groups?.what && (RELATIVE_TIME.test(is.groups.what) || /^[在于从由向给对]/u.test(is.groups.what))) return null;
  if (is?.groups?.subject && is.groups.what) {
    return { value: is.groups.what.replace(/的$/u, ''), question: `${is.groups.subject}是什么`, open: true, subject: is.groups.subject };
  }
  return null;
}

/** 「在成都闭幕的」, 「在杭州开的」, 「在园区里面」: the place a claim puts something, before its event's verb or a word for inside. */
/** 「是上海开的」: a place said with 是 before the verb of holding an event. */
const PLACE_CLEFT = new RegExp(`是(?<place>\\p{Script=Han}{2,8}?)(?:${EVENT_VERB.source}|开|办)的?$`, 'u');
const AT_PLACE = new RegExp(`在(?<place>[\\p{Script=Han}]{2,12}?)(?:${EVENT_VERB.source}|开|办|里面|里|内|境内|附近|$)`, 'u');

/** A claim of whom someone signed with or worked with: 「三井这次是跟台中市政府签约的」. */
const PARTNER_CLAIM = /^(?<who>\p{Script=Han}{2,10}?)(?:这次|此次|这回)?(?:是)?(?:跟|和|与|同)(?<other>[^跟和与同是]{2,12}?)(?<deed>签约|签的约|签了约|签订|签署|合作)(?:的)?$/u;

/** Two places that begin alike and part after (台中东区, 台中港): parts of one place, neither within the other. */
function siblingPlaces(claimed: string, given: string): boolean {
  const a = normalize(claimed);
  const b = normalize(given);
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared += 1;
  return shared >= 2 && shared < a.length && shared < b.length;
}

/** The report itself, as a claim names it (这篇报道, 本文). */
const REPORT_SUBJECT = /^(?:这篇|那篇|本篇|这条|那条|本文|文章|报道|新闻|稿子)(?:报道|新闻|文章|稿子|消息)?$/u;

/** The kinds of answer that name a doer: a person, an organisation, the report's outlet or reporter. */
const DOER_KINDS: ReadonlySet<AnswerKind> = new Set(['person', 'organization', 'source', 'reporter']);

/**
 * The doer of 「A V的」 (新华社|发的), the question word that asks for it, and what follows it; undefined when no verb follows a doer (人民网的),
 * null when two doers share the verb (三井跟台糖签的).
 */
function doerOf(what: string): { doer: string; asked: string; rest: string } | null | undefined {
  const tokens = segment(what);
  // jieba tags some deeds as distinguishing words (主办/b).
  const verb = tokens.findIndex((t, i) => i > 0 && /^[vb]/u.test(t.tag));
  if (verb < 0) return undefined;
  const doer = tokens.slice(0, verb).map((t) => t.word).join('');
  if (/[跟和与同及]/u.test(doer)) return null;
  // A person is asked with 谁, anything else (新华社, 人民网) with 哪家.
  const asked = tokens.slice(0, verb).some((t) => /^(?:nr|x)/u.test(t.tag)) ? '谁' : '哪家';
  return { doer, asked, rest: what.slice(doer.length) };
}

/** Whether the article's answer agrees with the value the claim asserts. */
export function agrees(value: string, answer: string, answerBounded = false): boolean {
  // 「赵宇飞、许新成」 against 赵宇飞、伍鲲鹏: each one claimed must be one the article gives.
  if (value.includes('、')) return value.split('、').every((item) => answer.split('、').some((given) => agrees(item, given)));
  const v = bare(value);
  const a = bare(answer);
  if (!v || !a) return false;
  // 「12月28号」 against 12月27日: a date agrees field by field, not as the amount 12.
  const claimedDay = dateFields(value);
  const answerDay = dateFields(answer);
  if (claimedDay && answerDay) return (['year', 'month', 'day'] as const).every((f) => claimedDay[f] === undefined || claimedDay[f] === answerDay[f]);
  const byAmount = amountsAgree(value, answer, answerBounded);
  if (byAmount !== null) return byAmount;
  const digits = (s: string): string => (s.match(/\d+(?:\.\d+)?/gu) ?? []).join(',');
  if (digits(v) && digits(a)) return digits(v) === digits(a) || digits(a).startsWith(digits(v));
  if (a.includes(v) || v.includes(a) || mentions(a, v)) return true;
  // Half the character pairs of a longer name is a near spelling of it; of three characters, it is one pair of two,
  // and 市政协 is not 市政府.
  return v.length > 3 ? pairShare(v, a) >= 0.5 : pairShare(v, a) > 0.5;
}

/** The year, month and day a date gives (2022年6月, 12月28号); null for text that is no date. */
/**
 * A date answered without its year (5月19日), against a claim that gives one (2019年5月), in the year the
 * report was published; null when the report gives none and the year cannot be settled. Any other
 * answer as it is.
 */
function inReportYear(claimed: string, answer: string, article: Article): string | null {
  const claimedDay = dateFields(claimed);
  const answerDay = dateFields(answer);
  if (!claimedDay?.year || !answerDay || answerDay.year) return answer;
  const year = publishedYear(article);
  return year === null ? null : `${year}年${bare(answer)}`;
}

function dateFields(text: string): { year?: string; month?: string; day?: string } | null {
  const m = /^(?:(?<year>\d{4})年)?(?:(?<month>\d{1,2})月)?(?:(?<day>\d{1,2})[日号])?$/u.exec(bare(text));
  if (!m?.groups || m[0] === '') return null;
  const { year, month, day } = m.groups;
  return { ...(year ? { year } : {}), ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** A claim that a bound was passed for the first time names a milestone: 「首次突破1000亿」 is not 「首次突破2000亿」. */
const FIRST_TIME = /首次|首度|第一次|头一次|头一回|首破/u;

/** Words that make a figure after them a lower bound (突破2000亿元). */
const LOWER_BOUND_END = /(?:超过|超|逾|多于|高于|不少于|至少|突破)$/u;

/** Whether the figure at `at` in `text` is given as a lower bound (首次突破|2000亿元). */
function boundedAt(text: string, at: number): boolean {
  return at >= 0 && LOWER_BOUND_END.test(text.slice(Math.max(0, at - 3), at));
}

/**
 * Whether a claimed figure agrees with the article's, read as amounts (两千亿 is 2000亿元, 四成多 is
 * 42.4%): exactly, or within the bound the claim sets (超过 X: at least X; X多: from X to the next
 * step of X's last digit; 不到 X: below X; 近 X: from nine tenths of X to X; X左右: within a tenth). Null when either
 * is no readable amount.
 */
function amountsAgree(claimed: string, answer: string, answerBounded = false): boolean | null {
  const c = findNumbers(claimed)[0];
  const a = findNumbers(answer)[0];
  const v = c ? amountOf(c) : null;
  const x = a ? amountOf(a) : null;
  if (v === null || x === null || !c || v === 0) return null;
  const before = claimed.slice(0, c.start);
  const after = claimed.slice(c.end);
  const close = (p: number, q: number): boolean => Math.abs(p - q) <= 1e-9 * Math.max(Math.abs(p), Math.abs(q));
  if (/^(?:多|余)/u.test(after) || /^(?:多|余)/u.test(c.unit)) return x >= v && x < v + 10 ** Math.floor(Math.log10(v));
  // 「首次突破1000亿」 of 「首次突破2000亿」: where the article bounds its figure too, a milestone claimed is another one.
  if (/^以上/u.test(after) || LOWER_BOUND_END.test(before)) return answerBounded ? close(x, v) : x >= v || close(x, v);
  if (/(?:不到|少于|低于|不足)$/u.test(before)) return x < v;
  if (/(?:将近|接近|近)$/u.test(before)) return x <= v && x >= 0.9 * v;
  if (/^左右/u.test(after)) return Math.abs(x - v) <= 0.1 * v;
  return close(x, v);
}

function bare(text: string): string {
  return text.replace(/[\p{P}\p{S}\s]/gu, '').toLowerCase();
}
