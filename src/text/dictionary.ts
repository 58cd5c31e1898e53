import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { DEFAULT_CACHE_DIR } from '../config.js';

/** The path of jieba's full dictionary (nodejieba exports it; its typings omit it). */
export function jiebaDictionary(): string {
  return (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
}

let cacheDir = DEFAULT_CACHE_DIR;

/**
 * Sets the folder of the derived files (the program's entry points pass
 * `Config.cacheDir`; tests and tools that never read a config keep the
 * project's `.cache/`). Call before the segmenter loads: files already
 * read are not read again.
 */
export function useCacheDir(dir: string): void {
  cacheDir = dir;
}

/**
 * The path of a file derived from a slow source (jieba's dictionary,
 * CC-CEDICT), made once in the cache folder and reused by later starts.
 * `name` must change when the source does (callers put the source's size in it).
 */
export function cachedFile(name: string, build: () => string): string {
  const target = join(cacheDir, name);
  if (existsSync(target)) return target;
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${target}.${process.pid}`;
  writeFileSync(partial, build());
  renameSync(partial, target); // atomic: a concurrent start never reads half a file
  return target;
}
