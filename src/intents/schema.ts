/**
 * The kinds of answer an intent can ask for; each has its extractor.
 * `items`: every item of the enumeration that answers (拱墅要打造哪些东西 → 时尚之都、数字新城、运河明珠);
 * `people`: everyone who did something (做主题演讲的都有谁); `organization`: where a named person works; `statement`: what a named person
 * said or did; `yesno`: whether a claim holds; `choice`: which of two answers the question offers holds (处长还是副处长); `title`, `source`, `published`,
 * `filed`, `reporter`, `editor`: the report's own headline, outlet, date, dateline place, author and editor; `gist`:
 * what the report is about (its lead).
 */
export const ANSWER_KINDS = [
  'person',
  'people',
  'role',
  'number',
  'date',
  'place',
  'phrase',
  'items',
  'organization',
  'statement',
  'yesno',
  'choice',
  'title',
  'source',
  'published',
  'filed',
  'reporter',
  'editor',
  'gist',
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** One pattern of an intent, compiled. */
export interface IntentPattern {
  /** The pattern as written in the file. */
  source: string;
  regex: RegExp;
  /** The kind of answer this pattern asks for; defaults to the intent's. */
  answer: AnswerKind;
  /** Line of the file where the pattern stands. */
  line: number;
}

/**
 * A pattern run over the evidence sentences to pull out the answer: its
 * group `answer` is the answer (`因为(?<answer>[^，。]+)` for a why intent).
 */
export interface AnswerPattern {
  source: string;
  regex: RegExp;
  line: number;
}

/** An example question with its expected answer on the seed article (`null`: the article does not say). */
export interface IntentExample {
  question: string;
  answer: string | null;
  line: number;
}

/** An intent loaded from a file of `intents/`, validated and compiled. */
export interface Intent {
  name: string;
  file: string;
  description: string;
  answer: AnswerKind;
  /** Higher wins when patterns of several intents match. Default 0. */
  priority: number;
  patterns: IntentPattern[];
  /** Patterns that find the answer in a sentence, tried before the answer kind's own extractor. */
  extract: AnswerPattern[];
  /**
   * Only `extract` finds answers: no span the kind's extractor or the generic one would guess.
   * For a kind whose answer only some words introduce (旨在…, 为了…): any other span is a fragment.
   */
  extractOnly: boolean;
  examples: IntentExample[];
}

/** Patterns are matched against questions cut to this length, so no pattern can run long. */
export const MAX_QUESTION_LENGTH = 200;

/**
 * Finds the constructs that make a backtracking engine take exponential
 * time: a quantified group whose body is itself quantified (`(a+)+`, `(\w*)*`,
 * `(.+)+`), or a quantified alternation whose branches overlap (`(a|a)*`).
 * Returns the offending fragment, or null.
 */
export function catastrophicFragment(source: string): string | null {
  const nested = /\((?:\?[:<][^)]*?)?[^()]*[+*][^()]*\)[+*{]/u.exec(source);
  if (nested) return nested[0];
  const alternation = /\(([^()|]+)\|\1\)[+*{]/u.exec(source);
  if (alternation) return alternation[0];
  return null;
}
