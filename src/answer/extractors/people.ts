import { ROLE_SUFFIXES } from '../../article/people.js';
import { pronounSpeaker } from '../../article/pronouns.js';
import type { Article, Person, Sentence } from '../../article/types.js';
import { readWords } from '../../data.js';
import { escapeRegExp } from '../../text/numbers.js';
import { segment } from '../../text/segment.js';
import { clauseAt, coverage, proximity, standing } from '../evidence.js';
import type { Candidate, ExtractContext } from '../types.js';
import { partnerAsked, partnersOf } from './partner.js';
import { deedsAsked } from '../query.js';
import { modifiedNoun } from './head.js';
import { synonymsOf } from '../../text/synonyms.js';

/** Question words that ask who a named person is, or what post they hold. */
const IDENTITY = /是谁|是什么人|是何人|什么身[份分]|身[份分]|职务|职位|头衔|担任|任职|什么官|干什么|做什么|哪个单位|哪里工作|什么工作|是哪位/u;
/** Question words that ask for the author of the report. */
const REPORTER = /(?<!摄影|摄像|图片|视频)记者|作者|撰稿|撰写|写的|报道者|执笔/u;

/**
 * People: everyone the question asks for (「做主题演讲的都有谁」): the names a
 * clause gives together (A，B，C分别进行了主题演讲) before any one of them.
 */
export function extractPeople(ctx: ExtractContext): Candidate[] {
  const found = namedPeople(ctx);
  const together = [...found.filter((c) => c.text.includes('、')), ...namedTogether(ctx)];
  return [...(together.length > 0 ? together.map((c) => ({ ...c, score: Math.min(1, c.score / 0.8) })) : found), ...describedDoers(ctx)];
}

/** What makes a subject a described group of people rather than a clause that ends on a post: 多位, 众多, 们… */
const GROUP = /多位|多名|数位|数名|众多|诸多|许多|一些|部分|一批|大批|各界|各方|们|人士|人员/u;
/** Who 由 names right before the verb: 由|市委、市政府|主办. */
const AGENT_BEFORE = /由(?<agent>[^，,。；;由]{2,24}?)(?:共同|联合|负责)?$/u;
/** How an organisation's name ends (data/people.yaml `organization_kinds`). */
const ORGANIZATION_ENDINGS = readWords('people.yaml', 'organization_kinds');

/** Words between a subject and its verb: 也, 都, 分别, 进行了… */
const BEFORE_VERB = /(?:也|都|还|又|均|亦|分别|共同|一起|纷纷|先后|相继|进行了?|作了?|做了?)+$/u;

/**
 * The people who did what the question asks about, when the clause describes rather than names
 * them: 「…张莹尹分别进行了主题演讲，来自各家医院和研究机构的多位专家也进行了分享」 → for
 * 「还有谁分享了」, 来自各家医院和研究机构的多位专家. The subject must be a group (多位, 众多, 们…),
 * end with a word for people (专家, 代表, 嘉宾: data/people.yaml's posts) and name no one.
 */
function describedDoers(ctx: ExtractContext): Candidate[] {
  // jieba tags some deeds as distinguishing words (主办/b).
  const verbs = segment(ctx.question).filter((t) => /^[vb]/u.test(t.tag) && t.word.length >= 2);
  const candidates: Candidate[] = [];
  for (const { article, sentence } of ctx.hits) {
    const text = sentence.norm;
    for (const { word: verb, tag } of verbs) {
      for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
        const clause = clauseAt(text, at);
        // 「由市委、市政府主办」: whoever 由 names does the deed, organisations too.
        const agent = AGENT_BEFORE.exec(text.slice(clause.start, at))?.groups?.agent;
        if (agent && agent.split('、').every((item) => ORGANIZATION_ENDINGS.some((k) => item.endsWith(k)) || article.people.some((p) => item.endsWith(p.name)))) {
          const { local } = standing(text, clause.start, clause.end, ctx.terms);
          candidates.push({ text: agent, source: { article, sentence }, start: at - agent.length, score: 0.6 + 0.4 * local, doer: true });
          continue;
        }
        const subject = text.slice(clause.start, at).replace(BEFORE_VERB, '');
        if (!/^v/u.test(tag) || subject.length < 2 || !GROUP.test(subject) || !ROLE_SUFFIXES.some((r) => subject.endsWith(r)) || article.people.some((p) => subject.includes(p.name))) continue;
        const { local } = standing(text, clause.start, clause.end, ctx.terms);
        candidates.push({ text: subject, source: { article, sentence }, start: clause.start, score: 0.6 + 0.4 * local });
      }
    }
  }
  return candidates;
}

/**
 * 「市委书记李相国,常务副市长李岩,…秘书长刘文占出席活动」: the people one statement names together,
 * in order, as one answer; those the question names are left out.
 */
function namedTogether(ctx: ExtractContext): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { article, sentence } of ctx.hits) {
    for (const seg of segments(sentence.norm)) {
      const part = sentence.norm.slice(seg.start, seg.end);
      if (part.includes('分别')) continue; // paired with their items by extractPerson
      const names = article.people
        .filter((p) => part.includes(p.name) && !ctx.question.includes(p.name))
        .sort((a, b) => part.indexOf(a.name) - part.indexOf(b.name))
        .map((p) => p.name);
      if (names.length < 2) continue;
      candidates.push({ text: names.join('、'), source: { article, sentence }, score: 0.8 * coverage(part, ctx.terms) });
    }
  }
  return candidates;
}

/** People of the articles named in the question. */
export function peopleNamed(ctx: ExtractContext): { article: Article; person: Person }[] {
  return ctx.articles.flatMap((article) =>
    article.people.filter((p) => ctx.question.includes(p.name)).map((person) => ({ article, person })),
  );
}

/** The roles of a person as candidates, each with the sentence that gives it. */
function roleCandidates(article: Article, person: Person): Candidate[] {
  return person.roles.map((role, i) => {
    const index = person.roleSentences[i] ?? -1;
    const sentence = article.sentences[index];
    return sentence
      ? { text: role, source: { article, sentence }, start: sentence.norm.indexOf(role), score: 1 }
      : { text: role, source: { article, dateline: true as const }, score: 1 };
  });
}

/** The posts one role joins with 、 or 兼: 协会副会长、中心主任委员 → [协会副会长, 中心主任委员]. */
function postsOf(role: string): string[] {
  return role.split(/、|兼(?:任)?/u).filter((part) => part.length > 0);
}

/**
 * Each post of a role with the body it is held in: 「协会副会长、交易所中心主任委员」 → 协会 for the first, 交易所中心 for
 * the second. 「A公司董事长兼首席执行官」: a post that names no body is held in the one before it.
 */
export function heldIn(role: string): { post: string; body: string }[] {
  const held: { post: string; body: string }[] = [];
  for (const post of postsOf(role)) held.push({ post, body: organizationOf(post)[0] ?? held.at(-1)?.body ?? '' });
  return held;
}

/**
 * Of a role that joins several posts, the ones held in the body the question names:
 * 「甲在交易所担任啥」 of 「协会副会长、交易所中心主任委员」 is 交易所中心主任委员. A question
 * that names no body, or names one in every post, keeps the whole role.
 */
function postsAsked(candidate: Candidate, question: string, name: string): Candidate {
  const posts = postsOf(candidate.text);
  if (posts.length < 2) return candidate;
  const words = segment(question)
    .map((t) => t.word)
    .filter((w) => w.length >= 2 && !name.includes(w) && !w.includes(name));
  const named = heldIn(candidate.text).map(({ body }) => words.filter((w) => body.includes(w)).length);
  const most = Math.max(...named);
  const kept = posts.filter((_, i) => named[i] === most);
  if (most === 0 || kept.length === posts.length) return candidate;
  const text = kept.join('、');
  const start = 'sentence' in candidate.source ? candidate.source.sentence.norm.indexOf(text) : -1;
  return { ...candidate, text, start: start >= 0 ? start : candidate.start };
}

/**
 * Role: what a person named in the question is, as the article gives it
 * (「张驰挺是谁」 → 杭州大运河数智未来城管委会副主任), and the posts the
 * retrieved sentences say someone took (「1992年4月，任中共天津市大港区委副书记」).
 */
export function extractRole(ctx: ExtractContext): Candidate[] {
  return [
    ...peopleNamed(ctx).flatMap(({ article, person }) => roleCandidates(article, person).map((c) => postsAsked(c, ctx.question, person.name))),
    ...postCandidates(ctx),
  ];
}

/** Words a post may begin with that belong to the post, not the organisation: 副, 常务, 执行… */
const POST_PREFIX = /(?:常务|执行|名誉|首席|代理|代|副|总|原|前)+$/u;

/**
 * The organisation in a post as the article gives it: what precedes the post
 * word (暨南大学衰老与再生医学研究院|院长, 招商蛇口产业园区杭州公司|副总经理); of
 * several joined by 、 or 兼, each. '' when the post names none (记者).
 */
export function organizationOf(role: string): string[] {
  return postsOf(role)
    .map((part) => {
      const post = ROLE_SUFFIXES.find((r) => part.endsWith(r));
      return post ? part.slice(0, -post.length).replace(POST_PREFIX, '') : '';
    })
    .filter((org) => org.length >= 2);
}

/**
 * Organisation: where a person named in the question works, from the posts the article gives them;
 * for a question that names no one (「负责管理风景区的单位为」), the names of organisations in the
 * retrieved sentences: nouns ending in an organisation's word (data/people.yaml organization_kinds).
 */
export function extractOrganization(ctx: ExtractContext): Candidate[] {
  const named = peopleNamed(ctx);
  if (named.length === 0) {
    const owner = ownerOfThing(ctx);
    return owner.length > 0 ? owner : [...partnersAsked(ctx), ...organizationsNamed(ctx)];
  }
  const asked = modifiedNoun(ctx.question);
  return named.flatMap(({ article, person }) =>
    roleCandidates(article, person).flatMap((c) =>
      organizationOf(c.text).map((org) => {
        const body = bodyOfKind(org, asked);
        return { ...c, text: body, start: 'sentence' in c.source ? c.source.sentence.norm.indexOf(body) : undefined };
      }),
    ),
  );
}

/**
 * 「哪所大学」 of 「暨南大学衰老与再生医学研究院」: a post held in a part of a body of the kind asked is held in that
 * body, named up to its kind's word; any other organisation as it is.
 *
 * @example
 * bodyOfKind('暨南大学衰老与再生医学研究院', '大学') // '暨南大学'
 * bodyOfKind('暨南大学衰老与再生医学研究院', '研究院') // unchanged
 */
export function bodyOfKind(org: string, asked: string): string {
  const at = asked.length >= 2 && ORGANIZATION_ENDINGS.includes(asked) ? org.indexOf(asked) : -1;
  return at >= 2 ? org.slice(0, at + asked.length) : org;
}

/**
 * 「运河网谷是哪家企业的项目」 of 「…招商蛇口运河网谷」 and 「招商蛇口产业园区杭州公司副总经理姜秀超」: the company a
 * thing the question names belongs to is one the article names in someone's post, whose name (or its first
 * words) the article writes right before the thing's. Its name as written there is the answer.
 */
function ownerOfThing(ctx: ExtractContext): Candidate[] {
  const thing = ctx.match?.groups.subject ?? '';
  if (thing.length < 2) return [];
  const candidates: Candidate[] = [];
  for (const article of ctx.articles) {
    const organizations = [...new Set(article.people.flatMap((p) => p.roles.flatMap(organizationOf)))];
    // Each organisation's leading words, longest first: 招商蛇口产业园区杭州公司, …, 招商蛇口产业, 招商蛇口.
    const leads = organizations.flatMap((org) => {
      const words = segment(org).map((t) => t.word);
      return words.map((_, i) => words.slice(0, words.length - i).join('')).filter((w) => w.length >= 2);
    });
    for (const sentence of article.sentences) {
      for (let at = sentence.norm.indexOf(thing); at > 0; at = sentence.norm.indexOf(thing, at + 1)) {
        const lead = leads.find((w) => sentence.norm.slice(0, at).endsWith(w));
        if (lead) candidates.push({ text: lead, source: { article, sentence }, start: at - lead.length, score: 1 });
      }
    }
  }
  return candidates;
}

const ORGANIZATION_ENDING = new RegExp(`(?:${readWords('people.yaml', 'organization_kinds').map(escapeRegExp).join('|')})$`, 'u');
/** Tags of the words an organisation's name is made of (交通部|观光局, 联合国|教科文|组织). */
const NAME_PART = /^(?:n|nr|ns|nt|nz|j|x|eng|vn)$/u;
const MAX_ORGANIZATION = 16;

/** The organisations the retrieved sentences name, each weighed by how close it stands to the question's words. */
function organizationsNamed(ctx: ExtractContext): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { article, sentence } of ctx.hits) {
    const text = sentence.norm;
    const tokens = segment(text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !ORGANIZATION_ENDING.test(t.word)) continue;
      // Back over the words of the name, as long as they are nouns and the name stays short.
      let name = t.word;
      for (let j = i - 1; j >= 0; j--) {
        const before = tokens[j];
        if (!before || !NAME_PART.test(before.tag) || /[\p{P}\s]/u.test(before.word) || name.length + before.word.length > MAX_ORGANIZATION) break;
        name = before.word + name;
      }
      const start = text.indexOf(name);
      if (start < 0 || name.length < 2 || ctx.question.includes(name)) continue;
      const { local, near } = standing(text, start, start + name.length, ctx.terms);
      candidates.push({ text: name, source: { article, sentence }, start, score: 0.2 + 0.5 * local + 0.3 * near });
    }
  }
  return candidates;
}

/**
 * Verbs that give a post: 担任, 出任, 升任, 当选为…, and 任 alone where it is
 * not part of another word (主任, 责任, 任何, 任务, 任期).
 */
const APPOINTED = /(?:担任|出任|升任|调任|兼任|改任|转任|继任|当选为?|(?<![主责信担出升调兼改转继连前现离委放就历])任(?![何务期命意由性职凭其教]))/gu;
/** Question words that ask for a person, not a post. */
const ASKS_FOR_PERSON = /谁|哪一?个?人|哪一?位|何人|什么人/u;
/** The end of the clause a post runs to. */
const POST_END = /[，,；;。（(：:]/u;
/** What posts end with: 书记, 部长, 主席, 委员, 参谋… */
const POST_WORD = /(?:长|书记|主席|委员|代表|主任|秘书|参谋|顾问|教授|议员|总督|大使|领事|法官|经理|总裁|董事|干事|员|官|师|将|帅|相|令|尉|督|使|守|卿|王|帝)$/u;

/** The posts that follow an appointment verb in the retrieved sentences, scored by how well their clause matches the question. */
function postCandidates(ctx: ExtractContext): Candidate[] {
  // 「哪一个人担任浙江督军的职位」 names the post and asks for the person.
  if (ASKS_FOR_PERSON.test(ctx.question)) return [];
  const candidates: Candidate[] = [];
  for (const { article, sentence } of ctx.hits) {
    const text = sentence.norm;
    for (const m of text.matchAll(APPOINTED)) {
      const start = (m.index ?? 0) + m[0].length;
      const rest = text.slice(start);
      const stop = rest.search(POST_END);
      const post = (stop < 0 ? rest : rest.slice(0, stop)).trim();
      if (post.length < 2 || post.length > 30 || ctx.question.includes(post)) continue;
      const local = coverage(text.slice(clauseAt(text, m.index ?? 0).start, start + post.length), ctx.terms);
      const fit = POST_WORD.test(post) ? 1 : 0.6;
      candidates.push({ text: post, source: { article, sentence }, start, score: fit * (0.5 + 0.5 * Math.max(local, coverage(text, ctx.terms))) });
    }
  }
  return candidates;
}

/** Verbs that open a quotation. */
export const SAYS = /(?:说|表示|指出|介绍|强调|认为|称)[，,：:]?[“"]/u;

/**
 * The person who opened a quotation that is still open at sentence `index`:
 * searched backwards in the same paragraph, as long as the quotation has not closed.
 */
function speakerBefore(article: Article, index: number): { person: Person; sentence: Sentence } | null {
  const paragraph = article.sentences[index]?.paragraph;
  for (let i = index - 1; i >= 0; i--) {
    const s = article.sentences[i];
    if (!s || s.paragraph !== paragraph || /”\s*$/u.test(s.norm)) return null;
    const says = SAYS.exec(s.norm);
    if (!says) continue;
    const before = s.norm.slice(0, says.index);
    const person = article.people.filter((p) => before.includes(p.name)).sort((a, b) => before.lastIndexOf(b.name) - before.lastIndexOf(a.name))[0];
    return person ? { person, sentence: s } : null;
  }
  return null;
}

/**
 * The speaker of a quotation that stands alone before the sentence naming them:
 * 「“拱墅区作为杭州核心城区…。”」 then 「拱墅区副区长包晓东在推介时说，…」.
 */
function speakerAfter(article: Article, index: number): { person: Person; sentence: Sentence } | null {
  const quote = article.sentences[index];
  const next = article.sentences[index + 1];
  if (!quote || !next || next.paragraph !== quote.paragraph || !/^[“"].*[”"]$/u.test(quote.norm)) return null;
  const says = SAYS.exec(next.norm);
  if (!says) return null;
  const before = next.norm.slice(0, says.index);
  const person = article.people.find((p) => before.includes(p.name));
  return person ? { person, sentence: next } : null;
}

/** The items after 分别 (at `at`) in 「A、B分别对X、Y作推介」: X and Y作推介, in order. */
export function respectiveItems(part: string, at: number): string[] {
  return part
    .slice(at + 2)
    .replace(/^[对为就在从向与把给]/u, '')
    .split('、');
}

/**
 * In 「A、B分别对X、Y作推介」, the doer paired with the item `text` names (half its character pairs or more,
 * more than any other item): B for 「Y是谁推介的」. Null when the part pairs no doers with items.
 */
export function respectiveDoer(part: string, article: Article, text: string): string | null {
  const at = part.indexOf('分别');
  if (at < 0) return null;
  const doers = article.people.filter((p) => part.lastIndexOf(p.name, at) >= 0).sort((a, b) => part.indexOf(a.name) - part.indexOf(b.name));
  const items = respectiveItems(part, at);
  if (doers.length < 2 || items.length !== doers.length) return null;
  const shares = items.map((item) => pairShare(item, text));
  const best = shares.indexOf(Math.max(...shares));
  return (shares[best] ?? 0) >= 0.5 && shares.filter((x) => x === shares[best]).length === 1 ? (doers[best]?.name ?? null) : null;
}

/** Share of the character pairs of `value` that `text` holds. */
export function pairShare(value: string, text: string): number {
  const pairs = Array.from({ length: Math.max(0, value.length - 1) }, (_, i) => value.slice(i, i + 2));
  return pairs.length === 0 ? 0 : pairs.filter((p) => text.includes(p)).length / pairs.length;
}

/** Splits a sentence into the parts that `；` and `。` separate. */
export function segments(text: string): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /[；;。]/u.test(text[i] ?? '')) {
      if (i > start) parts.push({ start, end: i });
      start = i + 1;
    }
  }
  return parts;
}

/**
 * Person: who did something, who holds a role, who wrote the report. A
 * question that names a person and asks who they are gets the role instead.
 *
 * Within a sentence, the part (between `；`) that shares most with the
 * question is where the doer stands. `A、B分别对X、Y作推介` maps each name to its
 * item; `A，B，C分别进行了演讲` with no items answers all of them.
 */
export function extractPerson(ctx: ExtractContext): Candidate[] {
  if (peopleNamed(ctx).length > 0 && IDENTITY.test(ctx.question)) return extractRole(ctx);
  const found = [...namedPeople(ctx), ...describedDoers(ctx)];
  // 「三井和谁签约」: who stands with 三井 across 与; anyone else in the sentence (the witness) is a guess.
  const partners = partnersAsked(ctx);
  return partners.length > 0 ? [...partners, ...found.map((c) => ({ ...c, score: c.score * PARTNER_ASIDE }))] : found;
}

/** 「三井和谁签约」, 「跟三井签约的是哪家公司」: who stands with the side named across 与 in the retrieved sentences. */
function partnersAsked(ctx: ExtractContext): Candidate[] {
  const partner = partnerAsked(ctx.question);
  if (!partner) return [];
  return ctx.hits.flatMap(({ article, sentence }) =>
    partnersOf(sentence.norm, partner).map((x) => ({ text: x.text, source: { article, sentence }, start: x.start, score: 0.95 })),
  );
}

/** What a person not joined by 与 to the one a partner question names keeps of their score. */
const PARTNER_ASIDE = 0.5;

/** A question that asks who said something, or whose 谁 is the doer (谁 first, or 是谁 after the deed). */
const SPEAKER_ASKED = /说|讲|表示|指出|提到|提出|称|认为|强调|介绍|透露|谈到|呼吁|^谁|是谁[？?]?$/u;

/** Words between a name and its verb: 也, 还, 亲自…, 在 (李岩在致辞中). */
const DOER_GAP = /^(?:也|都|还|又|均|亦|共同|一起|亲自|先后|再次|首先|随后|则|并|在)*/u;
/** What a name gains whose clause gives it the deed the question asks about (李继东|主持 for 谁主持). */
const DOES_ASKED = 0.4;

/** What an onlooker does (见证, 出席: data/people.yaml `onlookers`), and what may stand before it (以「媒人」身分, 受邀). */
const ONLOOKERS = readWords('people.yaml', 'onlookers');
const ONLOOKER_LEAD = /^(?:以.{1,12}?身[份分]|受邀|应邀|特邀|受邀请)*/u;

/**
 * Whether the person named at `at` of `sentence` only looks on (林佳龙以「媒人」身分见证…签约仪式, 受邀出席…)
 * while the question asks who did a deed (谁代表台糖签的约, 谁主持的); not
 * when the question asks who looked on (谁见证了签约), or names no deed (谁是媒人).
 */
export function onlookerOnly(question: string, sentence: string, at: number, name: string): boolean {
  const deeds = deedsAsked(question);
  if (deeds.some((d) => ONLOOKERS.includes(d) || synonymsOf(d).some((s) => ONLOOKERS.includes(s)))) return false;
  const own = sentence.slice(at + name.length, clauseAt(sentence, at).end).replace(DOER_GAP, '').replace(ONLOOKER_LEAD, '');
  if (!ONLOOKERS.some((w) => own.startsWith(w))) return false;
  // Their clause names the deed asked (…见证…签约仪式 of 谁签的约), or the event the question asks a deed of (…出席…签约仪式
  // of 签约仪式是谁主持的); not what they joined (参加上海救亡演剧队) before a deed of their own.
  return deeds.some((d) => [d, ...synonymsOf(d)].some((w) => own.includes(w))) || (deeds.length > 0 && segment(own).some((t) => t.word.length >= 2 && !ONLOOKERS.includes(t.word) && question.includes(t.word)));
}

/** The people of the retrieved sentences that may have done what the question asks, by name. */
/** Whether a text says a verb, or a word for it. */
function saysVerb(text: string, verb: string): boolean {
  return [verb, ...synonymsOf(verb)].some((w) => text.includes(w));
}

function namedPeople(ctx: ExtractContext): Candidate[] {
  const named = peopleNamed(ctx);
  if (named.length > 0 && IDENTITY.test(ctx.question)) return extractRole(ctx);

  const candidates: Candidate[] = [];
  if (REPORTER.test(ctx.question)) {
    for (const article of ctx.articles) {
      if (article.dateline?.reporter) {
        candidates.push({ text: article.dateline.reporter, source: { article, dateline: true }, score: 1 });
      }
    }
  }
  const namedNames = new Set(named.map((n) => n.person.name));
  const asksSpeaker = SPEAKER_ASKED.test(ctx.question);
  const verbs = segment(ctx.question).filter((t) => /^v/u.test(t.tag) && t.word.length >= 2).map((t) => t.word);
  const roleTerms = ctx.terms.filter((t) => !namedNames.has(t.word));
  for (const hit of ctx.hits) {
    const { article, sentence } = hit;
    const text = sentence.norm;
    for (const seg of segments(text)) {
      const part = text.slice(seg.start, seg.end);
      const inPart = article.people
        .filter((p) => !namedNames.has(p.name) && part.includes(p.name))
        .map((p) => ({ person: p, at: part.indexOf(p.name) }))
        .sort((a, b) => a.at - b.at);
      if (inPart.length === 0) continue;
      const partScore = coverage(part, roleTerms);
      const roleScore = (p: Person): number => Math.max(0, ...p.roles.map((r) => coverage(r, roleTerms)));
      const respectively = part.indexOf('分别');
      const doers = respectively >= 0 ? inPart.filter((p) => p.at < respectively) : [];
      if (doers.length > 1) {
        const items = respectiveItems(part, respectively);
        const mapped = items.length === doers.length;
        // 「A，B，C分别进行了演讲」: together they did it; 「A、B分别对X、Y作推介」 too, each to their own item, when the
        // question asks who did a deed (做推介的有谁). Only where the part says the deed asked, not another of the sentence
        // (「…分别进行了主题演讲」).
        const saysDeed = verbs.every((v) => saysVerb(part, v) || !saysVerb(text, v));
        if (saysDeed && (!mapped || (ctx.kind === 'people' && verbs.length > 0))) {
          const text = doers.map((d) => d.person.name).join('、');
          candidates.push({ text, source: { article, sentence }, score: partScore * 0.8 });
        }
        doers.forEach((d, i) => {
          const itemScore = mapped ? coverage(items[i] ?? '', roleTerms) : 0;
          const score = Math.min(1, 0.3 * partScore + 0.7 * Math.max(roleScore(d.person), itemScore));
          candidates.push({ text: d.person.name, source: { article, sentence }, score });
        });
        continue;
      }
      for (const { person, at } of inPart) {
        const near = proximity(part, at, at + person.name.length, roleTerms);
        // 「副市长李继东主持活动」 for 「谁主持的」: the clause gives the deed asked to this name, whatever else of the question it holds.
        const after = part.slice(at + person.name.length).replace(DOER_GAP, '');
        const doer = verbs.some((v) => after.startsWith(v));
        candidates.push({
          text: person.name,
          source: { article, sentence },
          score: Math.min(1, partScore * 0.5 + roleScore(person) * 0.4 + near * 0.3 + (doer ? DOES_ASKED : 0)),
          ...(doer ? { doer } : {}),
        });
      }
    }
    // A quotation that runs on: 「包晓东在推介时说，“…。…锚定‘1+4’…”」. The speaker
    // of an earlier sentence of the paragraph said this one too.
    // Only for a question that asks who said it, or who did it: 「署方会找谁帮忙」 asks whom 署方 turns to, not who spoke.
    if (asksSpeaker && !article.people.some((p) => text.includes(p.name))) {
      const before = speakerBefore(article, sentence.index) ?? pronounSpeaker(article, sentence.index);
      const after = before ? null : speakerAfter(article, sentence.index);
      // The evidence runs from the first of the two sentences to the second.
      if (before) candidates.push({ text: before.person.name, source: { article, sentence: before.sentence, until: sentence }, score: 0.8 });
      if (after) candidates.push({ text: after.person.name, source: { article, sentence, until: after.sentence }, score: 0.8 });
    }
  }
  return candidates;
}
