import { segment } from '../text/segment.js';
import { proximity } from './evidence.js';
import { endsLikeHead } from './extractors/head.js';
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
}

/** How many characters may stand between a phrase and the noun after it that names it (为主导产业). */
const HEAD_GAP = 4;

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
 * What a phrase candidate keeps of its score for its shape: e^(Σ weight × feature),
 * the weights (src/answer/weights.ts `phraseShape`) each 0 or below. The engine
 * chooses among candidates by the weighed score; whether to answer at all it
 * still decides on the unweighed one (and on how clearly the choice stands out).
 */
export function shapeFactor(features: ShapeFeatures, weights: Readonly<ShapeFeatures>): number {
  let z = 0;
  for (const key of Object.keys(features) as (keyof ShapeFeatures)[]) z += weights[key] * features[key];
  return Math.exp(Math.min(0, z));
}
