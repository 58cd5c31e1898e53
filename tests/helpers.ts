import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { createEngine, type Engine } from '../src/answer/engine.js';
import { loadApp, type App } from '../src/app.js';
import { buildArticle } from '../src/article/structure.js';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

let app: App | null = null;

/** The app on the real seeds and intents, built once per test file. */
export function seedApp(): App {
  app ??= loadApp({ seedsDir: `${ROOT}seeds`, intentsDir: `${ROOT}intents` });
  return app;
}

/** The app on one of the real articles in tests/fixtures/articles (as if it alone were in seeds/). */
export function fixtureApp(file: string): App {
  const dir = mkdtempSync(join(tmpdir(), 'article-'));
  cpSync(`${ROOT}tests/fixtures/articles/${file}`, join(dir, file));
  return loadApp({ seedsDir: dir, intentsDir: `${ROOT}intents` });
}

/** The app on the seed article and every article in tests/fixtures/articles at once, as a bot loaded with several. */
export function everyArticleApp(): App {
  const dir = mkdtempSync(join(tmpdir(), 'articles-'));
  for (const folder of [`${ROOT}seeds`, `${ROOT}tests/fixtures/articles`]) {
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt'))) cpSync(join(folder, file), join(dir, file));
  }
  return loadApp({ seedsDir: dir, intentsDir: `${ROOT}intents` });
}

/** An engine with the shipped intents over one data-set-like article: a title and its paragraphs. */
export function engineOn(title: string, paragraphs: string[]): Engine {
  return createEngine([buildArticle({ id: 'd', title, paragraphs })], seedApp().engine.intents);
}

/** A question about the seed article with its expected answer(s); null: the article does not say. */
export interface SeedQuestion {
  q: string;
  a: string | string[] | null;
}

/** The seed article's test questions. */
export function seedQuestions(): SeedQuestion[] {
  return parse(readFileSync(`${ROOT}tests/fixtures/seed-questions.yaml`, 'utf8')) as SeedQuestion[];
}
