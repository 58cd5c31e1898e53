import { loadArticles } from './article/load.js';
import type { Config } from './config.js';
import { createEngine, type Engine } from './answer/engine.js';
import type { IntentFileError } from './errors.js';
import { loadIntents } from './intents/load.js';
import { loadSegmenter } from './text/segment.js';

/** The engine with what went into it, and the intent files that were refused. */
export interface App {
  engine: Engine;
  intentErrors: IntentFileError[];
}

/**
 * Loads everything from disk and builds the engine: the one place where
 * the console, the bot and the tools do I/O before answering. An invalid
 * intents file is reported and left out; a bad seeds folder throws.
 */
export function loadApp(config: Pick<Config, 'seedsDir' | 'intentsDir'>): App {
  loadSegmenter();
  const articles = loadArticles(config.seedsDir);
  const { intents, errors } = loadIntentsOrThrow(config.intentsDir);
  return { engine: createEngine(articles, intents), intentErrors: errors };
}

/** Reloads the intents into an existing engine; keeps the old engine's intents when none is valid. */
export function reloadIntents(app: App, intentsDir: string): App {
  const { intents, errors } = loadIntentsOrThrow(intentsDir);
  if (intents.length === 0 && errors.length > 0) return { engine: app.engine, intentErrors: errors };
  return { engine: app.engine.withIntents(intents), intentErrors: errors };
}

function loadIntentsOrThrow(dir: string): ReturnType<typeof loadIntents> {
  try {
    return loadIntents(dir);
  } catch (err) {
    throw new Error(`${dir}: cannot read the intents folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}
