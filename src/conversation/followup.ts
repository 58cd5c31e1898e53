import type { Answer } from '../answer/types.js';
import { segment, type Token } from '../text/segment.js';
import { toSimplified } from '../text/script.js';

/**
 * What a conversation remembers of its last question, so that the next
 * message may lean on it (「他在会上说了什么？」, 「那上市企业呢？」). Plain data:
 * it is kept in grammY's session (in memory, in files, in any store) and by the console.
 */
export interface Turn {
  /** The question as it was answered (a follow-up already resolved), in Simplified script. */
  question: string;
  /** The person the turn is about: the answer when it names one, else a person the question names. */
  person: string | null;
  /** True when `person` was written in the question (so that 他 is obvious), false when it came from the answer. */
  personAsked: boolean;
  /** What else the question is about: its topic (运河网谷 of 「运河网谷签约了多少客户」), or null. */
  thing: string | null;
  /** The short answer given, or null when the article did not say. */
  answer: string | null;
  /** The answers already given to this question (for 「还有呢？」). */
  given: string[];
  /** When the turn was answered, in ms since the epoch. */
  at: number;
}

/** A message read against the last turn. */
export interface Resolution {
  /** The question to ask the engine. */
  question: string;
  /**
   * What to tell the reader, when the reading is not obvious: the word
   * resolved and what it was taken as (「他」→「包晓东」), or the whole question
   * an ellipsis was read as.
   */
  took: { word: string; as: string } | { question: string } | null;
  /** 「还有呢？」: the same question again, for an answer not yet given. */
  more: boolean;
}

/** How long a turn may be leaned on by default: people come back to a chat after a while and start afresh. */
export const DEFAULT_FOLLOW_UP_MS = 10 * 60_000;

/** True when a turn is recent enough to lean on at `now`. */
export function isFresh(turn: Turn | null | undefined, now: number, ttlMs: number): turn is Turn {
  return turn !== null && turn !== undefined && now - turn.at >= 0 && now - turn.at <= ttlMs;
}

const PERSON_PRONOUNS = new Set(['他', '她']);
/** Demonstratives that point at a thing; a noun right after them (该园区, 这家公司) goes with them. */
const THING_POINTERS = new Set(['它', '该', '这家', '这个', '此', '这', '那家', '那个']);
const MORE = /^(?:那|那么)?(?:还有|还有别的|还有其他|其他|其它|别的|另外)(?:的)?(?:呢|吗|么|没有)?$/u;
/** 「那X呢」: X short and not itself a question. */
const ELLIPSIS = /^(?:那么?|还有)?(.{1,16}?)呢$/u;
const QUESTION_WORD = /谁|什么|啥|多少|几|哪|何|怎|吗|是否/u;
/** Where a question asks for a thing it names after the question word: 多少客户, 哪些企业, 什么项目. */
const ASKED_THING = /(?:多少|几[个位家项条名种次]?|哪些|哪个|哪家|哪几[个家项]?|什么)([^，,。？?！!\s]+)$/u;
const TRAILING = /[\s?？!！。.,，;；~～…]+$/u;

/** The question's text with its punctuation and surrounding space off, in Simplified. */
function bare(text: string): string {
  return toSimplified(text).trim().replace(TRAILING, '').replace(/^[\s，,]+/u, '');
}

/** The article's names the text holds, longest first (张驰挺 before 张驰). */
function namesIn(text: string, names: readonly string[]): string[] {
  return [...names].sort((a, b) => b.length - a.length).filter((n) => n.length >= 2 && text.includes(n));
}

/** A short answer that reads as a person's name: one of the article's, or 2–4 Han characters for a person-kind answer. */
function personAnswer(answer: Answer, names: readonly string[]): string | null {
  const text = answer.answer === null ? null : toSimplified(answer.answer);
  if (text === null) return null;
  if (names.includes(text)) return text;
  return answer.kind === 'person' && /^\p{Script=Han}{2,4}$/u.test(text) ? text : null;
}

/**
 * The topic of a question: the words before its first verb, preposition or
 * question word (运河网谷 of 运河网谷签约了多少客户); for 「谁是X」, X.
 */
export function topicOf(question: string): string | null {
  const q = bare(question);
  const who = /^谁是(.+)$/u.exec(q);
  if (who?.[1]) return who[1];
  const tokens = segment(q);
  let topic = '';
  for (const t of tokens) {
    if (/^[vpdcur]/u.test(t.tag) || QUESTION_WORD.test(t.word)) break;
    topic += t.word;
  }
  return topic.length >= 2 && !QUESTION_WORD.test(topic) ? topic : null;
}

/** The turn to remember after answering `question` (already resolved) with `answer`. */
export function turnOf(question: string, answer: Answer, names: readonly string[], now: number, earlier?: Turn | null): Turn {
  const q = bare(question);
  const fromAnswer = personAnswer(answer, names);
  const corrected = answer.corrected.map((c) => toSimplified(c.to));
  const asked = [...corrected, ...namesIn(q, names)][0] ?? null;
  const given = answer.answer === null ? [] : [toSimplified(answer.answer)];
  // 「还有呢？」 asks the same question again: what was given before is still given.
  const before = earlier && earlier.question === q ? earlier.given : [];
  return {
    question: q,
    person: fromAnswer ?? asked,
    personAsked: fromAnswer === null && asked !== null,
    // A follow-up keeps its topic: 「它落地了…」 resolved to 运河网谷落地了… is still about 运河网谷.
    thing: earlier?.thing && q.startsWith(earlier.thing) ? earlier.thing : topicOf(q),
    answer: given[0] ?? null,
    given: [...new Set([...before, ...given])],
    at: now,
  };
}

/**
 * Reads a message against the last turn: 「还有呢？」 asks the last question
 * again for another answer; 「那X呢？」 asks the last question with X in place
 * of the word of its kind (a person for a person, else the thing it asked
 * about, else its topic); 他/她 stand for the last person, 它, 该…, 这家…, 这个…
 * for the last topic, 其 for either. Returns null when the message does not
 * lean on the last turn (or cannot be read against it): it is a question of its own.
 */
export function resolveFollowUp(message: string, turn: Turn | null, names: readonly string[]): Resolution | null {
  if (turn === null) return null;
  const text = bare(message);
  if (!text) return null;
  if (MORE.test(text)) return { question: turn.question, took: null, more: true };
  const ellipsis = ELLIPSIS.exec(text);
  if (ellipsis?.[1] && !QUESTION_WORD.test(ellipsis[1])) return elide(ellipsis[1], turn, names);
  return substitute(text, turn, names);
}

/** 「那X呢」 against the last question. */
function elide(x: string, turn: Turn, names: readonly string[]): Resolution | null {
  const frame = turn.question;
  let subject = x;
  if (PERSON_PRONOUNS.has(x)) {
    if (!turn.person) return null;
    subject = turn.person;
  }
  const framePerson = namesIn(frame, names)[0];
  const isPerson = names.includes(subject) || subject === turn.person;
  let question: string | null = null;
  if (isPerson) {
    if (framePerson && framePerson !== subject) question = frame.replace(framePerson, subject);
  } else {
    const thing = ASKED_THING.exec(frame);
    const topic = turn.thing;
    if (thing?.[1] && !namesIn(thing[1], names).length) question = frame.slice(0, frame.length - thing[1].length) + subject;
    else if (topic && frame.includes(topic)) question = frame.replace(topic, subject);
  }
  if (question === null || question === frame) return null;
  return { question: `${question}？`, took: { question: `${question}？` }, more: false };
}

/** Pronouns and demonstratives replaced by what they point at. */
function substitute(text: string, turn: Turn, names: readonly string[]): Resolution | null {
  const tokens: readonly Token[] = segment(text);
  let out = '';
  let took: Resolution['took'] = null;
  let obvious = true;
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    let as: string | null = null;
    let word = t.word;
    if (PERSON_PRONOUNS.has(t.word) && turn.person) {
      as = turn.person;
      obvious &&= turn.personAsked;
    } else if (t.word === '其' && (turn.person ?? turn.thing)) {
      as = turn.person ?? turn.thing;
      obvious &&= turn.person ? turn.personAsked : true;
      // 其职务 → 包晓东的职务; 其在会上… → 包晓东在会上…
      if (next && /^n/u.test(next.tag)) as = `${as}的`;
    } else if (THING_POINTERS.has(t.word) && turn.thing) {
      // 这/那 alone are too common to lean on unless a noun follows (这家公司, 这个论坛); after 的 a
      // demonstrative belongs to what the question describes itself (落地运河网谷的那家…公司).
      if (((t.word === '这' || t.word === '此') && !(next && /^n/u.test(next.tag))) || tokens[i - 1]?.word === '的') {
        out += t.word;
        continue;
      }
      as = turn.thing;
      if (t.word !== '它' && next && /^n/u.test(next.tag) && !names.includes(next.word)) {
        word += next.word;
        i++; // the noun goes with its demonstrative: 该园区 → 运河网谷
      }
      obvious = false;
    }
    if (as === null) {
      out += t.word;
      continue;
    }
    if (took === null) took = { word, as: as.replace(/的$/u, '') };
    out += as;
    changed = true;
  }
  if (!changed) return null;
  return { question: `${out}？`, took: obvious ? null : took, more: false };
}
