import type { AnswerKind } from '../intents/schema.js';
import type { KindShapeFeatures, ShapedKind, ShapeFeatures } from './shape.js';

/**
 * Every tunable of the engine's own decisions, in one documented object (as
 * MiniSearch keeps its search options in one defaults object). Each can be
 * overridden through `createEngine(articles, intents, options)`. The word
 * lists are data (data/*.yaml); the confidence model's weights are fitted
 * (data/confidence.yaml); the extractors' fits stay beside the patterns they
 * weigh.
 */
export interface Weights {
  /** Sentences retrieved per question. */
  hits: number;
  /** Below this score the engine says the article does not say. */
  minScore: number;
  /** Share of the question's weighed words the evidence must hold (its paragraph and title helping). */
  minCoverage: number;
  /**
   * Below this likelihood of being right (the model of data/confidence.yaml)
   * the engine says the article does not say; 0 turns the model off.
   */
  minConfidence: number;
  /** What a candidate keeps of its fit when its evidence holds none of the question ({@link blend}). */
  coverageFloor: number;
  /** What a candidate keeps of its fit when its sentence is the last retrieved ({@link blend}). */
  retrievalFloor: number;
  /** The generic span extractor's candidates weigh this much against the kind's own extractor's (phrase questions: 1). */
  spanWeight: number;
  /**
   * The share of the question's weighed words a sentence must itself hold to be shown, when the
   * engine does not answer, as what the article comes closest to saying (`Answer.related`).
   */
  relatedCoverage: number;
  /**
   * A sentence's share of its coverage when its paragraph and title hold more of
   * the question: they set the scene a sentence leaves implicit, but the
   * paragraph alone must not answer.
   */
  ownShare: number;
  /**
   * A date is a fact of its own sentence: below this share of the question's weighed words in the
   * sentence that gives it (the paragraph not helping), a date answers another event of the paragraph
   * (「…哪年列入…名单」 answered with the 2022年 of the next sentence's GDP).
   */
  minDateOwn: number;
  /**
   * In retrieval, how much holding an answer of the kind asked weighs against
   * the sentence's own score (the best's is 1). More for dates and places: a
   * sentence without one cannot say when or where, while names and nouns are
   * often implied by the sentence before.
   */
  kindBonus: Partial<Record<AnswerKind, number>>;
  /**
   * In retrieval, how much holding the question's weighed words weighs: BM25
   * counts a word's every occurrence, so a long sentence that repeats a few of
   * the question's words can outrank the one that holds them all.
   */
  coverageBonus: number;
  /** With several articles, one the question touches at less than this share of the best one's score is not one it is about. */
  alsoAbout: number;
  /** How like a name (src/text/names.ts) a word jieba does not know must read to answer 谁. */
  nameLike: number;
  /** Share of a yes/no claim's weighed words a clause must hold to confirm it. */
  supportCoverage: number;
  /**
   * A claim 「X是Y」 is denied only when the article's own answer to 「X是什么」 is at least this sure:
   * 运河网谷的主导产业 has one answer (数字科技, 0.9), 座谈会 many (现场, 0.35).
   */
  openDenial: number;
  /**
   * What a phrase answer's shape costs it (src/answer/shape.ts): its score is
   * multiplied by e^(Σ weight × feature), every weight 0 or below. Fitted on
   * DRCD's dev set for the first answer's F1 (coordinate ascent, checked by
   * article cross-validation and on CMRC 2018's trial set).
   */
  phraseShape: Readonly<ShapeFeatures>;
  /**
   * What a phrase without the words that lead into it (实行|联邦制, 例如|台湾路竹会) keeps of the whole
   * phrase's fit (src/answer/shape.ts `objectOf`): the phrase's shape then chooses between them.
   */
  ledPhrase: number;
  /**
   * The intents whose phrase answers {@link phraseShape} weighs: those that ask for a thing, mostly named by a
   * noun phrase. A reason (为什么) is a clause, which often ends on a verb; its shape says nothing against it.
   */
  phraseShapeIntents: readonly string[];
  /**
   * What the shape of an answer to 谁 (person) or 哪里 (place) costs it (src/answer/shape.ts
   * `kindShapeFeatures`): its score is multiplied by e^(Σ weight × feature), every weight 0 or below.
   * It chooses among candidates; whether to answer is still decided on the unweighed score (and on how
   * clearly the choice stands out), and whether the first reading is of the kind asked, before it.
   * Chosen on DRCD's dev set for the first answer's F1 (few features, coarse steps: coordinate search
   * over all of them overfit under article cross-validation), checked on CMRC 2018's trial set.
   */
  kindShape: Readonly<Partial<Record<ShapedKind, Readonly<KindShapeFeatures>>>>;
}

/** The defaults, measured on the dev sets (docs/evaluation.md). */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  hits: 8,
  minScore: 0.2,
  minCoverage: 0.5,
  minConfidence: 0.22,
  coverageFloor: 0.3,
  retrievalFloor: 0.5,
  spanWeight: 0.8,
  relatedCoverage: 0.75,
  ownShare: 0.3,
  minDateOwn: 0.2,
  kindBonus: { date: 1, place: 0.75, person: 0.5, number: 0.5, role: 0.5, phrase: 0.5 },
  coverageBonus: 1,
  alsoAbout: 0.6,
  nameLike: 0.5,
  supportCoverage: 0.8,
  openDenial: 0.6,
  phraseShapeIntents: ['what'],
  ledPhrase: 0.9,
  kindShape: {
    place: { notOwn: -1, farVerb: 0, generic: -0.3, clause: -0.2, inner: -0.5 },
    person: { notOwn: -1, farVerb: -0.2, generic: 0, clause: 0, inner: 0 },
  },
  phraseShape: { notOwn: -1.5, far: -0.15, offHead: -0.7, firstFunction: -0.15, lastNumeral: -1, lastAdjective: -0.5, lastVerb: -0.3, firstVerb: -0.2 },
};

/**
 * A candidate's score: its fit, times how much of the question its evidence
 * holds and how high retrieval ranked its sentence, each keeping a floor so
 * that one weak signal does not zero a strong candidate.
 *
 * @example
 * blend(1, 0.5, 1, DEFAULT_WEIGHTS); // 1 × (0.3 + 0.7 × 0.5) × 1 = 0.65
 */
export function blend(fit: number, covered: number, retrieval: number, w: Pick<Weights, 'coverageFloor' | 'retrievalFloor'>): number {
  return fit * (w.coverageFloor + (1 - w.coverageFloor) * covered) * (w.retrievalFloor + (1 - w.retrievalFloor) * retrieval);
}
