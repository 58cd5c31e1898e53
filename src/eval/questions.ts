import { readFileSync } from 'node:fs';
import type { Engine } from '../answer/engine.js';
import { normalizeAnswer } from './score.js';

/**
 * One question of a reader-question file (`tests/fixtures/heldout/*.json`):
 * questions written the way readers type them, each with what a right answer
 * must hold, or marked as one the articles cannot answer.
 */
export interface ReaderQuestion {
  id: string;
  question: string;
  answerable: boolean;
  /** The kind of question, for the per-kind figures (who, count, yesno…). */
  kind: string;
  /** A right answer holds one of these (for `list` questions: all of them), after normalisation. */
  accept: string[];
  /** An answer holding one of these is wrong even when it holds an accepted one (不对 for an expected 对). */
  reject: string[];
  /** For several articles: the file the answer comes from. */
  article: string | null;
}

/** How the engine did on one reader question. */
export interface ReaderResult {
  id: string;
  question: string;
  kind: string;
  answerable: boolean;
  answer: string | null;
  article: string | null;
  right: boolean;
  /** Why a wrong one is wrong: abstained, answered, wrong, too-long, wrong-article. */
  why: string;
}

/** Figures for a group of reader questions: answerable ones right, unanswerable ones abstained. */
export interface ReaderSummary {
  kind: string;
  answerable: number;
  right: number;
  unanswerable: number;
  abstained: number;
}

/**
 * Kinds whose right answer is short: for them an answer that is its evidence
 * (or nine tenths of it) is a sentence passed off as an answer, and counts as
 * wrong. Phrases, lists, gists and what someone said may be a sentence, and
 * the report's own facts (its title) are their own evidence.
 */
const LONG_KINDS = new Set(['what', 'list', 'gist', 'said', 'other', 'meta', 'title']);
const SENTENCE_SHARE = 0.9;

/** True for a JSON file of reader questions (an array of objects with `accept`), rather than a SQuAD set. */
export function isReaderQuestionFile(parsed: unknown): parsed is unknown[] {
  return Array.isArray(parsed) && parsed.length > 0 && typeof parsed[0] === 'object' && parsed[0] !== null && 'accept' in parsed[0];
}

/** Reads a reader-question file; throws naming the file and the entry when one is malformed. */
export function loadReaderQuestions(path: string, parsed: unknown[]): ReaderQuestion[] {
  return parsed.map((raw, i) => {
    const q = raw as Partial<Record<keyof ReaderQuestion, unknown>>;
    const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
    if (typeof q.question !== 'string' || typeof q.answerable !== 'boolean') {
      throw new Error(`${path}: entry ${i + 1} needs "question" (text) and "answerable" (true or false)`);
    }
    return {
      id: typeof q.id === 'string' ? q.id : String(i + 1),
      question: q.question,
      answerable: q.answerable,
      kind: typeof q.kind === 'string' ? q.kind : 'other',
      accept: strings(q.accept),
      reject: strings(q.reject),
      article: typeof q.article === 'string' ? q.article.replace(/\.(?:txt|md)$/u, '') : null,
    };
  });
}

/**
 * Whether an answer is right for a question, and if not, why. A yes/no
 * answer is judged by its verdict, the words before its first comma (不对，文章说是147家), which must be
 * an accepted verdict whole (不对 is no 对, whether or not the set rejects 不对); a rejected verdict must be the whole verdict (a reject of 对 does not refuse 不对), and a rejected form
 * inside an accepted one (区长 of an accepted 副区长) is no rejected form.
 */
export function judge(
  q: ReaderQuestion,
  answer: string | null,
  article: string | null,
  evidence: string | null = null,
): { right: boolean; why: string } {
  if (!q.answerable) return answer === null ? { right: true, why: '' } : { right: false, why: 'answered' };
  if (answer === null) return { right: false, why: 'abstained' };
  const yesno = q.kind === 'yesno';
  const got = normalizeAnswer(yesno ? (answer.split(/[，,]/u)[0] ?? '') : answer);
  const accepted = q.accept.map(normalizeAnswer).filter(Boolean);
  // A verdict is whole on the accepted side too: 「不对」 holds no accepted 对.
  const holds = q.kind === 'list' ? accepted.every((a) => got.includes(a)) : accepted.some((a) => (yesno ? got === a : got.includes(a)));
  // A rejected verdict is a whole verdict: the 对 of 「不对」 is no 对. A rejected form that is part of an
  // accepted one (区长 of 副区长) counts only outside it: 「拱墅区副区长」 holds no 区长 of its own.
  const outside = (r: string): string => accepted.filter((a) => a.includes(r)).reduce((rest, a) => rest.split(a).join('|'), got);
  const rejected = q.reject.map(normalizeAnswer).some((r) => r && (yesno ? got === r : outside(r).includes(r)));
  if (!holds || rejected) return { right: false, why: 'wrong' };
  const whole = normalizeAnswer(evidence ?? '');
  if (!LONG_KINDS.has(q.kind) && whole.length > 0 && got.length >= SENTENCE_SHARE * whole.length) return { right: false, why: 'too-long' };
  if (q.article && article && q.article !== article) return { right: false, why: 'wrong-article' };
  return { right: true, why: '' };
}

/** Asks every question of the file and judges each answer. */
export function evaluateReaderQuestions(engine: Engine, questions: readonly ReaderQuestion[]): ReaderResult[] {
  return questions.map((q) => {
    const got = engine.answer(q.question);
    const { right, why } = judge(q, got.answer, got.article, got.evidence);
    return { id: q.id, question: q.question, kind: q.kind, answerable: q.answerable, answer: got.answer, article: got.article, right, why };
  });
}

/** Figures per kind of question, and for all (`kind: 'all'`, last). */
export function summarizeReaderResults(results: readonly ReaderResult[]): ReaderSummary[] {
  const group = (kind: string, rows: readonly ReaderResult[]): ReaderSummary => ({
    kind,
    answerable: rows.filter((r) => r.answerable).length,
    right: rows.filter((r) => r.answerable && r.right).length,
    unanswerable: rows.filter((r) => !r.answerable).length,
    abstained: rows.filter((r) => !r.answerable && r.right).length,
  });
  const kinds = [...new Set(results.map((r) => r.kind))].sort();
  return [...kinds.map((k) => group(k, results.filter((r) => r.kind === k))), group('all', results)];
}

/** Reads a JSON file, naming it when it cannot. */
export function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(err)})`, { cause: err });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`${path}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
}
