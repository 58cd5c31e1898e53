import { toSimplified } from '../text/script.js';
import type { ReplyLang, SmalltalkIntent } from './load.js';

/** A message read as small talk. */
export interface SmalltalkMatch {
  intent: SmalltalkIntent;
  /** The reply in the language asked for. */
  reply: string;
}

/** Punctuation and spaces around a message say nothing of what kind of message it is (谢谢！ is 谢谢). */
const AROUND = /^[\s\p{P}~～]+|[\s\p{P}~～]+$/gu;

/** A message as small-talk patterns see it: Simplified, without surrounding punctuation, spaces collapsed. */
export function smalltalkKey(message: string): string {
  return toSimplified(message).replace(AROUND, '').replace(/\s+/gu, ' ');
}

/**
 * The small talk a whole message is, with its reply in `lang`; null for
 * anything else (a question about the article, or a greeting with a question
 * after it, which the caller splits first). Patterns are tried in file order.
 */
export function matchSmalltalk(message: string, intents: readonly SmalltalkIntent[], lang: ReplyLang): SmalltalkMatch | null {
  const key = smalltalkKey(message);
  if (!key || key.length > 40) return null; // small talk is short; a long message is never one
  for (const intent of intents) {
    if (intent.patterns.some((p) => p.test(key))) return { intent, reply: intent.replies[lang] };
  }
  return null;
}
