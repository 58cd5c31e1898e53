import type { AskOptions, Engine } from '../answer/engine.js';
import type { Answer } from '../answer/types.js';
import { resolveFollowUp, turnOf, type Resolution, type Turn } from './followup.js';
import { answerMore } from './more.js';

/** A message asked in a conversation: how it was read, the answer, and the turn to remember next. */
export interface Asked {
  /** The question given to the engine (the message, or what a follow-up was read as). */
  asked: string;
  answer: Answer;
  resolution: Resolution | null;
  turn: Turn;
}

/**
 * Asks a message against the conversation's last turn (null: none, or too
 * old): a follow-up is read against it, 「还有呢？」 gets an answer not given
 * yet. The one place the bot and the console answer in context.
 */
export function askInContext(engine: Engine, message: string, last: Turn | null, now: number, options: AskOptions = {}): Asked {
  const names = engine.articles.flatMap((a) => a.people.map((p) => p.name));
  const resolution = resolveFollowUp(message, last, names);
  const asked = resolution?.question ?? message;
  const answer = resolution?.more && last ? answerMore(engine, asked, last.given, options) : engine.answer(asked, options);
  return { asked, answer, resolution, turn: turnOf(asked, answer, names, now, last) };
}
