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

/**
 * Reloads the intents into an existing engine, without re-reading the
 * articles. A file that now fails validation keeps its last good version, so
 * a half-finished edit never takes an intent away; its error is reported.
 */
export function reloadIntents(app: App, intentsDir: string): App {
  const { intents, errors } = loadIntentsOrThrow(intentsDir);
  const broken = new Set(errors.map((e) => e.file));
  const kept = app.engine.intents.filter((old) => broken.has(old.file) && !intents.some((i) => i.name === old.name));
  return { engine: app.engine.withIntents([...intents, ...kept]), intentErrors: errors };
}

function loadIntentsOrThrow(dir: string): ReturnType<typeof loadIntents> {
  try {
    return loadIntents(dir);
  } catch (err) {
    throw new Error(`${dir}: cannot read the intents folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
}
