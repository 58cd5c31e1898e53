import { readData } from '../data.js';
import type { AnswerKind } from '../intents/schema.js';

/**
 * What the engine knows about its best candidate when it decides whether to
 * give it: how well it fits, how much of the question its evidence holds, and
 * how clearly it beats the other candidates.
 */
export interface Signals {
  /** The candidate's final score (fit × coverage × retrieval). */
  score: number;
  /** Share of the question's weighed words the evidence holds, its paragraph and title helping. */
  covered: number;
  /** Share of them the evidence itself holds. */
  own: number;
  /** The extractor's own fit, before the evidence is weighed. */
  fit: number;
  /** Retrieval's score of the evidence, the best sentence's being 1. */
  retrieval: number;
  /** How far the best score stands above the best candidate with another text. */
  margin: number;
  /** Share of the candidates' score that goes to the best candidate's text. */
  agreement: number;
  /** 1 when the generic span extractor, not the kind's own, found it. */
  generic: number;
  /** Weighed words of the question (after the way it is asked is taken out). */
  terms: number;
  /** Characters of the answer. */
  length: number;
  /** Share of the answer's characters the question itself holds (a fragment of the question is no answer). */
  echo: number;
  /** Share of the question's names, places and numbers the evidence sentence itself holds. */
  anchored: number;
}

/** The kinds the confidence model was fitted on: those answered from retrieved sentences. */
const KINDS = ['person', 'role', 'number', 'date', 'place', 'phrase'] as const;

/** The feature vector of a candidate: its signals, then one indicator per kind. */
export function featuresOf(signals: Signals, kind: AnswerKind): Record<string, number> {
  const features: Record<string, number> = {
    score: signals.score,
    covered: signals.covered,
    own: signals.own,
    fit: signals.fit,
    retrieval: signals.retrieval,
    margin: signals.margin,
    agreement: signals.agreement,
    generic: signals.generic,
    terms: Math.log1p(signals.terms),
    length: Math.log1p(signals.length),
    echo: signals.echo,
    anchored: signals.anchored,
  };
  for (const k of KINDS) features[`kind_${k}`] = kind === k ? 1 : 0;
  return features;
}

/** A logistic model over the features: P(right) = σ(bias + Σ weight·feature). */
export interface ConfidenceModel {
  bias: number;
  weights: Record<string, number>;
}

let model: ConfidenceModel | null = null;

/** The model of data/confidence.yaml, read once. */
export function loadConfidenceModel(): ConfidenceModel {
  if (model) return model;
  const raw = readData('confidence.yaml') as Partial<ConfidenceModel> | null;
  if (typeof raw?.bias !== 'number' || typeof raw.weights !== 'object' || raw.weights === null) {
    throw new Error('data/confidence.yaml: expected bias (a number) and weights (feature: number)');
  }
  model = { bias: raw.bias, weights: raw.weights };
  return model;
}

/**
 * How likely the candidate is right, in [0, 1], for the kinds the model was
 * fitted on; null for the others (a yes/no verdict, a fact of the report),
 * whose extractors decide themselves.
 *
 * @example
 * confidence(signals, 'number'); // 0.83
 */
export function confidence(signals: Signals, kind: AnswerKind, m: ConfidenceModel = loadConfidenceModel()): number | null {
  // A list of items is a phrase to the model; an organisation, like a post, a name from the article's nouns.
  const as = kind === 'items' ? 'phrase' : kind === 'organization' ? 'role' : kind;
  if (!(KINDS as readonly string[]).includes(as)) return null;
  const features = featuresOf(signals, as);
  let z = m.bias;
  for (const [name, value] of Object.entries(features)) z += (m.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}
