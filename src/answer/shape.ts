import { nameTag, segment } from '../text/segment.js';
import { GENERIC_PLACES } from './places.js';
import { proximity } from './evidence.js';
import { endsLikeHead } from './extractors/head.js';
import { trimPhrase } from './extractors/phrase.js';
import type { Candidate, Term } from './types.js';

/**
 * What a phrase answer's shape says against it, each in [0, 1] (0: nothing
 * against it). A phrase that answers 什么 is mostly a noun phrase standing by
 * the question's words in a sentence that holds them: one that ends on a
 * numeral, an adjective or a verb, or starts on a function word (一直, 之后,
 * 对), is more often a fragment of the sentence than its answer.
 */
export interface ShapeFeatures {
  /** Share of the question's weighed words its sentence itself lacks (1 − own coverage). */
  notOwn: number;
  /** How far it stands from the question's words in its sentence (1 − {@link proximity}). */
  far: number;
  /** 1 when the question asks for a kind of thing (哪一种语言) and it neither ends like one nor stands by the word for it. */
  offHead: number;
  /** 1 when its first word is a function word: an adverb, conjunction, preposition, pronoun, particle, time or place word. */
  firstFunction: number;
  /** 1 when its last word is a numeral or a measure word. */
  lastNumeral: number;
  /** 1 when its last word is an adjective. */
  lastAdjective: number;
  /** 1 when its last word is a verb. */
  lastVerb: number;
  /** 1 when it starts on a verb with more after it (实行联邦制, 改建为民宿): the verb's object is the answer, not the verb phrase. */
  firstVerb: number;
}

/** How many characters may stand between a phrase and the noun after it that names it (为主导产业). */
const HEAD_GAP = 4;

/** A dot that joins the parts of a transliterated name (约翰·洛吉·贝尔德). */
const NAME_DOT = /[·•‧．]/u;

/** jieba's tags of function words (d adverb, c conjunction, p preposition, r pronoun, u… particles, f place, t time, s locative). */
const FUNCTION_TAG = /^(?:d|ad|vd|c|p|r|u\w*|f|t|s)$/u;

/**
 * The shape features of a phrase candidate. `heads` is the noun the question
 * asks about (headNoun) and its words ({@link askedHeads}), empty when it asks
 * for none; `names`, the nouns that, standing by a candidate, name it (the heads,
 * and 主题 of 「座谈会的主题是啥」); `own`, the share of the question its sentence itself holds.
 */
export function shapeFeatures(candidate: Candidate, terms: readonly Term[], heads: readonly string[], names: readonly string[], own: number): ShapeFeatures {
  const head = heads[0] ?? '';
  const tokens = segment(candidate.text);
  const first = tokens[0]?.tag ?? '';
  const last = tokens.at(-1)?.tag ?? '';
  const at = 'sentence' in candidate.source && candidate.start !== undefined ? { text: candidate.source.sentence.norm, start: candidate.start } : null;
  const end = (at?.start ?? 0) + candidate.text.length;
  const near = at ? proximity(at.text, at.start, end, terms) : 1;
  // The sentence may name it by the noun asked, or a word of it: 节目《星期六问责》, 以“创新发展”为主题(口号), 以数字科技为主导产业.
  const namedByHead =
    at !== null &&
    names.some((n) => at.text.slice(Math.max(0, at.start - n.length - 2), at.start).includes(n) || at.text.slice(end, end + n.length + HEAD_GAP).includes(n));
  return {
    notOwn: 1 - own,
    far: 1 - near,
    offHead: head && !candidate.text.endsWith(head) && !endsLikeHead(candidate.text, head) && !namedByHead ? 1 : 0,
    // What the sentence names by the noun asked is a name of that kind, whatever its words (“1+4”产业, 以“聚力共赢”为主题).
    firstFunction: !namedByHead && FUNCTION_TAG.test(first) ? 1 : 0,
    lastNumeral: !namedByHead && /^(?:m|mq|q)$/u.test(last) ? 1 : 0,
    lastAdjective: !namedByHead && last === 'a' ? 1 : 0,
    lastVerb: !namedByHead && last === 'v' ? 1 : 0,
    firstVerb: !namedByHead && tokens.length > 1 && /^v(?!n)/u.test(first) ? 1 : 0,
  };
}

/**
 * The noun a question asks about (its headNoun, '' for none), then the words it is made of and the
 * noun the question puts before it: 口号 of 「主题口号是啥」 gives 口号, 主题口号, 主题.
 */
export function askedHeads(question: string, head: string): string[] {
  if (!head) return [];
  const tokens = segment(question);
  const at = tokens.findIndex((t) => t.word === head);
  const before = at > 0 ? tokens[at - 1] : undefined;
  const compound = before && /^n/u.test(before.tag) && before.word.length >= 2 ? [before.word + head, before.word] : [];
  return [...new Set([head, ...compound, ...segment(head).map((t) => t.word).filter((w) => w.length >= 2)])];
}

/**
 * What a candidate keeps of its score for its shape: e^(Σ weight × feature), the weights
 * (src/answer/weights.ts `phraseShape`, `kindShape`) each 0 or below. The engine chooses among
 * candidates by the weighed score; whether to answer at all it still decides on the unweighed one
 * (and on how clearly the choice stands out).
 *
 * @example
 * shapeFactor({ lastVerb: 1, offHead: 0 }, { lastVerb: -0.3, offHead: -0.7 }); // e^-0.3 ≈ 0.74
 */
export function shapeFactor<F extends Record<keyof F, number>>(features: F, weights: Readonly<F>): number {
  let z = 0;
  for (const key of Object.keys(features) as (keyof F)[]) z += weights[key] * features[key];
  return Math.exp(Math.min(0, z));
}

/**
 * What the shape of an answer to 谁 or 哪里 says against it, each in [0, 1]. The right answer is
 * mostly a name standing by the question's words, in a sentence that holds them; the wrong ones
 * are a piece of the sentence around a name (管理局在目前在新北市, 西太平洋的岛, 比乌声称), a word
 * that names no place in particular (城市, 全国), or a name away from what the question says was done.
 */
export interface KindShapeFeatures {
  /** Share of the question's weighed words its sentence itself lacks (1 − own coverage). */
  notOwn: number;
  /** How far it stands from the question's verbs in its sentence (1 − {@link proximity}; 0 when the question has none): 谁设计 asks for who 设计. */
  farVerb: number;
  /** 1 when it is a word that names no place in particular (城市, 全国: data/places.yaml `generic`). */
  generic: number;
  /** 1 when a verb stands in it (占亚洲面积的三分之一): a clause, not a name. */
  clause: number;
  /** 1 when a function word (的, 在, 以, 和…) stands inside it: a phrase around a name, not the name. */
  inner: number;
}

/** The kinds {@link kindShapeFeatures} reads: the answers to 谁 and 哪里. */
export type ShapedKind = 'place' | 'person';

/**
 * The shape features of a candidate answer to 谁 or 哪里. `verbs` are the question's verbs among
 * its weighed words; `own`, the share of the question its sentence itself holds. A transliterated
 * name (汉斯·艾斯勒), whose parts jieba may tag as verbs, is never a clause.
 */
export function kindShapeFeatures(candidate: Candidate, verbs: readonly Term[], own: number): KindShapeFeatures {
  const text = candidate.text;
  const tags = segment(text).map((t) => nameTag(t.word, t.tag));
  const at = 'sentence' in candidate.source && candidate.start !== undefined ? { text: candidate.source.sentence.norm, start: candidate.start } : null;
  const nearVerb = at && verbs.length > 0 ? proximity(at.text, at.start, at.start + text.length, verbs) : 1;
  const name = NAME_DOT.test(text) || (tags.length > 0 && tags.every((t) => /^nr/u.test(t)));
  return {
    notOwn: 1 - own,
    farVerb: 1 - nearVerb,
    generic: GENERIC_PLACES.has(text) ? 1 : 0,
    clause: !name && tags.some((t) => /^v(?!n)/u.test(t)) ? 1 : 0,
    inner: !name && tags.slice(1, -1).some((t) => FUNCTION_TAG.test(t)) ? 1 : 0,
  };
}

/** jieba's tags of the words that lead into a phrase's object: verbs, adverbs, conjunctions, prepositions, pronouns, particles, place and time words. */
const LEAD_TAG = /^(?:v|vd|d|ad|c|p|r|u\w*|f|t)$/u;

/**
 * A phrase without the words that lead into it (实行|联邦制, 例如|台湾路竹会, 后来受|卑南族), with
 * where it starts in the phrase; null when none lead, fewer than two characters would be left, the
 * phrase holds punctuation or does not end on a noun.
 */
export function objectOf(phrase: string): { text: string; start: number } | null {
  // A quotation or a run of clauses (“创新发展,聚力共赢”) is taken whole; an object is a noun (联邦制, not 创新|发展).
  if (/[\p{P}\p{S}\s]/u.test(phrase)) return null;
  const tokens = segment(phrase);
  if (!/^(?:n\w*|x|eng)$/u.test(tokens.at(-1)?.tag ?? '')) return null;
  let start = 0;
  let k = 0;
  while (k < tokens.length - 1 && LEAD_TAG.test(tokens[k]?.tag ?? '')) start += tokens[k++]?.word.length ?? 0;
  const text = trimPhrase(phrase.slice(start));
  return k > 0 && text.length >= 2 ? { text, start: phrase.indexOf(text, start) } : null;
}
