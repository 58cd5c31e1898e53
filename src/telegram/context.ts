import type { Context } from 'grammy';
import type { Engine } from '../answer/engine.js';
import type { Logger } from '../log.js';
import type { Lang } from './messages.js';

/** What every handler gets besides grammY's context: the engine of the moment and the person's language. */
export interface BotFlavor {
  engine: Engine;
  /** Example questions the current engine answers. */
  examples: readonly string[];
  /** The person's language, from their Telegram settings. */
  lang: Lang;
  log: Logger;
}

export type BotContext = Context & BotFlavor;
