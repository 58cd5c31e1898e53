import type { Article, Person, Sentence } from '../../article/types.js';
import type { Candidate, ExtractContext, Term } from '../types.js';
import { coverage } from '../evidence.js';
import { pronounSpeaker } from '../../article/pronouns.js';
import { peopleNamed, SAYS, segments } from './people.js';
import { segment } from '../../text/segment.js';
import { synonymsOf } from '../../text/synonyms.js';
import { isStopWord } from '../../text/stopwords.js';
import { holdsPostWhole, postsIn } from '../query.js';

/**
 * 「拱墅那位副区长推介时说了些啥」: the one person the articles give the post the question names, and whose post holds
 * the word the question puts right before it (拱墅); none when no one or several hold it.
 */
function soleHolder(ctx: ExtractContext): { article: Article; person: Person }[] {
  const [post, ...more] = postsIn(ctx.question);
  if (!post || more.length > 0) return [];
  const before = ctx.question.slice(0, ctx.question.indexOf(post)).replace(/(?:的|那位|这位|那个|这个)+$/u, '');
  const qualifier = segment(before).filter((t) => t.word.length >= 2 && !isStopWord(t.word)).at(-1)?.word ?? '';
  const holders = ctx.articles.flatMap((article) =>
    article.people
      .filter((p) => p.roles.some((r) => holdsPostWhole(r, post) && (!qualifier || r.includes(qualifier))))
      .map((person) => ({ article, person })),
  );
  return holders.length === 1 ? holders : [];
}

/** Longest answer given as what someone said; the evidence holds the rest. */
const MAX_QUOTE = 120;
/** Longest predicate given as what someone did. */
const MAX_DEED = 40;

/**
 * What a person named in the question said or did:
 * - said: the quotation the article gives them (「包晓东在推介时说，“…”」, also the
 *   quotation that stands just before 「…包晓东…说」), its first sentence as the
 *   answer and the whole quotation as evidence;
 * - did: the predicate of the clause that names them (「…张俊峰，…鞠振宇…分别进行了
 *   主题演讲」 → 进行了主题演讲).
 */
export function extractStatement(ctx: ExtractContext): Candidate[] {
  const candidates: Candidate[] = [];
  // 「市民留言都说了啥」, 「林佳龙发脸书后，市民留言都说了啥」: a group the question names last, after any person, is the
  // speaker asked about (市民, 网友, 专家); it is quoted where it speaks.
  const named = peopleNamed(ctx).length > 0 ? peopleNamed(ctx) : soleHolder(ctx);
  const spoken = SAID.test(ctx.question) ? GROUP_SPEAKER.exec(ctx.question) : null;
  // The group speaks when no person is named after it, or the person stands where it speaks (市民在林佳龙脸书上留言).
  const speaksAt = spoken && ctx.question.startsWith('在', spoken.index + spoken[0].length) ? spoken.index + spoken[0].length : -1;
  const group = spoken && named.every(({ person }) => ctx.question.lastIndexOf(person.name) < spoken.index || (speaksAt >= 0 && ctx.question.indexOf(person.name, speaksAt) > speaksAt)) ? spoken[0] : undefined;
  // 「李岩推介了什么」 asks for what he presented: that he attended (出席活动) does not answer it.
  const verb = askedVerb(ctx.question);
  const doneAsAsked = (sentence: string): boolean => !verb || LIGHT.test(verb) || [verb, ...synonymsOf(verb)].some((v) => sentence.includes(v));
  for (const { article, person } of group ? [] : named) {
    for (const sentence of article.sentences) {
      // 「李岩在致辞中…。他说，当前，松原正处在…」: a pronoun that opens a statement as its speaker stands for the
      // person named before it, in the sentence or the one before.
      if (SAID.test(ctx.question)) {
        const named = sentence.norm.indexOf(person.name);
        const opening = PRONOUN_OPENING.exec(sentence.norm.slice(Math.max(0, named)));
        const own = named >= 0 && opening !== null && !article.people.some((p) => p !== person && sentence.norm.slice(named, named + opening.index).includes(p.name));
        const at = own && opening ? named + opening.index + opening[0].length : named < 0 && pronounSpeaker(article, sentence.index)?.person === person ? (PRONOUN_OPENING.exec(sentence.norm)?.[0].length ?? -1) : -1;
        const text = at >= 0 ? (sentence.norm.slice(at).split(/[。！？]/u)[0] ?? '') : '';
        if (text.length >= 4) candidates.push({ text: text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text, source: { article, sentence }, start: at, score: 0.95 });
      }
      const at = sentence.norm.indexOf(person.name);
      if (at < 0) continue;
      const quoted = quotation(article, sentence, at + person.name.length, SAYS, topicOf(ctx.terms, article));
      if (quoted) candidates.push(quoted);
      const own = objectOf(sentence.norm, person, article);
      // 「A、B分别对X、Y作推介」: what B presented is Y; what B did is 对Y作推介.
      // 「姜秀超说了什么」 of 「…姜秀超分别对…运河网谷项目作深入推介」: what he presented is not what he
      // said; the article gives no words of his, and the reply says what it does give.
      if (own && SAID.test(ctx.question) && !quoted) {
        const vague = `文章没有引用${person.name}的话，只说${person.name}对${own.text}${own.verb}`;
        candidates.push({ text: own.text, source: { article, sentence }, start: own.start, score: 0.95, vague });
        continue;
      }
      if (own) {
        const text = DID.test(ctx.question) ? `对${own.text}${own.verb}` : own.text;
        candidates.push({ text, source: { article, sentence }, ...(text === own.text ? { start: own.start } : {}), score: 0.95 });
        continue;
      }
      const deed = predicate(sentence.norm, person, article);
      // 「张莹尹在演讲里讲了什么」 asks what the speech said: 「进行了主题演讲」 only repeats the question.
      if (deed && echoes(deed.text, ctx.question)) continue;
      // 「李相国讲了什么」: that he attended (出席活动) says nothing of what he said; 「讲了哪些观点」, 「具体讲了啥」
      // ask what the speech held, which 「进行了主题演讲」 does not tell: the reply says what the article does give.
      if (deed && SAID.test(ctx.question) && SPEECH.test(deed.text) && CONTENT.test(ctx.question)) {
        const vague = `文章没有给出${person.name}讲话的内容，只说${person.name}${deed.text}`;
        candidates.push({ text: deed.text, source: { article, sentence }, start: deed.start, score: 0.9, vague });
        continue;
      }
      if (deed && SAID.test(ctx.question) && !SPEECH.test(deed.text)) continue;
      if (deed && !doneAsAsked(sentence.norm)) continue;
      if (deed) candidates.push({ text: deed.text, source: { article, sentence }, start: deed.start, score: quoted ? 0.6 : 0.9 });
    }
  }
  for (const { article, sentence } of group ? ctx.hits : []) {
    const at = sentence.norm.indexOf(group ?? '');
    const quoted = at >= 0 ? quotation(article, sentence, at + (group ?? '').length, QUOTED_SAYS) : null;
    if (quoted) candidates.push({ ...quoted, score: 0.9 });
  }
  return candidates;
}

/** Groups that speak in a report without a name: 市民, 网友, 与会嘉宾… */
const GROUP_SPEAKER = /市民|网友|民众|群众|读者|观众|居民|村民|嘉宾|专家|业内人士|与会者/u;
/** A group's words: 表示「…」, 留言说“…”, with whatever stands between (留言为他打气,表示「…」). */
const QUOTED_SAYS = /(?:说|表示|指出|称|留言|写道)[，,：:]?[“"「]/u;

/** Whether a predicate only repeats the question: its last word (演讲, 推介) is the question's. */
function echoes(deed: string, question: string): boolean {
  return question.includes(deed.slice(-2));
}

/** The quotation a speaker opens after `from` in a sentence, run on to its closing mark; with the one just before, if any. */
function quotation(article: Article, sentence: Sentence, from: number, opens: RegExp = SAYS, topic: readonly Term[] = []): Candidate | null {
  const says = opens.exec(sentence.norm.slice(from)) ?? INDIRECT.exec(sentence.norm.slice(from));
  if (!says) return null;
  // The speaker's clause itself must be short: 「包晓东在推介时说」, not a sentence that goes on to other things.
  if (says.index > 12) return null;
  const sentences = article.sentences.filter((s) => s.paragraph === sentence.paragraph && s.index >= sentence.index);
  let until = sentence;
  for (const s of sentences) {
    until = s;
    if (/[”"]\s*$/u.test(s.norm)) break;
  }
  const before = article.sentences[sentence.index - 1];
  const opensWithQuote = before && before.paragraph === sentence.paragraph && /^[“"].*[”"]$/u.test(before.norm);
  const start = from + says.index + says[0].length;
  const first = opensWithQuote ? before.norm.slice(1, -1) : sentence.norm.slice(start).replace(/[”"]$/u, '');
  // 「包晓东怎么评价拱墅产业数字化」: of a quotation over several sentences, the one that speaks of what the question
  // names (拱墅产业数字化发展基础好…), not always the first.
  const parts = [
    { text: first, sentence: opensWithQuote ? before : sentence, start: opensWithQuote ? 1 : start },
    ...(opensWithQuote ? [{ text: sentence.norm.slice(start).replace(/[”"]$/u, ''), sentence, start }] : []),
    ...sentences.filter((s) => s.index > sentence.index && s.index <= until.index).map((s) => ({ text: s.norm.replace(/[”"」]+$/u, ''), sentence: s, start: 0 })),
  ].filter((p) => p.text.length >= 4);
  const said = (p: { text: string }): number => (topic.length > 0 ? coverage(p.text, topic) : 0);
  const best = parts.reduce((a, b) => (said(b) > said(a) ? b : a), parts[0] ?? { text: first, sentence, start });
  const text = best.text.length > MAX_QUOTE ? `${best.text.slice(0, MAX_QUOTE)}…` : best.text;
  if (text.length < 4) return null;
  return {
    text,
    source: { article, sentence: best === parts[0] ? (opensWithQuote ? before : sentence) : best.sentence, until },
    start: best.start,
    score: 1,
  };
}

/** The question's words that say what it asks about: not the names of the article's people, nor the verbs of saying. */
function topicOf(terms: readonly Term[], article: Article): Term[] {
  return terms.filter((t) => !article.people.some((p) => p.name === t.word || p.name.includes(t.word)) && !SAYING.test(t.word));
}

/** Verbs that ask what someone said, whatever it was about. */
const SAYING = /^(?:说|讲|谈|表示|提到|强调|介绍|推介|发言|分享|评价|形容|描述|看|怎么|如何|咋|推介时|时)$/u;

/** Reported speech without quotation marks: 「许新成说，本届…」 (the rest of the sentence is what was said). */
const INDIRECT = /^(?:[^，,。]{0,12}?)(?:说|表示|指出|强调|认为|称)[，,：:]/u;

/** The verb a question asks what was done with: 推介 of 「李岩推介了什么」; '' when none. */
function askedVerb(question: string): string {
  const tokens = segment(question);
  const at = tokens.findIndex((t) => /^(?:什么|啥|哪些)$/u.test(t.word));
  const before = tokens.slice(0, Math.max(0, at)).filter((t) => !/^(?:了|过|些)$/u.test(t.word));
  const last = before.at(-1);
  return last && /^v/u.test(last.tag) ? last.word : '';
}
/** Verbs that ask for any deed: 做了什么, 干了啥. */
const LIGHT = /^.?[做干作搞]$|^干嘛$/u;
/** What opens a statement a pronoun speaks: 他说，/她表示，, at a sentence's start or after its full stop. */
const PRONOUN_OPENING = /(?:^|(?<=[。！？]))(?:她|他)(?:还|并|也|则|又|更)?(?:说|表示|指出|指|强调|认为|称|介绍|坦言|透露|提到)[，,：:]?/u;

/** Questions that ask what someone said: 讲了什么, 说了啥. */
const SAID = /(?:说|讲|谈|表示|提到|强调)(?:了|过)?(?:些)?(?:什么|啥|哪些)/u;
/** Deeds that are speaking: what a speaker did answers what they said only through one of these. */
const SPEECH = /演讲|致辞|发言|讲话|表示|介绍|推介|报告|分享|说|讲/u;

/** Words that ask for what was said, not that it was: 观点, 内容, 建议…, 具体讲了啥. */
const CONTENT = /观点|看法|内容|建议|主张|意见|要点|见解|结论|具体/u;

/** Questions that ask what someone did, not what they did it to: 做了什么, 干了啥. */
const DID = /(?:做|干|作)(?:了|过)?(?:什么|啥|哪些)/u;

/** The verb that closes 「分别对X、Y作深入推介」: a light verb and what follows it to the end. */
const CLOSING_VERB = /(?:作|做|进行|开展|发表)(?:了)?[^、，,]{0,8}$/u;

/**
 * What a person did something to, where a clause gives several people one
 * thing each: 「张驰挺、姜秀超分别对杭州市拱墅区营商环境、运河网谷项目作深入推介」 → for
 * 姜秀超, 运河网谷项目. Null when the clause does not pair them off.
 */
function objectOf(text: string, person: Person, article: Article): { text: string; start: number; verb: string } | null {
  for (const seg of segments(text)) {
    const part = text.slice(seg.start, seg.end);
    const respectively = part.indexOf('分别');
    const at = part.indexOf(person.name);
    if (respectively < 0 || at < 0 || at > respectively) continue;
    const doers = article.people
      .filter((p) => {
        const i = part.indexOf(p.name);
        return i >= 0 && i < respectively;
      })
      .sort((a, b) => part.indexOf(a.name) - part.indexOf(b.name));
    const tail = part.slice(respectively + 2).replace(/^[对为就向与把给]/u, '');
    const verb = CLOSING_VERB.exec(tail);
    if (!verb) return null;
    const objects = tail.slice(0, verb.index).split('、');
    const i = doers.indexOf(person);
    const object = objects[i];
    if (objects.length !== doers.length || !object || object.length < 2) return null;
    return { text: object, start: seg.start + part.indexOf(object, respectively), verb: verb[0] };
  }
  return null;
}

/**
 * What the clause naming a person says they did: the words after the last
 * name of their clause, from 分别 on when the clause lists several people.
 */
function predicate(text: string, person: Person, article: Article): { text: string; start: number } | null {
  for (const seg of segments(text)) {
    const part = text.slice(seg.start, seg.end);
    const at = part.indexOf(person.name);
    if (at < 0) continue;
    const respectively = part.indexOf('分别', at);
    let start: number;
    if (respectively >= 0) start = respectively + 2;
    else {
      const lastName = Math.max(...article.people.map((p) => (part.lastIndexOf(p.name) >= at ? part.lastIndexOf(p.name) + p.name.length : -1)));
      start = lastName;
    }
    const deed = part.slice(start).replace(/^[，,、\s]+/u, '');
    // A predicate says what was done: a verb phrase, not a name list or a title that runs on.
    if (deed.length < 3 || deed.length > MAX_DEED || !/(?:了|作|做|进行|发表|出席|主持|介绍|推介|演讲|致辞|发言|讲话|表示|签)/u.test(deed)) return null;
    return { text: deed, start: seg.start + part.indexOf(deed, start) };
  }
  return null;
}
