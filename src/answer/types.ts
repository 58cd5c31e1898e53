import type { Article, Sentence } from '../article/types.js';
import type { IntentMatch } from '../intents/match.js';
import type { AnswerKind } from '../intents/schema.js';
import type { Hit } from '../search/index.js';
import type { Script } from '../text/script.js';
import type { Weights } from './weights.js';

/** Why an answer is what it is. */
export type AnswerStatus =
  /** The article says it: `answer` and `evidence` are set. */
  | 'answered'
  /** The question was empty. */
  | 'empty'
  /** The question names something the article never mentions. */
  | 'not-in-article'
  /** The article mentions the subject but gives no answer of the kind asked. */
  | 'no-answer';

/** What the engine says to one question. */
export interface Answer {
  question: string;
  /** The intent matched, or null when none did. */
  intent: string | null;
  kind: AnswerKind;
  /** The short answer, in the asker's script; null when the article does not say. */
  answer: string | null;
  /** The sentence that supports it, in the asker's script; null when there is none. */
  evidence: string | null;
  /** The article the evidence comes from. */
  article: string | null;
  /**
   * The title of the article the answer comes from, in the asker's script, when several articles are
   * loaded (a reply says which report it is from); null with one article, or no answer.
   */
  source: string | null;
  /** Body paragraph of the evidence (from 0), or null (the dateline, or no answer). */
  paragraph: number | null;
  /** Confidence in [0, 1]. */
  score: number;
  /**
   * When the article does not say but comes close, what it does say, in the
   * asker's script (「文章只提到招商蛇口产业园区杭州公司副总经理姜秀超」); else null.
   */
  note: string | null;
  /**
   * When the article does not say and no near miss is noted: the sentence that holds most of the
   * question, in the asker's script, shown as what the article comes closest to saying (never as
   * an answer); else null.
   */
  related: string | null;
  /**
   * Names of the question read as the article's (张弛挺 as 张驰挺): a reply
   * should say so, or ask. Empty when the question was read as written.
   */
  corrected: { from: string; to: string; short?: true }[];
  /** The script of `answer` and `evidence`. */
  script: Exclude<Script, 'unknown'>;
  status: AnswerStatus;
}

/**
 * Where an answer comes from: a sentence (or a run of sentences, from
 * `sentence` through `until`, when the answer needs both), or the article's
 * dateline, title or a line of its notices (for questions about the report itself).
 */
export type Source =
  | { article: Article; sentence: Sentence; until?: Sentence }
  | { article: Article; dateline: true }
  | { article: Article; title: true }
  /** A line of the notices after the report (编辑：金苗, 来源：新华网), as published. */
  | { article: Article; notice: string };

/** A possible answer an extractor found. */
export interface Candidate {
  /** Normalised (Simplified) answer text. */
  text: string;
  source: Source;
  /** Offset of the answer in the source's normalised text, when it is a span of it. */
  start?: number;
  /** How well it fits the question, in [0, 1], before the evidence is weighed. */
  score: number;
  /**
   * The factor its extractor weighed it by for what it is rather than how it fits (a figure that counts
   * only part of the total asked about): the same span found by the generic extractor is weighed by it too.
   */
  discount?: number;
  /**
   * Set when the candidate only comes close to what was asked (日前 for 哪一天):
   * it is never given as the answer, and this note says what the article does say.
   */
  vague?: string;
  /** Set for when something began (自2022年6月开园以来), given for a duration asked up to now (开园多久了), which it dates. */
  since?: true;
  /**
   * Set when the candidate's clause gives it the very deed the question asks about (李继东主持活动 for
   * 谁主持的): it is no guess, even where a reading of another kind weighed more.
   */
  doer?: boolean;
  /**
   * Set when the candidate is an item of a list whose other items the question names (「A、B以及哪个」): it is of
   * the kind they are, and a list read wrongly says nothing of how sure any other reading is.
   */
  sibling?: boolean;
}

/** A weighed question term: a word of the question that should appear in the evidence. */
export interface Term {
  word: string;
  weight: number;
  /** For names, places, posts, numbers, Latin words: what the article must contain to answer (else null). */
  hard: string | null;
  /**
   * Where an answer's evidence must hold `hard`: a person's name or a number
   * (a year) may stand anywhere in the evidence's paragraph (a biography names
   * its subject once, a paragraph its year once); a place there too, unless
   * the evidence speaks of a place within it (运河网谷 of 杭州市拱墅区招商蛇口运河网谷:
   * its figures are not 杭州's); a post or a Latin word in the evidence itself.
   * The article's title counts for all.
   */
  scope: 'sentence' | 'paragraph' | 'place';
  /** A name, place, post or word no dictionary knows: what says which article a question is about. */
  named: boolean;
}

/** What an extractor is given. */
export interface ExtractContext {
  /** The question, normalised, trailing punctuation removed. */
  question: string;
  match: IntentMatch | null;
  kind: AnswerKind;
  terms: Term[];
  hits: Hit[];
  articles: readonly Article[];
  /** Asks the engine another question of the same articles (a yes/no claim turned into the question it checks). */
  ask: (question: string) => Answer;
  /** Whether a claim holds: the engine's yes/no answer to it (对, 不对 with what the article says, or none). */
  judge: (claim: string) => Answer;
  /** The engine's weights (src/answer/weights.ts). */
  weights: Weights;
}

/** Finds answers of one kind. */
export type Extractor = (ctx: ExtractContext) => Candidate[];
