import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleError } from '../errors.js';
import { parseArticle } from './structure.js';
import type { Article } from './types.js';

/** True for a file of `seeds/` that holds an article; a README or SOURCES file there documents the articles. */
export function isArticleFile(name: string): boolean {
  return /\.(?:txt|md)$/u.test(name) && !name.startsWith('.') && !/^(?:readme|sources)\./iu.test(name);
}

/**
 * Loads every article of a seeds folder (`*.txt`), in name order. Throws
 * {@link ArticleError} naming the folder or file when there is none, or one is
 * empty or unreadable.
 */
export function loadArticles(dir: string): Article[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new ArticleError(dir, 'is not a folder; set SEEDS_DIR to the folder of articles');
    names = readdirSync(dir).filter(isArticleFile).sort();
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError(dir, `cannot read the seeds folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (names.length === 0) throw new ArticleError(dir, 'holds no article (*.txt); copy one into it');
  return names.map((name) => {
    const path = join(dir, name);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new ArticleError(path, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    const article = parseArticle(name.replace(/\.(?:txt|md)$/u, ''), text);
    if (article.sentences.length === 0) throw new ArticleError(path, 'has no article text');
    return article;
  });
}
