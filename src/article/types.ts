import type { Script } from '../text/script.js';

/** One sentence of an article: `text` as published (repaired), `norm` normalised to Simplified. */
export interface Sentence {
  /** Position among all sentences of the article, from 0. */
  index: number;
  /** Paragraph it belongs to, from 0 (the body's first paragraph is 0). */
  paragraph: number;
  text: string;
  norm: string;
}

/** A body paragraph. */
export interface Paragraph {
  index: number;
  text: string;
  norm: string;
  sentences: Sentence[];
}

/** The opening line of a wire report: `人民网杭州10月18日电（记者郭扬）`, normalised. */
export interface Dateline {
  /** As published. */
  text: string;
  source: string;
  place: string;
  date: string;
  /** Empty when the dateline names no reporter. */
  reporter: string;
}

/** A person the article names, with what it says they are. */
export interface Person {
  name: string;
  /** Roles as the article gives them, in order of appearance, normalised. */
  roles: string[];
  /** Index of the sentence (or -1 for the dateline) that gives each role. */
  roleSentences: number[];
}

/** An article repaired and structured; only `paragraphs` are the article proper. */
export interface Article {
  /** Stable id: the seed file's name, or the data set's title. */
  id: string;
  title: string;
  titleNorm: string;
  dateline: Dateline | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Copyright notices, lists of other headlines: kept apart, never answered from. */
  boilerplate: string[];
  /** The script the article is published in. */
  script: Script;
  people: Person[];
}
