import type { Context } from 'grammy';
import type { Engine } from '../answer/engine.js';
import type { Logger } from '../log.js';
import type { SmalltalkIntent } from '../smalltalk/load.js';
import type { Memory } from './memory.js';
import type { Lang } from './messages.js';

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
  log: Logger;
}

export type BotContext = Context & BotFlavor;
