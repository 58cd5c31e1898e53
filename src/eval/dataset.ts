import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { buildArticle } from '../article/structure.js';
import type { Article } from '../article/types.js';

/** The set eval and bench use by default: one of the two shipped in datasets/ (see datasets/README.md). */
export const DEFAULT_DATASET = 'datasets/drcd-dev.json';

/** One question of a SQuAD-format set. */
export interface DatasetQuestion {
  id: string;
  question: string;
  answers: string[];
  /** Index of the article (data[i]) it is asked about. */
  article: number;
  /** Index of its paragraph within that article. */
  paragraph: number;
}

/** A SQuAD-format set: its articles, structured, and its questions. */
export interface Dataset {
  articles: Article[];
  questions: DatasetQuestion[];
}

interface SquadFile {
  data: {
    title?: string;
    paragraphs: { context: string; qas: { id: string; question: string; answers: { text: string }[] }[] }[];
  }[];
}

/** Reads a SQuAD-format file (`data[i].paragraphs[j].qas[k]`); throws naming the file when it is not one. */
export function loadDataset(path: string): Dataset {
  let parsed: SquadFile;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as SquadFile;
  } catch (err) {
    throw new Error(`${path}: cannot read a SQuAD-format JSON file (${(err as Error).message})`, { cause: err });
  }
  if (!Array.isArray(parsed?.data)) throw new Error(`${path}: not SQuAD format: no "data" list`);
  const articles: Article[] = [];
  const questions: DatasetQuestion[] = [];
  parsed.data.forEach((entry, a) => {
    // One context is one body paragraph: its sentences keep their paragraph number.
    articles.push(buildArticle({ id: `${a}:${entry.title ?? ''}`, title: entry.title ?? '', paragraphs: entry.paragraphs.map((p) => p.context) }));
    entry.paragraphs.forEach((p, j) => {
      for (const qa of p.qas) {
        questions.push({ id: qa.id, question: qa.question, answers: qa.answers.map((x) => x.text), article: a, paragraph: j });
      }
    });
  });
  return { articles, questions };
}

/**
 * The path, when a file is there; else a one-line {@link UsageError} that
 * says where the shipped sets are, instead of a stack of ENOENT.
 */
export function requireFile(path: string): string {
  if (existsSync(path)) return path;
  throw new UsageError(
    `${path}: no such file. The two dev sets ship in datasets/ (drcd-dev.json, cmrc2018-trial.json; see datasets/README.md); run from the project's folder or give the path of a SQuAD-format JSON file.`,
  );
}
