import type { Intent } from '../intents/schema.js';
import { toSimplified } from '../text/script.js';
import { segment } from '../text/segment.js';
import { isStopWord, QUESTION_WORD_PATTERN } from '../text/stopwords.js';
import type { Asked } from './store.js';

/** Questions asked in similar words, and what to do about them. */
export interface MissGroup {
  /** How many times questions of the group were asked (and missed). */
  count: number;
  /** How many different people (salted hashes) asked them. */
  askers: number;
  /** The questions as asked, most frequent first. */
  questions: { question: string; count: number }[];
  /** The words the group shares (jieba words, question and function words left out). */
  words: string[];
  /** The intent they matched most often, or null when none matched. */
  intent: string | null;
  /** How many got no answer, and how many a 👎. */
  noAnswer: number;
  thumbsDown: number;
  /** The intent file to extend (relative to the project), or null when no intent fits: a new one is needed. */
  suggest: string | null;
  /** Why that file. */
  why: string;
}

/** Two questions belong together when they share at least this share of their words (Jaccard). */
const SIMILAR = 0.5;

/** What a question asks for, by its question words, and the intent that asks it in the shipped set. */
const ASKS_FOR: readonly { pattern: RegExp; intent: string }[] = [
  { pattern: /为什么|为何|原因/u, intent: 'why' },
  { pattern: /什么时候|何时|哪[一]?[年天月日]|几[月号日]/u, intent: 'when' },
  { pattern: /哪里|哪儿|在哪|何地|何处|什么地方/u, intent: 'where' },
  { pattern: /多少|几[个位家项条名种次]|多大|多长|多久/u, intent: 'how-much' },
  { pattern: /谁|哪位|何人/u, intent: 'who' },
  { pattern: /吗$|是否|是不是|有没有|对不对/u, intent: 'yesno' },
  { pattern: /什么|啥/u, intent: 'what' },
];

/** A question's words that carry its meaning. */
export function wordsOf(question: string): string[] {
  const words = segment(toSimplified(question)).map((t) => t.word.trim());
  // jieba keeps some question words whole with a neighbour (是谁, 有多少): they say what is asked, not about what.
  return [...new Set(words.filter((w) => w && /[\p{L}\p{N}]/u.test(w) && !isStopWord(w) && !QUESTION_WORD_PATTERN.test(w)))];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * The questions that got no answer or a 👎, grouped by similar wording (each
 * joins the first group whose first question shares half its words), most
 * frequent first; each with the intent it matched and the intent file to
 * extend: the matched intent's (its patterns read the question, its answers
 * missed), else the intent its question word asks for, else none (a new file).
 */
export function groupMisses(rows: readonly Asked[], intents: readonly Intent[]): MissGroup[] {
  const fileOf = new Map(intents.map((i) => [i.name, i.file]));
  const groups: { words: Set<string>; rows: Asked[] }[] = [];
  for (const row of rows) {
    if (row.answered && row.feedback !== -1) continue;
    if (row.status === 'empty') continue;
    const words = new Set(wordsOf(row.question));
    const home = groups.find((g) => jaccard(g.words, words) >= SIMILAR);
    if (home) home.rows.push(row);
    else groups.push({ words, rows: [row] });
  }
  return groups
    .map(({ words, rows: members }): MissGroup => {
      const counts = tally(members.map((r) => r.question));
      const intent = tally(members.map((r) => r.intent).filter((i): i is string => i !== null))[0]?.value ?? null;
      const top = counts[0]?.value ?? '';
      const asked = ASKS_FOR.find((a) => a.pattern.test(toSimplified(top).replace(/[\s？?！!。]+$/u, '')) && fileOf.has(a.intent));
      const suggested = intent ?? asked?.intent ?? null;
      const file = suggested === null ? undefined : fileOf.get(suggested);
      return {
        count: members.length,
        askers: new Set(members.map((r) => r.asker)).size,
        questions: counts.map((c) => ({ question: c.value, count: c.count })),
        words: [...words],
        intent,
        noAnswer: members.filter((r) => !r.answered).length,
        thumbsDown: members.filter((r) => r.feedback === -1).length,
        suggest: file ?? null,
        why:
          intent !== null
            ? `matched ${intent} but got no answer or a 👎: add answer patterns (extract) or sharper patterns`
            : file
              ? `matched no intent; it asks what ${suggested} answers: add a pattern`
              : 'matched no intent and asks what no intent answers: write a new intent file',
      };
    })
    .sort((a, b) => b.count - a.count || b.askers - a.askers);
}

/** Values with their counts, most frequent first (ties in order of first appearance). */
function tally<T>(values: readonly T[]): { value: T; count: number }[] {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

/** `7d`, `12h`, `30m`, `2w` as milliseconds; null when it is none of these. */
export function parseSince(text: string): number | null {
  const m = /^(\d+)\s*([mhdw])$/u.exec(text.trim());
  if (!m) return null;
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as 'm' | 'h' | 'd' | 'w'];
  return Number(m[1]) * unit;
}

/** The groups as text for a terminal. */
export function formatMisses(groups: readonly MissGroup[], total: number): string {
  if (groups.length === 0) return `No missed questions among ${total} recorded.`;
  const lines = [`${groups.reduce((n, g) => n + g.count, 0)} missed of ${total} recorded, in ${groups.length} groups:`, ''];
  for (const [i, g] of groups.entries()) {
    lines.push(`${i + 1}. ×${g.count} (${g.askers} ${g.askers === 1 ? 'person' : 'people'}; no answer ${g.noAnswer}, 👎 ${g.thumbsDown}) · intent: ${g.intent ?? '—'}`);
    for (const q of g.questions.slice(0, 5)) lines.push(`     ${q.count > 1 ? `×${q.count} ` : ''}${q.question}`);
    if (g.questions.length > 5) lines.push(`     … and ${g.questions.length - 5} more wordings`);
    lines.push(`   → ${g.suggest ?? 'a new file in intents/'}: ${g.why}`);
  }
  return lines.join('\n');
}
