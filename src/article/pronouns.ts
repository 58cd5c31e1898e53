import type { Article, Person, Sentence } from './types.js';

/** A sentence that a pronoun opens as its speaker: 「她指，…」, 「他还表示，…」. */
const PRONOUN_SAYS = /^(?:她|他)(?:还|并|也|则|又|更)?(?:说|表示|指出|指|强调|认为|称|介绍|坦言|透露|提到)/u;
/** How many sentences back a pronoun's speaker may be named. */
const PRONOUN_REACH = 4;

/**
 * The person a pronoun that opens sentence `index` as its speaker stands for (「她指，…」): back over
 * the sentences the same pronoun opens, the last person named before them.
 */
export function pronounSpeaker(article: Article, index: number): { person: Person; sentence: Sentence } | null {
  if (!PRONOUN_SAYS.test(article.sentences[index]?.norm ?? '')) return null;
  for (let i = index - 1; i >= 0 && i >= index - PRONOUN_REACH; i--) {
    const s = article.sentences[i];
    if (!s || PRONOUN_SAYS.test(s.norm)) continue;
    const person = article.people.filter((p) => s.norm.includes(p.name)).sort((a, b) => s.norm.lastIndexOf(b.name) - s.norm.lastIndexOf(a.name))[0];
    return person ? { person, sentence: s } : null;
  }
  return null;
}

/** A sentence that opens on the event the report covers, named only by its kind: 「此次活动是…」, 「本次会议…」. */
const THIS_EVENT = /^(?:此次|本次|这次|该)(?:活动|会议|大会|仪式|论坛|座谈会?|峰会|签约仪式)/u;

/**
 * The report's title when sentence `index` opens on its event named only by its kind (「此次活动…由市委、市政府主办」):
 * the title names that event (「我市举行投资说明会暨招商项目签约仪式」); else ''.
 */
export function eventNamed(article: Article, index: number): string {
  return THIS_EVENT.test(article.sentences[index]?.norm ?? '') ? article.titleNorm : '';
}

/** A sentence that opens on a part of what the one before it counts: 「当中近300间来自内地」, 「其中，…」. */
export const PART_OF = /^(?:当中|其中|其余|其他|这些|这当中)/u;

/**
 * The sentence before sentence `index`, in its paragraph, when `index` opens on a part of what that one
 * counts (「…协助560间企业…。当中近300间来自内地」), or goes on from the quote it closes (「“…”许新成说,…」):
 * what it speaks of; else ''.
 */
export function wholeOfPart(article: Article, index: number): string {
  const before = sentenceBefore(article, index);
  const norm = article.sentences[index]?.norm ?? '';
  return before && (PART_OF.test(norm) || GOES_ON.test(norm) || quoteGoesOn(before.norm, norm)) ? before.norm : '';
}

/**
 * The sentence before sentence `index`, in its paragraph, when `index` goes on from it with what it covers
 * (「…共签约招商项目14个。涵盖…、旅游开发等多个领域」): its subject; else ''. Unlike a part (当中…), what it
 * covers is said of the whole.
 */
export function subjectBefore(article: Article, index: number): string {
  const before = sentenceBefore(article, index);
  return before && GOES_ON.test(article.sentences[index]?.norm ?? '') ? before.norm : '';
}

/** The sentence before sentence `index` in its paragraph, if any. */
function sentenceBefore(article: Article, index: number): Sentence | undefined {
  const sentence = article.sentences[index];
  const before = article.sentences[index - 1];
  return sentence && before && before.paragraph === sentence.paragraph ? before : undefined;
}

/** A sentence whose subject is the one before it: 「…共签约招商项目14个。涵盖生物化工、…等多个领域」. */
const GOES_ON = /^(?:涵盖|包括|涉及|覆盖|包含)/u;

/** A sentence that opens on who spoke the quote before it and goes on in their words: 「“兄弟省区市也…。”许新成说,贵州省、…」. */
function quoteGoesOn(before: string, sentence: string): boolean {
  return /[”」』]$/u.test(before) && /^\p{Script=Han}{2,4}(?:还|又|也)?(?:说|表示|介绍|指出)[,，]/u.test(sentence);
}
