import type { Article, Person } from '../../article/types.js';
import { normalize } from '../../text/normalize.js';
import { findNumbers } from '../../text/numbers.js';
import { coverage } from '../evidence.js';
import { ORGANIZATION_KINDS } from '../check.js';
import { holdsPostWhole, postsIn } from '../query.js';
import type { Answer, Candidate, ExtractContext, Source, Term } from '../types.js';
import { organizationOf, peopleNamed, segments } from './people.js';

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
  const claim = claimOf(ctx);
  const byPerson = personClaim(ctx, claim);
  if (byPerson === UNSETTLED) return [];
  if (byPerson) return [byPerson];
  const support = supportingClause(ctx);
  if (support) return [{ text: '对', source: support, score: 1 }];
  const slot = valueSlot(claim, ctx);
  if (!slot) return [];
  const asked = ctx.ask(slot.question);
  if (asked.answer === null || !asked.article) return [];
  const source = sourceOf(ctx.articles, asked);
  if (!source) return [];
  if (agrees(slot.value, asked.answer)) return [{ text: '对', source, score: asked.score }];
  // 「X是Y」 may hold though the article calls X something else: only a sure answer to 「X是什么」 denies it.
  if (slot.open && asked.score < ctx.weights.openDenial) return [];
  return [{ text: `不对，文章说是${asked.answer}`, source, score: asked.score }];
}

/** Words that ask for a yes or no, at the end of the question or as 是不是 / 是否 / 有没有 inside it. */
const MARKER_END = /(?:是真的吗|是不是真的|对不对|对吗|对吧|对么|是吗|是吧|没错吧|没错吗|是否属实|吗|吧|么|嘛|呢)$/u;
const MARKER_IN = /是不是|是否|有没有|是真的/u;

/** The claim: the intent's `claim` group, or the question, without its yes/no words (是不是 → 是, 有没有 → 有). */
export function claimOf(ctx: Pick<ExtractContext, 'question' | 'match'>): string {
  return (ctx.match?.groups.claim ?? ctx.question)
    .replace(/[\s，,]+/gu, '')
    .replace(MARKER_END, '')
    .replace(MARKER_IN, (m) => (m.startsWith('有') ? '有' : '是'));
}

/**
 * A claim about a person the article names: their posts (包晓东是区长), or
 * the organisation they belong to (张莹尹是卫健委的), checked against what the
 * article gives them.
 */
function personClaim(ctx: ExtractContext, claim: string): Candidate | typeof UNSETTLED | null {
  for (const { article, person } of peopleNamed(ctx)) {
    if (person.roles.length === 0) continue;
    const rest = claim.slice(claim.indexOf(person.name) + person.name.length);
    const is = /^(?:是|担任|任|当选)(?<what>.+)$/u.exec(rest)?.groups?.what;
    if (!is) continue;
    const posts = postsIn(is);
    const said = roleSource(article, person);
    if (posts.length > 0) {
      const post = posts[posts.length - 1] ?? '';
      const org = is.slice(0, is.lastIndexOf(post)).replace(/的$/u, '');
      const holds = person.roles.some((r) => holdsPostWhole(r, post) && (org.length < 2 || mentions(r, org)));
      // 「人民网浙江分社的记者」 of a 人民网记者: a part of their organisation the article does not name is not denied.
      if (!holds && person.roles.some((r) => holdsPostWhole(r, post) && organizationOf(r).some((o) => org.startsWith(o) && org.length > o.length))) return UNSETTLED;
      const says = `${person.name}是${person.roles.join('，')}`;
      // A post one step off (区长 of a 副区长) or at another body is denied; one the article never
      // gives anyone near it (教授) may still be theirs: say what the article does say instead.
      const denied = holds || person.roles.some((r) => r.includes(post) || postsIn(r).some((p) => post.includes(p)));
      if (!denied) return { text: '不对', source: said, score: 1, vague: `文章没有说${person.name}是${post}，只说${says}` };
      return { text: holds ? '对' : `不对，文章说${says}`, source: said, score: 1 };
    }
    // 「…是卫健委的」, 「…是暨南大学的」: the organisation alone.
    const org = /^(?<org>.{2,20}?)(?:的人|的)?$/u.exec(is)?.groups?.org;
    // 「刘凯旋是男的吗」 is no claim about an organisation: only a name that ends like one (暨南大学, 卫健委) is.
    if (org && !/^(?:谁|什么|哪)/u.test(org) && [...ORGANIZATION_KINDS].some((k) => org.endsWith(k))) {
      const holds = person.roles.some((r) => mentions(r, org));
      return { text: holds ? '对' : `不对，文章说${person.name}是${person.roles.join('，')}`, source: said, score: 1 };
    }
  }
  return null;
}

/** A claim the article neither confirms nor denies. */
const UNSETTLED = Symbol('unsettled');

/** The sentence that gives a person's first post, or the dateline. */
function roleSource(article: Article, person: Person): Source {
  const sentence = article.sentences[person.roleSentences[0] ?? -1];
  return sentence ? { article, sentence } : { article, dateline: true };
}

/** A clause (between ；or 。) of the retrieved sentences that holds the whole claim, anchors and all. */
function supportingClause(ctx: ExtractContext): Source | null {
  const anchors = ctx.terms.filter((t): t is Term & { hard: string } => t.hard !== null);
  for (const { article, sentence } of ctx.hits) {
    for (const seg of segments(sentence.norm)) {
      const part = sentence.norm.slice(seg.start, seg.end).toLowerCase();
      if (!anchors.every((a) => part.includes(a.hard.toLowerCase()) || article.titleNorm.includes(a.hard))) continue;
      if (coverage(part, ctx.terms) >= ctx.weights.supportCoverage) return { article, sentence };
    }
  }
  return null;
}

/** Units of numbers that are part of a name or a rank (世界500强, 1+4), not a claimed amount. */
const NAME_UNITS = /^(?:强|大)$/u;
const DATE_IN_CLAIM = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{4}年/u;

/**
 * The value a claim asserts and the question whose answer settles it; null
 * when none can be found. `open`: the question (「X是什么」) has more than one
 * right answer, so another answer does not make the claim wrong by itself.
 */
function valueSlot(claim: string, ctx: ExtractContext): { value: string; question: string; open?: boolean } | null {
  const amount = findNumbers(claim)
    .filter((n) => !NAME_UNITS.test(n.unit) && !/^(?:年|月|日|号)$/u.test(n.unit))
    .at(-1);
  // 「…1150亿元是2021年的」: a date after the last 是 is what is claimed, the figure before it what it is claimed of.
  const last = claim.lastIndexOf('是');
  const claimedDate = last >= 0 ? DATE_IN_CLAIM.exec(claim.slice(last + 1)) : null;
  if (claimedDate) {
    const at = last + 1 + claimedDate.index;
    return { value: claimedDate[0], question: `${claim.slice(0, at)}什么时候${claim.slice(at + claimedDate[0].length)}` };
  }
  if (amount) {
    const unit = amount.unit.replace(/^(?:多|余)?(?:万亿|亿|万|千)?/u, '');
    return { value: amount.text, question: `${claim.slice(0, amount.start)}多少${unit}${claim.slice(amount.end)}` };
  }
  const date = DATE_IN_CLAIM.exec(claim);
  if (date) return { value: date[0], question: `${claim.slice(0, date.index)}什么时候${claim.slice(date.index + date[0].length)}` };
  const where = /在(?<place>[\p{Script=Han}]{2,12}?)(?:开|召开|举行|举办|办|里面|里|内|境内|附近|$)/u.exec(claim);
  if (where?.groups?.place) {
    const place = where.groups.place;
    const at = claim.indexOf(place, where.index);
    // 「…在X里面」 asks where it is: 「…在哪里」; 「会议是在X开的」 keeps its verb.
    const rest = claim.slice(at + place.length).replace(/^(?:里面|里|内|境内|附近)$/u, '');
    return { value: place, question: `${claim.slice(0, at)}哪里${rest}` };
  }
  const named = ctx.articles.flatMap((a) => a.people).find((p) => claim.includes(p.name));
  if (named && !claim.startsWith(named.name)) {
    const at = claim.indexOf(named.name);
    return { value: named.name, question: `${claim.slice(0, at)}谁${claim.slice(at + named.name.length)}` };
  }
  const deed = /^(?<who>.{2,4}?)(?:做了|作了|进行了|发表了|参加了|出席了)(?<what>.+)$/u.exec(claim);
  if (deed?.groups?.who && deed.groups.what) return { value: deed.groups.what, question: `${deed.groups.who}做了什么` };
  const is = /^(?<subject>.+?)是(?<what>[^是]{2,20})$/u.exec(claim);
  if (is?.groups?.subject && is.groups.what) {
    return { value: is.groups.what.replace(/的$/u, ''), question: `${is.groups.subject}是什么`, open: true };
  }
  return null;
}

/** The source of an answer the engine gave, found again among the articles. */
function sourceOf(articles: readonly Article[], answer: Answer): Source | null {
  const article = articles.find((a) => a.id === answer.article);
  if (!article) return null;
  if (answer.paragraph === null) return { article, dateline: true };
  const evidence = normalize(answer.evidence ?? '');
  const inParagraph = article.sentences.filter((s) => s.paragraph === answer.paragraph);
  const sentence = inParagraph.find((s) => evidence.includes(s.norm)) ?? inParagraph[0];
  return sentence ? { article, sentence } : null;
}

/** Whether the article's answer agrees with the value the claim asserts. */
export function agrees(value: string, answer: string): boolean {
  const v = bare(value);
  const a = bare(answer);
  if (!v || !a) return false;
  const digits = (s: string): string => (s.match(/\d+(?:\.\d+)?/gu) ?? []).join(',');
  if (digits(v) && digits(a)) return digits(v) === digits(a) || digits(a).startsWith(digits(v));
  if (a.includes(v) || v.includes(a) || mentions(a, v)) return true;
  return pairShare(v, a) >= 0.5;
}

/** Share of the character pairs of `value` that `text` holds. */
function pairShare(value: string, text: string): number {
  const pairs = Array.from({ length: Math.max(0, value.length - 1) }, (_, i) => value.slice(i, i + 2));
  return pairs.length === 0 ? 0 : pairs.filter((p) => text.includes(p)).length / pairs.length;
}

function bare(text: string): string {
  return text.replace(/[\p{P}\p{S}\s]/gu, '').toLowerCase();
}

/**
 * Whether `text` mentions `name`, whole or as an abbreviation: its characters
 * in order within a stretch at most three times its length (卫健委 in
 * 卫生健康委员会, 北大 in 北京大学).
 */
export function mentions(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  if (name.length < 2) return false;
  for (let start = text.indexOf(name[0] ?? ''); start >= 0; start = text.indexOf(name[0] ?? '', start + 1)) {
    let at = start;
    let ok = true;
    for (const ch of name.slice(1)) {
      at = text.indexOf(ch, at + 1);
      if (at < 0 || at - start >= name.length * 3) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}
