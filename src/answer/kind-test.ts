import type { AnswerKind } from '../intents/schema.js';
import { findNumbers } from '../text/numbers.js';
import { nameTag, segment } from '../text/segment.js';
import { asksYear, DATE } from './extractors/date.js';
import { endsLikeHead, headNoun } from './extractors/head.js';

/**
 * For a question, whether a sentence holds something of the kind asked that
 * the question does not already say: a number, a date, a name, a place, or a
 * noun ending like the one 哪一X asks about (哪所大学 → 暨南大学).
 */
export const KIND_TEST: Partial<Record<AnswerKind, (question: string) => ((text: string) => boolean) | null>> = {
  number: (question) => (text) => findNumbers(text).some((n) => !question.includes(n.text)),
  date: (question) => {
    const year = asksYear(question);
    return (text) => [...text.matchAll(DATE)].some((m) => !question.includes(m[0]) && (!year || m[0].includes('年')));
  },
  person: (question) => (text) =>
    segment(text).some((t) => nameTag(t.word, t.tag).startsWith('nr') && t.word.length >= 2 && !question.includes(t.word)),
  place: (question) => (text) => segment(text).some((t) => t.tag === 'ns' && !question.includes(t.word)),
  role: () => null,
  phrase: (question) => {
    const head = headNoun(question);
    if (!head) return null;
    return (text) => segment(text).some((t) => t.word !== head && (t.word.endsWith(head) || endsLikeHead(t.word, head)) && !question.includes(t.word));
  },
};
