import { MAX_QUESTION_LENGTH, type AnswerKind, type Intent, type IntentPattern } from './schema.js';

/** The intent a question matched, and what its pattern captured. */
export interface IntentMatch {
  intent: Intent;
  pattern: IntentPattern;
  answer: AnswerKind;
  /** Named groups of the pattern (`subject`, `role`…), trimmed. */
  groups: Record<string, string>;
  /**
   * The parts of the question that the pattern's own words matched (outside
   * its named groups): 「担任什么职务」 in 「鞠振宇担任什么职务」. They say how the
   * question is asked, not what it is about, so they are no evidence to look for.
   */
  form: string[];
}

/**
 * Matches a normalised question against the intents: the highest priority
 * wins, then the longest match, then the intent loaded first. Null when no
 * pattern matches.
 */
export function matchIntent(question: string, intents: readonly Intent[]): IntentMatch | null {
  const q = question.slice(0, MAX_QUESTION_LENGTH);
  let best: (IntentMatch & { length: number }) | null = null;
  for (const intent of intents) {
    for (const pattern of intent.patterns) {
      const m = pattern.regex.exec(q);
      if (!m) continue;
      const better =
        !best ||
        intent.priority > best.intent.priority ||
        (intent.priority === best.intent.priority && m[0].length > best.length);
      if (!better) continue;
      const groups: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) if (v) groups[k] = v.trim();
      best = { intent, pattern, answer: pattern.answer, groups, form: formParts(m), length: m[0].length };
    }
  }
  if (!best) return null;
  const { length: _length, ...match } = best;
  return match;
}

/** The matched text less the spans of its named groups. */
function formParts(m: RegExpExecArray): string[] {
  const start = m.index;
  const spans = Object.values(m.indices?.groups ?? {})
    .filter((g): g is [number, number] => g !== undefined)
    .sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = start;
  for (const [from, to] of spans) {
    if (from > at) parts.push(m.input.slice(at, from));
    at = Math.max(at, to);
  }
  if (start + m[0].length > at) parts.push(m.input.slice(at, start + m[0].length));
  return parts.filter((p) => p.length > 0);
}
