import type { SmalltalkIntent } from '../smalltalk/load.js';
import { matchSmalltalk, type SmalltalkMatch } from '../smalltalk/match.js';
import { toSimplified } from '../text/script.js';

/** At most this many questions of one message are answered (a numbered reply stays readable). */
export const MAX_QUESTIONS = 5;
/** A message longer than this is read for its last question only. */
export const LONG_MESSAGE = 300;

/** What a message is, as a person reading it would take it. */
export type Reading =
  /** Questions about the article; `asks` is false when none reads as a question (a bare 「张驰挺」). */
  | { kind: 'questions'; questions: string[]; asks: boolean; dropped: number; long: boolean }
  | { kind: 'smalltalk'; match: SmalltalkMatch }
  /** Written in a language other than Chinese. */
  | { kind: 'foreign' }
  /** Long, and no question in it. */
  | { kind: 'send-alone' };

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /\p{Script=Latin}{2,}/gu;
/** Words that make a Chinese sentence a question even without a question mark (checked in Simplified). */
const ASKS = /谁|什么|啥|多少|几[个位家年月日天次种名人岁项条句]|哪|何时|何地|何人|为何|如何|怎|吗|呢|是否|有没有|是不是|能不能|会不会|多大|多长|多久|多高|多远|多重/u;

/** True when a sentence asks something: a question mark, or a question word. */
export function asks(sentence: string): boolean {
  return /[?？]\s*$/u.test(sentence) || ASKS.test(toSimplified(sentence));
}

/**
 * True for a message in another language: no Chinese at all but words, or
 * mostly Latin words around a Chinese name (「How many clients has 运河网谷 signed?」).
 * A Chinese question with a Latin word (「杭州GDP多少？」) is Chinese.
 */
export function isForeign(text: string): boolean {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD) ?? [];
  if (han === 0) return /\p{L}{2,}/u.test(text);
  const latin = words.join('').length;
  return words.length >= 3 && latin > 2 * han;
}

/** The sentences of a message, each with its end mark. */
export function sentences(text: string): string[] {
  return (text.match(/[^？?！!。；;\n]+[？?！!。；;\n]*/gu) ?? []).map((s) => s.trim()).filter(Boolean);
}

/**
 * Reads a message: small talk, a foreign language, one question, several,
 * or a long text to find the question in. Small talk around questions
 * (「谢谢！那拱墅区副区长是谁？」) is left out; a message that is only small talk is small talk.
 */
export function readMessage(text: string, smalltalk: readonly SmalltalkIntent[], lang: Parameters<typeof matchSmalltalk>[2]): Reading {
  const whole = text.trim();
  const talk = matchSmalltalk(whole, smalltalk, lang);
  if (talk) return { kind: 'smalltalk', match: talk };
  if (isForeign(whole)) return { kind: 'foreign' };
  const parts = sentences(whole);
  const rest = parts.filter((s) => !matchSmalltalk(s, smalltalk, lang));
  const first = parts.length > 0 && rest.length === 0 ? matchSmalltalk(parts[0] ?? '', smalltalk, lang) : null;
  if (first) return { kind: 'smalltalk', match: first }; // 「你好！谢谢！」
  const asking = rest.filter(asks);
  if (whole.length > LONG_MESSAGE) {
    const last = asking.at(-1);
    return last ? { kind: 'questions', questions: [last], asks: true, dropped: 0, long: true } : { kind: 'send-alone' };
  }
  if (asking.length >= 2) {
    return { kind: 'questions', questions: asking.slice(0, MAX_QUESTIONS), asks: true, dropped: Math.max(0, asking.length - MAX_QUESTIONS), long: false };
  }
  // One question (or none): the question alone, without the statements around it (「我想问一下。」).
  const question = asking[0] ?? rest.join('');
  return { kind: 'questions', questions: [question || whole], asks: asking.length > 0, dropped: 0, long: false };
}
