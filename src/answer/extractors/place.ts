import { segment } from '../../text/segment.js';
import { standing } from '../evidence.js';
import type { Candidate, ExtractContext } from '../types.js';
import { endsLikeHead, headNoun } from './head.js';
import { askedPlaceKind, GENERIC_PLACES, PLACE_ENDING } from '../places.js';

/** Verbs of an event or a start that happens somewhere (`在X召开`). */
export const EVENT_VERB = /(?:召开|举行|举办|开幕|闭幕|开园|成立|落户|启动|开展|进行|签约|发布|出生|去世|建成|设立|开业|展出|上演|登陆|落地)/u;
/** `在X召开`: the place of an event, between 在 and the verb. */
const AT_EVENT = new RegExp(`在(?<place>[^，,。；;：:“”、]{2,30}?)${EVENT_VERB.source}`, 'gu');
/** `位于X`, `地处X内`: where something is. */
const LOCATED =
  /(?:位于|地处|坐落于|坐落在|落户于?|设在|设于|地址在|发源于|出生于|生于)(?<place>[^，,。；;：:“”]{2,40}?)(?:内|中|里|境内|一带|附近)?(?=[，,。；;：:]|$)/gu;
/** `来自X的专家`: where people come from. */
const FROM = /来自(?<place>[^，,。；;：:“”]{2,30}?)(?=的|[，,。；;]|$)/gu;

/**
 * Where: the place of the event or thing the question names: `在X召开`,
 * `地处X`, then place names (jieba's `ns`, or words with a place suffix) near
 * the question's terms. 「报道发自哪里」 gets the dateline's place.
 */
export function extractPlace(ctx: ExtractContext): Candidate[] {
  const candidates: Candidate[] = [];
  // 「哪一个岛屿」 asks for an island: a place named like one (绿岛) fits better than where it lies.
  const head = headNoun(ctx.question);
  const kindAsked = askedPlaceKind(ctx.question);
  const named = (place: string): number => ((head && (place.endsWith(head) || endsLikeHead(place, head))) || (kindAsked && place.endsWith(kindAsked)) ? 1.2 : 1);
  if (/发自|发稿|电讯|报道地|哪里报道|哪里发(?:的|出|稿|来)/u.test(ctx.question)) {
    for (const article of ctx.articles) {
      if (article.dateline?.place) candidates.push({ text: article.dateline.place, source: { article, dateline: true }, score: 1 });
    }
  }
  for (const { article, sentence } of ctx.hits) {
    const text = sentence.norm;
    const score = (start: number, length: number, fit: number): number => {
      const { local, near } = standing(text, start, start + length, ctx.terms);
      return fit * named(text.slice(start, start + length)) * (0.4 + 0.35 * local + 0.25 * near);
    };
    for (const pattern of [AT_EVENT, LOCATED, FROM]) {
      for (const m of text.matchAll(pattern)) {
        // `省级特色小镇——杭州…小镇`: the name after an appositive dash is the precise one.
        const place = (m.groups?.place ?? '').split(/——|—/u).at(-1) ?? '';
        const start = (m.index ?? 0) + m[0].indexOf(place);
        if (!place || ctx.question.includes(place)) continue;
        candidates.push({ text: place, source: { article, sentence }, start, score: score(start, place.length, 1) });
        // 「在杭州哪个区」 of 杭州市拱墅区招商蛇口运河网谷: the part that is a 区, less the 杭州市 the question names.
        const part = kindAsked ? partNamed(place, kindAsked, ctx.question) : null;
        if (part) candidates.push({ text: part.text, source: { article, sentence }, start: start + part.at, score: score(start + part.at, part.text.length, 1) });
        // 「在哥本哈根的研究所作研究」: the place is what comes before 的.
        const owner = place.split('的')[0] ?? '';
        if (owner.length >= 2 && owner !== place) candidates.push({ text: owner, source: { article, sentence }, start, score: score(start, owner.length, 1.05) });
      }
    }
    let offset = 0;
    let innerEnd = -1;
    const tokens = segment(text);
    for (const [i, token] of tokens.entries()) {
      const at = text.indexOf(token.word, offset);
      if (at < 0) continue;
      offset = at + token.word.length;
      const isPlace = token.tag === 'ns' || (token.word.length >= 2 && PLACE_ENDING.test(token.word) && token.tag.startsWith('n'));
      if (!isPlace || ctx.question.includes(token.word)) continue;
      candidates.push({ text: token.word, source: { article, sentence }, start: at, score: score(at, token.word.length, 0.7) });
      // 台|中港 of 台中港: jieba cut a place's first character off into a word of its own (a measure word, a bound morpheme).
      const before = tokens[i - 1];
      if (token.tag === 'ns' && before && before.word.length === 1 && LOST_FIRST.test(before.tag) && text.startsWith(before.word + token.word, at - 1)) {
        candidates.push({ text: before.word + token.word, source: { article, sentence }, start: at - 1, score: score(at - 1, token.word.length + 1, 0.75) });
      }
      // 湖滨|生态|园区: a place name jieba cut into nouns is whole up to the word that ends it as a place (from a
      // name jieba knows as a place: 运河|网谷 of 运河网谷 is a venue's name, not a place's).
      const whole = token.tag === 'ns' ? placeRun(tokens.slice(i)) : token.word;
      // Not again as a piece of the place inside a place already taken (台糖|湖滨生态园区 of 东区的台糖湖滨生态园区).
      if (whole.length > token.word.length && text.startsWith(whole, at) && at + whole.length > innerEnd && !ctx.question.includes(whole)) {
        candidates.push({ text: whole, source: { article, sentence }, start: at, score: score(at, whole.length, 0.8) });
      }
      // 「东区的台糖湖滨生态园区」: the place a place holds, named by its ending, is the more precise answer.
      const inner = innerPlaceAfter(text, offset);
      if (inner && !ctx.question.includes(inner)) {
        // It stands where its holder does: 推荐东区的… is as near 推荐 for the one as for the other.
        candidates.push({ text: inner, source: { article, sentence }, start: offset + 1, score: score(at, offset + 1 + inner.length - at, 0.8) });
        innerEnd = offset + 1 + inner.length;
      }
    }
  }
  // 湖滨 and 糖湖滨 of 台糖湖滨生态园区: a piece cut from inside a place named whole, at neither of its ends, names nothing.
  const inside = (c: Candidate, d: Candidate): boolean =>
    c.source === d.source || ('sentence' in c.source && 'sentence' in d.source && c.source.sentence === d.source.sentence)
      ? c.start !== undefined && d.start !== undefined && c.start > d.start && c.start + c.text.length < d.start + d.text.length
      : false;
  // A part that ends like a place itself (拱墅区 of 杭州市拱墅区招商蛇口运河网谷) is one.
  return candidates.filter((c) => PLACE_ENDING.test(c.text) || !candidates.some((d) => d.text.length > c.text.length && PLACE_ENDING.test(d.text) && inside(c, d)));
}

/** jieba's tags of a lone character that may be a place name's first (台 of 台|中港): measure words, bound morphemes. */
const LOST_FIRST = /^(?:q|zg|ng|j)$/u;

/** Nouns that may run on in a place's name (生态 of 湖滨生态园区): jieba's n, nz, ns, and words it does not know. */
const NAME_PART = /^(?:n|nz|ns|nt|x)$/u;

/**
 * The longest run of nouns from a place word that ends in a word of a place's ending of two
 * characters or more (园区, 小镇, not 区): 湖滨|生态|园区 → 湖滨生态园区. The first word alone when none does.
 */
function placeRun(tokens: readonly { word: string; tag: string }[]): string {
  let run = tokens[0]?.word ?? '';
  let whole = run;
  for (const token of tokens.slice(1, 5)) {
    if (!NAME_PART.test(token.tag)) break;
    run += token.word;
    if (token.word.length >= 2 && PLACE_ENDING.test(token.word)) whole = run;
  }
  return whole;
}

/** What follows a place as 「的X」 within its clause: X may be a place inside it. */
const INNER_PLACE = /^的(?<inner>\p{Script=Han}{2,12})(?=[，,。；;：:、]|$|[在为是将和与及并])/u;

/** The one place named 「的X」 right after `end` in `text` (东区|的台糖湖滨生态园区), or null. */
export function innerPlaceAfter(text: string, end: number): string | null {
  const inner = INNER_PLACE.exec(text.slice(end))?.groups?.inner;
  return inner && PLACE_ENDING.test(inner) && namesOne(inner) ? inner : null;
}

/** Whether a phrase names one particular place: not 一个大型城市, 第二大岛 or 中心城市, but 台糖湖滨生态园区. */
function namesOne(phrase: string): boolean {
  const words = segment(phrase);
  // 台糖湖滨生态园区 ends in a generic word (园区) but a name (湖滨) makes it one place.
  const named = words.some((w) => /^(?:ns|nz|nt|nr|x)/u.test(w.tag));
  // 「的销量已超过美国市场」 is a clause, not a name: a name holds no verb.
  const clause = words.some((w) => /^(?:v|d)/u.test(w.tag));
  return !clause && !/^(?:m|q|r|mq)$/u.test(words[0]?.tag ?? '') && (named || !GENERIC_PLACES.has(words.at(-1)?.word ?? ''));
}

/** The first part of an administrative name: 杭州市 of 杭州市拱墅区. */
const FIRST_AREA = /^\p{Script=Han}{2,6}?(?:省|市|区|县|镇)/u;

/**
 * The part of a place name that is of the kind asked (`head`, 区 of 哪个区): the name up to its
 * last `head`, less a first area the question itself names. Null when the name holds no such part
 * or is all of it.
 */
export function partNamed(place: string, head: string, question: string): { text: string; at: number } | null {
  if (place.endsWith(head)) return null;
  const end = place.lastIndexOf(head);
  if (end <= 0) return null;
  let text = place.slice(0, end + head.length);
  let at = 0;
  const first = FIRST_AREA.exec(text)?.[0] ?? '';
  if (first && first.length < text.length && question.includes(first.slice(0, -1))) {
    text = text.slice(first.length);
    at = first.length;
  }
  return text.length >= 2 ? { text, at } : null;
}

