import type { Context, SessionFlavor } from 'grammy';
import type { Engine } from '../answer/engine.js';
import type { Logger } from '../log.js';
import type { MissesStore } from '../misses/store.js';
import type { SmalltalkIntent } from '../smalltalk/load.js';
import type { Memory } from './memory.js';
import type { Lang } from './messages.js';
import type { SessionData } from './session.js';

/** What every handler gets besides grammY's context: the engine of the moment and the person's language. */
export interface BotFlavor {
  engine: Engine;
  /** Example questions the current engine answers. */
  examples: readonly string[];
  /** Small talk, answered before the engine is asked. */
  smalltalk: readonly SmalltalkIntent[];
  /** The person's language, from their Telegram settings. */
  lang: Lang;
  /** What the bot remembers between updates (scripts, its replies, groups introduced to). */
  memory: Memory;
  /** Where questions and feedback are recorded; null when recording is off. */
  misses: MissesStore | null;
  /** How long a follow-up may lean on the last question, in ms; 0: never. */
  followUpMs: number;
  /** The clock, in ms (injectable for tests of follow-ups that expire). */
  now: () => number;
  log: Logger;
}

export type BotContext = Context & BotFlavor & SessionFlavor<SessionData>;
